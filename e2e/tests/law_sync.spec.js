// The law sync's admin page in a real browser: the secretariat reaches it from the admin
// navigation, sees the catalogue's version and the runs, and "Sync now" in the demo (which
// has no sources configured) says so instead of failing silently. axe-core checks each state.
const { test, expect } = require('@playwright/test');
const { expectAccessible, login, useEnglish } = require('./helpers');

test('the secretariat sees the law sync and is told the demo has no sources', async ({ page }) => {
  await login(page, 'sekretariat@frirum.example');
  await useEnglish(page);
  // The main menu names the administration's first page; its own links lead on.
  await page.getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Law sync' }).click();
  await expect(page).toHaveURL(/\/admin\/law-sync$/);
  await expect(page.locator('#catalogue-version')).toBeVisible();
  await expect(page.locator('#law-sync-none')).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel(/I want to sync the catalogue now/).check();
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page).toHaveURL(/refused=law_sync_not_configured/);
  await expect(page.locator('#law-sync-error')).toContainText('not configured');
  await expectAccessible(page);
});

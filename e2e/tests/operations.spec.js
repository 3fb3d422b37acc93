// The operations page in a real browser: the secretariat reaches it from the
// administration's own links and sees the outbox, the law catalogue and the scheduled jobs by name (the
// demo's server has run the upkeep and built the open-data files at its start); an
// applicant has no way there. axe-core checks the page, also at phone width.
const { test, expect } = require('@playwright/test');
const { expectAccessible, login, useEnglish } = require('./helpers');

test('the secretariat sees the jobs, the outbox and the catalogue on the operations page', async ({ page }) => {
  await login(page, 'sekretariat@frirum.example');
  await useEnglish(page);
  await page.getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Operations' }).click();
  await expect(page).toHaveURL(/\/admin\/operations$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Operations' })).toBeVisible();
  await expect(page.locator('#outbox-waiting')).toHaveText(/^\d+$/);
  await expect(page.locator('#operations-catalogue-version')).toHaveText(/^\d+$/);
  // Jobs are named in words, never by their lease's code.
  const runs = page.locator('#operations-runs');
  await expect(runs).toContainText('The open-data files');
  await expect(runs).not.toContainText('open_data');
  await expectAccessible(page);

  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
  const sideways = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
  expect(sideways).toBe(false);
});

test('an applicant has no link to the operations page and is refused there', async ({ page }) => {
  await login(page, 'soker.tromso@frirum.example');
  await useEnglish(page);
  await expect(page.getByRole('link', { name: 'Operations' })).toHaveCount(0);
  const response = await page.goto('/admin/operations');
  expect(response.status()).toBe(403);
  await expectAccessible(page);
});

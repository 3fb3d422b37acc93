// The public register in a real browser, as an anonymous visitor: from the start page to
// the trials list, filtered by words of the title and by a provision exempted (found in the
// law catalogue), a trial's public page, and the statistics page with its charts, tables
// and feeds. axe-core checks each page, in English and at a phone's width in Danish.
const { test, expect } = require('@playwright/test');
const { expectAccessible, useEnglish } = require('./helpers');

test('a visitor filters the register, opens a trial and reads the statistics', async ({ page }) => {
  await page.goto('/');
  await useEnglish(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Trials', exact: true }).click();
  await expect(page).toHaveURL(/\/trials$/);
  await expect(page.locator('#trial-list th', { hasText: 'Last verified' })).toBeVisible();
  await expect(page.locator('#register-last-verified-note')).toContainText('accepted status report');
  await expectAccessible(page);

  // Words of the title.
  await page.getByLabel('Words in the title').fill('ældreplejen');
  await page.locator('#trial-filters button[type=submit]').click();
  await expect(page).toHaveURL(/q=%C3%A6ldreplejen/);
  await expect(page.locator('#trial-list tbody tr')).toHaveCount(1);
  await expect(page.locator('#trial-list')).toContainText('Tillid frem for dokumentation');

  // A provision exempted: searched in the catalogue, chosen among the hits.
  await page.getByLabel('Words in the title').fill('');
  await page.getByLabel('Provision exempted').fill('personlig og praktisk hjælp');
  await page.locator('#trial-filters button[type=submit]').click();
  await expect(page.locator('#provision-hits')).toBeVisible();
  await expectAccessible(page);
  await page.locator('#provision-hits a', { hasText: '§ 83' }).first().click();
  await expect(page).toHaveURL(/provision=\d+/);
  await expect(page.locator('#trials-provision')).toContainText('§ 83');
  await expect(page.locator('#trial-list')).toContainText('Tillid frem for dokumentation');
  await expectAccessible(page);

  // The trial's public page.
  await page.locator('#trial-list a', { hasText: 'Tillid frem for dokumentation' }).click();
  await expect(page).toHaveURL(/\/trials\/\d+$/);
  await expect(page.locator('#trial-verified')).toBeVisible();
  await expectAccessible(page);

  // The statistics page from the navigation, then one scheme with its feeds.
  await page.getByRole('navigation').getByRole('link', { name: 'Statistics', exact: true }).click();
  await expect(page).toHaveURL(/\/statistics$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible();
  await expect(page.locator('#table-trials-by-status')).toBeVisible();
  await expect(page.locator('#chart-trials-by-act')).toBeVisible();
  await expectAccessible(page);
  await page.locator('#statistics-scheme').selectOption({ label: 'Frikommuneforsøg 2019' });
  await page.locator('#statistics-filter button[type=submit]').click();
  await expect(page).toHaveURL(/scheme=\d+/);
  await expect(page.locator('#statistics-feeds a')).toHaveCount(4);
  const feed = await page.request.get(await page.locator('#statistics-feeds a').first().getAttribute('href'));
  expect(feed.ok()).toBeTruthy();
  expect(feed.headers()['content-type']).toContain('application/atom+xml');
  expect(await feed.text()).toContain('<author>');
  await expectAccessible(page);
});

test('the register and the statistics read at a phone width', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/trials');
  await expect(page.locator('html')).toHaveAttribute('lang', /da|nb|nn|sv|en/);
  await expect(page.locator('#trial-list')).toBeVisible();
  await expectAccessible(page);
  await page.goto('/statistics');
  await expect(page.locator('#table-trials-by-country')).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, 'the statistics page does not widen a phone screen').toBeLessThanOrEqual(390);
  await expectAccessible(page);
});

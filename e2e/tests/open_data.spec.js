// Open data in a real browser: from the start page a visitor finds the open-data page by
// the footer's link, reads when the files were generated and the data dictionary, and
// downloads the zip of CSV tables with its data package. axe-core checks the page, in
// English and at a phone's width in Norwegian.
const { test, expect } = require('@playwright/test');
const { expectAccessible, useEnglish } = require('./helpers');

// The demo builds the files within its first moments; until then the page says so.
async function openDataPage(page) {
  await page.goto('/');
  await page.locator('#footer-open-data').click();
  await expect(page).toHaveURL(/\/open-data$/);
  await expect.poll(async () => {
    if (await page.locator('#open-data-generated').count() > 0) return true;
    await page.reload();
    return false;
  }, { timeout: 30_000, message: 'the open data is generated' }).toBe(true);
}

test('a visitor finds the open data from the start page and downloads the zip', async ({ page }) => {
  await page.goto('/');
  await useEnglish(page);
  await openDataPage(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Open data' })).toBeVisible();
  await expect(page.locator('#open-data-generated')).toContainText('generated');
  await expect(page.getByRole('heading', { name: 'Data dictionary' })).toBeVisible();
  await expect(page.locator('#table-trials')).toContainText('Trials');
  await expectAccessible(page);

  const link = page.locator('#download-all-zip');
  await expect(link).toContainText('CSV tables with data package');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    link.click(),
  ]);
  expect(download.suggestedFilename()).toBe('frirum.zip');
  const path = await download.path();
  const bytes = require('node:fs').readFileSync(path);
  // A zip begins with its local file header's signature, and names the data package.
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(bytes.includes(Buffer.from('datapackage.json'))).toBeTruthy();
  expect(bytes.includes(Buffer.from('trials.csv'))).toBeTruthy();

  // A scheme's own files are offered too, and a second request for the same file with
  // its tag is answered 304.
  const schemeLink = page.locator('a[id^="download-scheme-"][id$="-json"]').first();
  const href = await schemeLink.getAttribute('href');
  const first = await page.request.get(href);
  expect(first.status()).toBe(200);
  const again = await page.request.get(href, { headers: { 'If-None-Match': first.headers().etag } });
  expect(again.status()).toBe(304);
});

test('the open-data page works at a phone width in Norwegian', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Norsk bokmål', exact: true }).click();
  await openDataPage(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Åpne data' })).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await expectAccessible(page);
});

// No dead ends for applicants and plain language (issue 12, part F) in a real browser: a
// Danish applicant is not offered to start on a Norwegian round and is told why; a
// Norwegian applicant adds network members by name, a bad field keeps the rest of the form
// with the error beside the field and names suggested, and a draft is deleted after a
// confirmation; the secretariat reads the journal as sentences with names. axe-core checks
// every page; screenshots in two languages and at phone width go to the test's output.
const { test, expect } = require('@playwright/test');
const { expectAccessible, login, useEnglish } = require('./helpers');

async function shot(page, testInfo, name, fullPage = true) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage });
}

test('no dead ends for applicants, and the journal in plain words', async ({ page }, testInfo) => {
  test.setTimeout(120_000);

  // A Danish applicant on the Norwegian round: no "start", and why.
  await login(page, 'ansoger.aarhus@frirum.example');
  await page.goto('/rounds/3');
  await expect(page.locator('#not-open')).toBeVisible();
  await expect(page.locator('form[action="/rounds/3/apply"]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Dansk', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.locator('#not-open')).toContainText('Norge');
  await expectAccessible(page);
  await shot(page, testInfo, 'round-not-open-da');
  await useEnglish(page);
  await expect(page.locator('#not-open')).toContainText('Norway');
  await shot(page, testInfo, 'round-not-open-en');

  // A Norwegian applicant starts, adds members by name (one misspelt) and a bad number.
  await login(page, 'soker.tromso@frirum.example');
  await page.goto('/rounds/3');
  await page.locator('form[action="/rounds/3/apply"] button[type=submit]').click();
  await expect(page).toHaveURL(/\/applications\/\d+\/edit/);
  const editPath = new URL(page.url()).pathname;
  await page.locator('#member-1').fill('balsfjord kommune');
  await page.locator('#title').fill('Felles legevakt i Nord-Troms');
  await page.locator('#o-ind-1').fill('Ventetid');
  await page.locator('#o-base-1').fill('tolv');
  await page.locator('button[name=save]').click();
  await expect(page.locator('#form-problems')).toBeVisible();
  await expect(page.locator('#title')).toHaveValue('Felles legevakt i Nord-Troms');
  await expect(page.locator('#o-base-1')).toHaveValue('tolv');
  await expect(page.locator('#o-base-1-error')).toBeVisible();
  await expect(page.locator('#form-problems')).not.toContainText('objectives[');
  await expectAccessible(page);
  await shot(page, testInfo, 'form-errors-en');

  // The member was found by name and saved with the rest; it reads as a name.
  await page.goto(editPath);
  await expect(page.locator('#member-1')).toHaveValue(/Balsfjord \(\d+\)/);
  await expect(page.locator('#title')).toHaveValue('Felles legevakt i Nord-Troms');

  // A misspelt member: suggestions beside it, in English, and at phone width.
  await useEnglish(page);
  await page.locator('#member-2').fill('Harstadd');
  await page.locator('button[name=save]').click();
  await expect(page.locator('#member-2-error')).toBeVisible();
  await expect(page.locator('.member-suggestions')).toContainText('Harstad');
  await expectAccessible(page);
  await shot(page, testInfo, 'form-suggestion-en');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator('#member-2').scrollIntoViewIfNeeded();
  await shot(page, testInfo, 'form-suggestion-phone', false);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Deleting the draft: a confirmation first, then back to the round, which says so.
  await page.locator('#delete-draft').click();
  await expect(page).toHaveURL(/\/delete$/);
  await expectAccessible(page);
  await shot(page, testInfo, 'delete-confirm-en');
  await page.locator('#confirm-delete').click();
  await expect(page).toHaveURL(/\/rounds\/3\?deleted=1/);
  await expect(page.locator('main [role=status]')).toContainText('deleted');
  const id = editPath.split('/')[2];

  // The secretariat reads the journal as a case file, in two languages and at phone width.
  await login(page, 'sekretariat@frirum.example');
  await useEnglish(page);
  await page.goto(`/journal/application/${id}`);
  await expect(page.locator('main')).toContainText('deleted the draft');
  await shot(page, testInfo, 'journal-en');
  await page.getByRole('button', { name: /bokmål/i }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page.locator('main')).toContainText('slettet utkastet');
  await expect(page.locator('main')).toContainText('Tromsø');
  await expect(page.locator('main')).not.toContainText('lead_organisation_id');
  await expect(page.locator('main')).not.toContainText('UTC');
  await expectAccessible(page);
  await shot(page, testInfo, 'journal-nb');
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, testInfo, 'journal-phone', false);
});

test('at phone width the header is compact and lists keep status, outcome and date on screen', async ({ page }, testInfo) => {
  const missing = [];
  page.on('response', (r) => { if (r.status() === 404) missing.push(r.url()); });
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, 'sekretariat@frirum.example');
  await useEnglish(page);
  await page.goto('/decisions');
  const header = await page.locator('.site-header').boundingBox();
  const bar = await page.locator('.language-bar').boundingBox();
  // The secretariat's menu wraps onto a second line rather than scroll sideways.
  expect(header.height + bar.height).toBeLessThan(200);
  // Each row's cells stack; the outcome and the date are within the screen's width.
  const row = page.locator('#decision-list tbody tr').first();
  for (const cell of [row.locator('td').nth(3), row.locator('td').nth(4)]) {
    const box = await cell.boundingBox();
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  await expect(row.locator('td').nth(3)).toBeVisible();
  await expectAccessible(page);
  await shot(page, testInfo, 'decisions-phone', false);
  await page.goto('/applications');
  const status = page.locator('.application-table tbody tr').first().locator('td.case-status');
  const box = await status.boundingBox();
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await shot(page, testInfo, 'applications-phone', false);
  // The browser's icon is there: no page asks for one in vain.
  expect(missing.filter((u) => u.includes('favicon'))).toEqual([]);
});

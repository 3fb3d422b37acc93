// Generalisation outcomes and the scheme's results page (issue 14, items 4 and 6): the
// secretariat records that an ended Danish trial's exemption was spread fully, with the
// resulting act cited as it is written and resolved to the law catalogue's provision; a
// form without reasons is refused beside the field; the scheme's results page shows its
// charts with their tables and CSV downloads, and the provisions still pending. Every page
// visited is checked with axe, the results page at phone width too.
const { test, expect } = require('@playwright/test');
const { expectAccessible, login, useEnglish } = require('./helpers');

// The demo leaves the Danish trial on faster building cases without outcomes.
async function endedTrialWithoutOutcomes(page) {
  await page.goto('/trials?status=ended');
  const link = page.locator('a[href^="/trials/"]', { hasText: 'Hurtigere byggesager' }).first();
  const href = await link.getAttribute('href');
  await page.goto(href);
  return href;
}

test('the secretariat records "spread fully" with the resulting act; the results page shows it', async ({ page }) => {
  await login(page, 'sekretariat@frirum.example');
  await useEnglish(page);
  const trial = await endedTrialWithoutOutcomes(page);
  const section = page.locator('#outcomes');
  await expect(section).toBeVisible();
  await expect(section.locator('.outcome-none').first()).toBeVisible();
  await expectAccessible(page);

  const form = section.locator('form[id^="outcome-form-"]').first();
  const formId = await form.getAttribute('id');
  const exemption = formId.replace('outcome-form-', '');
  await form.getByLabel('Spread fully').check();
  await form.locator(`#outcome-${exemption}-citation`).fill('§ 35 i lov om planlægning');
  await form.locator(`#outcome-${exemption}-in-force`).fill('2024-07-01');

  // Without reasons: refused beside the field, what was typed kept.
  await form.locator(`#outcome-${exemption}-reasons`).evaluate((el) => el.removeAttribute('required'));
  await form.locator('button[type=submit]').click();
  await expect(page.locator('#outcome-error-summary')).toBeVisible();
  await expect(page.locator(`#outcome-${exemption}-reasons-error`)).toBeVisible();
  await expect(page.locator(`#outcome-${exemption}-citation`)).toHaveValue('§ 35 i lov om planlægning');
  await expectAccessible(page);

  await page.locator(`#outcome-${exemption}-reasons`).fill(
    'Forsøget viste kortere sagsbehandlingstid uden flere klager; reglen er ændret for alle kommuner.',
  );
  await page.locator(`#outcome-form-${exemption} button[type=submit]`).click();
  await expect(page).toHaveURL(new RegExp(`${trial}#outcomes$`));
  const recorded = page.locator(`#outcome-exemption-${exemption}`);
  await expect(recorded.locator('.outcome-category')).toContainText('Spread fully');
  const act = recorded.locator('.outcome-resulting a');
  await expect(act).toHaveText('§ 35 i lov om planlægning');
  await expect(act).toHaveAttribute('href', /^\/provisions\/\d+$/);
  await expect(recorded.locator('.outcome-in-force')).toContainText('2024');
  await expectAccessible(page);

  // The scheme's results: four charts, each with its table and CSV.
  await page.locator('#outcomes a', { hasText: "See the scheme's results" }).click();
  await expect(page.locator('h1')).toContainText('Results');
  for (const chart of ['trials-by-status', 'outcomes-by-category', 'exemptions-per-act', 'evidence-per-theme']) {
    const part = page.locator(`#${chart}`);
    await expect(part.locator(`#table-${chart}`)).toBeVisible();
    await expect(part.locator('svg[role="img"]').first()).toBeVisible();
    await expect(part.locator(`a[href$="/results/${chart}.csv"]`)).toBeVisible();
  }
  await expect(page.locator('#table-outcomes-by-category')).toContainText('Spread fully');
  await expect(page.locator('#table-latest-outcomes')).toContainText('§ 35 i lov om planlægning');
  // The secretariat's list of acts the parser could not find (the demo's barnets lov).
  await expect(page.locator('#flagged')).toContainText('barnets lov');
  await expect(page.locator('#pending')).toBeVisible();
  const csv = await page.request.get(
    await page.locator('a[href$="/results/trials-by-status.csv"]').getAttribute('href'),
  );
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect(await csv.text()).toContain('Ended');
  await expectAccessible(page);

  // On a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expectAccessible(page);
});

test('the public reads the results page without the secretariat\'s list', async ({ page }) => {
  await page.goto('/schemes');
  await useEnglish(page);
  await page.locator('a', { hasText: 'Frikommuneforsøg 2019' }).first().click();
  await page.locator('#scheme-results-link').click();
  await expect(page.locator('#table-trials-by-status')).toBeVisible();
  await expect(page.locator('#flagged')).toHaveCount(0);
  await expectAccessible(page);
});

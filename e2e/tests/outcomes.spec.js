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
    // The chart reads on its own: an image named by its heading, with each bar's label
    // and value written beside it and an axis of ticks.
    const chartImage = part.locator('.bar-chart[role="img"]');
    await expect(chartImage).toBeVisible();
    await expect(chartImage.locator('.bar-label').first()).toBeVisible();
    await expect(chartImage.locator('.bar-value').first()).toHaveText(/\d/);
    await expect(chartImage.locator('.bar-ticks span').first()).toHaveText('0');
    await expect(part.locator(`a[href$="/results/${chart}.csv"]`)).toBeVisible();
  }
  await expect(page.locator('#table-outcomes-by-category')).toContainText('Spread fully');
  await expect(page.locator('#outcomes-by-category .bar-label', { hasText: 'Spread fully' })).toBeVisible();
  // A category whose shared class has the same name is not named twice.
  await expect(page.locator('#outcomes-by-category')).not.toContainText('Stopped or never started (Stopped or never started)');
  // Evidence per theme: several series, each bar named by its series and a legend of colours.
  await expect(page.locator('#evidence-per-theme .bar-series', { hasText: 'Strong evidence' }).first()).toBeVisible();
  await expect(page.locator('#evidence-per-theme ul.legend')).toBeVisible();
  await expect(page.locator('h2', { hasText: 'Outcomes to check' })).toHaveCount(1);
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

  // On a phone: the charts' labels stay inside the page.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);

  // The secretariat's dashboard leads to the flagged acts and the pending provisions.
  await page.goto('/');
  const attention = page.locator('#outcomes-attention');
  await expect(attention).toBeVisible();
  await attention.locator('a[href$="/results#flagged"]').first().click();
  await expect(page.locator('#flagged')).toContainText('barnets lov');
  await expectAccessible(page);
});

test('an outcome form sent twice is recorded once', async ({ page }) => {
  await login(page, 'sekretariat@frirum.example');
  await useEnglish(page);
  const trial = await endedTrialWithoutOutcomes(page);
  const outcomesPage = `${trial}/outcomes`;
  await page.goto(outcomesPage);
  const form = page.locator('form[id^="outcome-form-"]').last();
  const exemption = (await form.getAttribute('id')).replace('outcome-form-', '');
  await form.getByLabel('Not spread').check();
  await form.locator(`#outcome-${exemption}-reasons`).fill('Ingen målbar gevinst; reglen videreføres uændret.');
  const history = async () => {
    const answer = await (await page.request.get(`/api/v1${trial}/outcomes`)).json();
    return answer.exemptions.find((e) => String(e.exemption) === exemption).history.length;
  };
  const before = await history();
  // The same form sent twice, as a double click on a slow line does.
  const fields = await form.evaluate((f) => Object.fromEntries(new FormData(f)));
  const send = () => page.request.post(outcomesPage, { form: fields, maxRedirects: 0 });
  const first = await send();
  expect(first.status()).toBe(303);
  const second = await send();
  expect(second.status()).toBe(409);
  expect(await second.text()).toContain('perhaps by sending it twice');
  await page.goto(outcomesPage);
  const recorded = page.locator(`#outcome-exemption-${exemption}`);
  await expect(recorded.locator('.outcome-category')).toContainText('Not spread');
  expect(await history()).toBe(before + 1);
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

// Indicators over time (issue 13, item 2): an applicant reports two periods, one in the
// form and one by importing the CSV file the export gives; the researcher approves one and
// returns the other with a comment; the public trial page shows the chart and the data
// table. Every page visited is checked with axe.
const { test, expect } = require('@playwright/test');
const { expectAccessible, login, useEnglish } = require('./helpers');

// A CSV line split into cells (quotes as the export writes them).
function cells(line) {
  const out = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') { cell += '"'; i += 1; } else if (c === '"') { quoted = !quoted; } else if (c === ',' && !quoted) { out.push(cell); cell = ''; } else { cell += c; }
  }
  out.push(cell);
  return out;
}
const line = (row) => row.map((c) => `"${c.replace(/"/g, '""')}"`).join(',');

// The first trial whose indicators the signed-in applicant may report on.
async function ownTrial(page) {
  await page.goto('/trials');
  const links = await page.locator('a[href^="/trials/"]').evaluateAll(
    (as) => [...new Set(as.map((a) => a.getAttribute('href')).filter((h) => /^\/trials\/\d+$/.test(h)))],
  );
  for (const href of links) {
    await page.goto(`${href}/indicators`);
    if (await page.locator('form[id^="period-"]').count() >= 2) return href;
  }
  throw new Error('the applicant has no trial to report on');
}

test('an applicant reports two periods, the researcher approves one and returns the other, the public sees the chart', async ({ page, browser }) => {
  const stamp = Date.now();
  await login(page, 'ansoger.aarhus@frirum.example');
  await useEnglish(page);
  const trial = await ownTrial(page);
  await expectAccessible(page);

  // A value of the wrong kind is refused beside its field, keeping what was typed.
  const form = page.locator('form[id^="period-"]').first();
  const formId = await form.getAttribute('id');
  const periodId = formId.replace('period-', '');
  await form.locator(`#value-${periodId}`).fill('N/A');
  await form.getByRole('button', { name: 'Send for review' }).click();
  await expect(page.locator(`#value-${periodId}-error`)).toBeVisible();
  await expect(page.locator(`#value-${periodId}`)).toHaveValue('N/A');
  await expect(page.locator(`#value-${periodId}`)).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  // The first period in the form.
  await page.locator(`#value-${periodId}`).fill('42.5');
  await page.locator(`#comment-${periodId}`).fill(`E2E form ${stamp}`);
  await page.locator(`#period-${periodId}`).getByRole('button', { name: 'Send for review' }).click();
  await expect(page.locator('#indicator-notice')).toContainText('sent for review');
  await expect(page.locator(`p#period-${periodId}`)).toContainText('waiting for review');

  // The second by importing the exported file with a value filled in.
  const csv = await (await page.request.get(`${trial}/indicators.csv`)).text();
  const lines = csv.trim().split(/\r?\n/);
  const header = cells(lines[0]);
  const value = header.indexOf('value');
  const status = header.indexOf('status');
  const category = header.indexOf('category');
  const comment = header.indexOf('comment');
  const open = lines.slice(1).map(cells).find((r) => r[status] === '' && r[category] === '');
  expect(open, 'a period without a value in the export').toBeTruthy();
  open[value] = '41';
  open[comment] = `E2E import ${stamp}`;
  await page.locator('#import-file').setInputFiles({
    name: 'indicators.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${lines[0]}\n${line(open)}\n`),
  });
  await page.locator('#import-form button[type=submit]').click();
  await expect(page.locator('#indicator-notice')).toContainText('imported');
  await expectAccessible(page);

  // The researcher following the trial approves the form's value and returns the import's.
  await login(page, 'forsker@frirum.example');
  await useEnglish(page);
  await page.goto(`${trial}/indicators`);
  await expectAccessible(page);
  const approve = page.locator('#review-queue article', { hasText: `E2E form ${stamp}` });
  await approve.getByRole('button', { name: 'Approve' }).click();
  await expect(page.locator('#indicator-notice')).toContainText('approved');
  const giveBack = page.locator('#review-queue article', { hasText: `E2E import ${stamp}` });
  await giveBack.getByLabel('Comment to the municipality').fill('Please count the target group only.');
  await giveBack.getByRole('button', { name: 'Return for revision' }).click();
  await expect(page.locator('#indicator-notice')).toContainText('returned');
  await expect(page.locator('#review-queue article', { hasText: `E2E import ${stamp}` })).toHaveCount(0);
  await expectAccessible(page);

  // The applicant sees why it came back, beside the period's form.
  await login(page, 'ansoger.aarhus@frirum.example');
  await useEnglish(page);
  await page.goto(`${trial}/indicators`);
  await expect(page.locator('[id$="-returned"]', { hasText: 'Please count the target group only.' })).toBeVisible();

  // The public trial page shows each indicator's chart, described, beside its data table,
  // with the approved value and without what waits or was returned.
  const context = await browser.newContext({ baseURL: page.url().replace(/\/trials.*$/, '') });
  const visitor = await context.newPage();
  await visitor.goto(trial);
  await useEnglish(visitor);
  const section = visitor.locator('#indicators');
  await expect(section.locator('svg[role="img"]').first()).toBeVisible();
  await expect(section.locator('svg[role="img"] title').first()).not.toBeEmpty();
  await expect(section.locator('table').first()).toBeVisible();
  await expect(section).toContainText('42.5');
  await expect(section).not.toContainText(`E2E import ${stamp}`);
  await expectAccessible(visitor);
  await context.close();
});

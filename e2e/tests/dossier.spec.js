// The provision dossier and adopting a trial (issue 14, items 5 and 7): the public finds a
// provision whose trials have ended and reads its dossier on the provision page; the
// rule-change proposal opens as a page (in the trials' scheme language) and as a PDF; an
// applicant of another municipality (Umeå) starts a draft from a running trial, and the
// draft names the trial it came from. Every page visited is checked with axe.
const { test, expect } = require('@playwright/test');
const { expectAccessible, login, useEnglish } = require('./helpers');

// The first provision in the catalogue whose dossier lists trials, through the API.
async function provisionWithTrials(request) {
  for (let id = 1; id <= 400; id += 1) {
    const reply = await request.get(`/api/v1/provisions/${id}/dossier`);
    if (reply.status() !== 200) continue;
    const dossier = await reply.json();
    if (dossier.trials.length > 0) return id;
  }
  throw new Error('no provision with trials in the demo');
}

test('the provision page shows the dossier and the proposal opens as a page and a PDF', async ({ page }) => {
  const id = await provisionWithTrials(page.request);
  await page.goto(`/provisions/${id}`);
  await useEnglish(page);
  const dossier = page.locator('#dossier');
  await expect(dossier.getByRole('heading', { name: 'Evidence from trials' })).toBeVisible();
  await expect(page.locator('#dossier-trials tbody tr').first()).toBeVisible();
  await expect(page.locator('#dossier-timeline li').first()).toBeVisible();
  await expectAccessible(page);

  await page.locator('#dossier-proposal').click();
  await expect(page).toHaveURL(new RegExp(`/provisions/${id}/proposal`));
  const proposal = page.locator('#proposal');
  await expect(proposal).toBeVisible();
  // The proposal is written in the trials' scheme's language.
  await expect(proposal).toHaveAttribute('lang', /^(da|nb|nn|sv)$/);
  // Cited as a lawyer cites it, under the proposal's own headings (a summary first).
  await expect(proposal.locator('h1')).not.toContainText('Bekendtgørelse af');
  expect(await proposal.locator('h2').count()).toBeGreaterThanOrEqual(7);
  // The interface stays in English; only the proposal's text is in the scheme's language.
  await expect(page.locator('#proposal-pdf')).toHaveText('Download as PDF');
  await expect(page.locator('#proposal-back')).toHaveText('Back to the provision');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(`/provisions/${id}`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.goto(`/provisions/${id}/proposal`);

  const pdfHref = await page.locator('#proposal-pdf').getAttribute('href');
  const pdf = await page.request.get(pdfHref);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 4).toString()).toBe('%PDF');
});

test('an applicant of another municipality adopts a running trial into a draft', async ({ page }) => {
  await login(page, 'sokande.umea@frirum.example');
  await useEnglish(page);
  await page.goto('/trials?status=running');
  const links = await page.locator('a[href^="/trials/"]').evaluateAll(
    (as) => [...new Set(as.map((a) => a.getAttribute('href')).filter((h) => /^\/trials\/\d+$/.test(h)))],
  );
  let found = null;
  for (const href of links) {
    await page.goto(href);
    if (await page.locator('#adopt-trial').count()) {
      found = href;
      break;
    }
  }
  expect(found, 'a running trial Umeå may adopt').not.toBeNull();
  await expectAccessible(page);
  await page.locator('#adopt-trial').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Start an application from a trial' })).toBeVisible();
  await expectAccessible(page);
  await page.locator('#adopt-form button[type=submit]').click();
  await expect(page).toHaveURL(/\/applications\/\d+\/edit$/);
  const from = page.locator('#adopted-from');
  await expect(from).toBeVisible();
  await expect(from.locator(`a[href="${found}"]`)).toBeVisible();
  await expectAccessible(page);
});

// Testbeds (issue 15, item 5): the Umeå applicant opens the Swedish testbed trial from the
// start page, sees its partners with their demands and public values (the exit demand at
// risk), writes the open status report whose review marks the supplier's transparency
// breached — refused first without a note, then submitted with one —, and the secretariat
// finds the breach on the dashboard, opens it and acknowledges it. Every page is checked
// with axe; the report form is also seen at phone width, and the dashboard in Swedish.
const { test, expect } = require('@playwright/test');
const { expectAccessible, login, useEnglish } = require('./helpers');

const SHOTS = process.env.FRIRUM_E2E_SHOTS;

async function shot(page, name) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

const NOTE = 'The supplier still has not published how the service ranks cases.';

test('a testbed report marks a public value breached and the secretariat acknowledges it', async ({ page }) => {
  await login(page, 'sokande.umea@frirum.example');
  await useEnglish(page);
  await expectAccessible(page);

  // From the start page to the Swedish testbed trial.
  await page.locator('#dashboard-my-trials a').filter({ hasText: 'Tillit i vardagen' }).first().click();
  await expect(page.locator('h1')).toContainText('Tillit i vardagen');
  const partners = page.locator('#partners');
  await expect(partners).toContainText('Umeå universitet');
  await expect(page.locator('#partners-at-risk')).toContainText('Exit and transfer at the end');
  await expectAccessible(page);

  // The partners' section: demands, values and the verdicts of each report period.
  await page.locator('#trial-partners-link').click();
  await expect(page.locator('h1')).toHaveText('Partners, demands and public values');
  await expect(page.locator('main')).toContainText('202100-2874');
  await expect(page.locator('main')).toContainText('991 825 827');
  await expect(page.locator('.verdict-history').first()).toBeVisible();
  await expectAccessible(page);
  await shot(page, 'trial-partners');
  await page.locator('.breadcrumb a').last().click();

  // The open status report: every demand and value needs a verdict.
  await page.locator('#reports-next-link').click();
  await expect(page.locator('#partner-review')).toBeVisible();
  await expectAccessible(page);
  await page.locator('#progress').fill('The teams plan together with the people they help. (Written by the browser test.)');
  for (const radio of await page.locator('#partner-review input[type=radio][value=kept]').all()) {
    await radio.check();
  }
  const transparency = page.locator('#partner-review fieldset.row')
    .filter({ hasText: 'Välfärdsteknik' })
    .filter({ hasText: 'Transparency' });
  await transparency.locator('input[value=breached]').check();
  await page.locator('#report-submit').click();
  // A breach without a note is refused beside it, keeping the verdicts chosen.
  await expect(page.locator('#report-error')).toContainText('needs a note');
  await expect(transparency.locator('input[value=breached]')).toBeChecked();
  await expect(transparency.locator('textarea')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await transparency.locator('textarea').fill(NOTE);
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, 'report-review-phone');
  if (SHOTS) await page.locator('#partner-review').screenshot({ path: `${SHOTS}/review-phone.png` });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.locator('#report-submit').click();
  await expect(page.locator('#report-done')).toBeVisible();
  await expect(page.locator('#partner-review')).toContainText(NOTE);
  await expectAccessible(page);
  await shot(page, 'report-submitted');

  // The secretariat sees the breach on the dashboard, opens it and acknowledges it.
  await login(page, 'sekretariat@frirum.example');
  await useEnglish(page);
  const breaches = page.locator('#partner-breaches');
  await expect(breaches).toContainText('Partner breaches');
  await expect(breaches).toContainText(NOTE);
  await expectAccessible(page);
  await shot(page, 'dashboard-breaches');
  await breaches.locator('li').filter({ hasText: NOTE }).getByRole('link').click();
  await expect(page.locator('h1')).toHaveText('Partner breach');
  await expect(page.locator('#breach-note')).toHaveText(NOTE);
  await expectAccessible(page);
  await page.locator('#breach-acknowledge').click();
  await expect(page.locator('#breach-error')).toBeVisible();
  await expectAccessible(page);
  await page.locator('#ack-note').fill('We have asked the supplier to publish the ranking rules within a month.');
  await page.locator('#breach-acknowledge').click();
  await expect(page.locator('#breach-done')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Back to the dashboard' }).click();
  await expect(page.locator('#partner-breaches')).not.toContainText(NOTE);

  // In Swedish: the demo's own breach still waits.
  await page.getByRole('button', { name: 'Svenska', exact: true }).click();
  await expect(page.locator('#partner-breaches')).toContainText('Överträdelser av partner');
  await expect(page.locator('#partner-breaches')).toContainText('Transparens');
  await expectAccessible(page);
  await shot(page, 'dashboard-sv');
});

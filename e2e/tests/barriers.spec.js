// The barrier register (issue 15, item 1): an applicant of Tromsø reports an obstacle from
// the dashboard, checks for similar barriers (the demo's own about sharing between school and
// NAV is offered to support instead), ticks a provision the rule finder suggests and reports
// it; the lab finds it in its triage queue from the dashboard, marks the root causes,
// confirms the provision and confirms the barrier. Every page is checked with axe; the
// reporter's barrier page is shot at phone width.
const { test, expect } = require('@playwright/test');
const { expectAccessible, login, useEnglish } = require('./helpers');

const SHOTS = process.env.FRIRUM_E2E_SHOTS;

async function shot(page, name) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

const TITLE = 'Skolen kan ikke dele fravær med NAV og oppfølgingstjenesten';

test('an applicant reports a barrier and the lab triages and confirms it', async ({ page }) => {
  await login(page, 'soker.tromso@frirum.example');
  await useEnglish(page);

  // From the dashboard to the report form.
  await page.locator('#dashboard-report-barrier').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Report an obstacle' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('A short title').fill(TITLE);
  await page.getByLabel('What do you want to do?').fill(
    'Vi vil at skolen, NAV og oppfølgingstjenesten skal se fraværet til unge som står i fare for å slutte, og møte dem sammen.');
  await page.getByLabel('What stops you?').fill(
    'Taushetsplikten: skolen mener den ikke kan gi opplysninger om elevene videre til NAV uten samtykke.');
  await page.getByLabel('What does it cost, and for whom?').fill(
    'Unge som slutter blir oppdaget for sent, og veien tilbake til skole og arbeid blir lang.');
  await page.getByLabel('Young people outside work and education').check();
  await expect(page.getByLabel('Whose rules is it about?')).toHaveValue('no');

  // The check: similar barriers already reported, and the rule finder's suggestions.
  await page.getByRole('button', { name: 'Check for similar barriers' }).click();
  const similar = page.locator('#barrier-similar');
  await expect(similar).toContainText('Skolen og NAV kan ikke dele opplysninger');
  await expect(similar.getByRole('button', { name: /Support this instead/ }).first()).toBeVisible();
  const suggested = page.locator('#barrier-suggested input[type=checkbox]');
  await expect(suggested.first()).toBeVisible();
  await expect(page.getByLabel('A short title')).toHaveValue(TITLE);
  await expectAccessible(page);
  await shot(page, 'check');
  const provisionLabel = (await page.locator('#barrier-suggested .checkbox label').first().innerText()).trim();
  await suggested.first().check();
  await page.getByRole('button', { name: 'Report the obstacle' }).click();

  // The barrier's page: reported, the provision suggested.
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.locator('[role=status]').first()).toContainText('the barrier is reported');
  await expect(page.locator('#barrier-status')).toHaveText('Reported');
  await expect(page.locator('#barrier-provisions')).toContainText(provisionLabel.split(' – ')[0]);
  await expect(page.locator('#barrier-provisions')).toContainText('suggested');
  await expectAccessible(page);
  // The provision's link leads to its dossier (not a 404), and back.
  await page.locator('#barrier-provisions li a').first().click();
  await expect(page).toHaveURL(/\/provisions\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).not.toContainText('not found');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await shot(page, 'reported-phone');
  await page.setViewportSize({ width: 1280, height: 900 });

  // The lab: from the dashboard's count to the triage queue.
  await login(page, 'sekretariat@frirum.example');
  await useEnglish(page);
  await page.locator('#queue-barriers').click();
  const queue = page.locator('#barrier-queue');
  await expect(queue).toBeVisible();
  await expectAccessible(page);
  await queue.getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expectAccessible(page);

  // Root causes and the provision confirmed, then the barrier confirmed.
  const triage = page.locator('#barrier-triage');
  await triage.getByLabel('An act').check();
  await triage.getByLabel('Practice and culture').check();
  await triage.locator('input[name=confirmed]').first().check();
  await triage.getByRole('button', { name: 'Save the triage' }).click();
  await expect(page.locator('#barrier-causes')).toContainText('An act');
  await expect(page.locator('#barrier-provisions')).toContainText('confirmed by the lab');
  await page.getByLabel('New status').selectOption('confirmed');
  await page.getByLabel('Note for the public history (optional)').fill('Bekreftet: taushetsplikten står i veien.');
  await page.locator('#barrier-status-form').getByRole('button', { name: 'Change the status' }).click();
  await expect(page.locator('#barrier-status')).toHaveText('Confirmed');
  await expect(page.locator('.barrier-history')).toContainText('Bekreftet: taushetsplikten står i veien.');
  await expectAccessible(page);
  await shot(page, 'confirmed');

  // The register shows it among the public barriers.
  await page.getByRole('link', { name: 'Back to the barrier register' }).click();
  await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
  await expectAccessible(page);
});

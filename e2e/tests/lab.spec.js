// The policy lab (issue 15, items 2 and 3): the lab signs in, opens the Policy lab from the
// dashboard, finds the confirmed full-time barrier on the gap list, follows its provision
// to the provision's dossier and finds it under "Reported as a barrier", opens the ranking,
// groups two barriers into a new investigation, logs an activity, concludes with guidance,
// and the barriers' statuses changed. Every page is checked with axe; the gap list is also
// seen at phone width.
const { test, expect } = require('@playwright/test');
const { expectAccessible, login, useEnglish } = require('./helpers');

const SHOTS = process.env.FRIRUM_E2E_SHOTS;

async function shot(page, name) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

const FULL_TIME = 'Kvalifiseringsprogrammet må være på full tid fra første dag';
const ABSENCE = 'NAV-veilederen ser ikke fraværet fra videregående skole';
const TWO_LISTS = 'Oppfølgingstjenesten og NAV fører hver sin liste over unge som har falt ut';

test('the lab finds a gap, reads its dossier, and concludes an investigation with guidance', async ({ page }) => {
  await login(page, 'sekretariat@frirum.example');
  await useEnglish(page);

  // From the dashboard to the lab's overview with its roll-ups.
  await page.locator('#dashboard-lab-link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Policy lab' })).toBeVisible();
  await expect(page.locator('#table-root-causes')).toContainText('An act');
  await expect(page.locator('#table-groups')).toContainText('Young people outside work and education');
  await expectAccessible(page);
  await shot(page, 'lab-overview');

  // The gap list holds the confirmed full-time barrier with its provision.
  await page.locator('#lab-gaps-link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gap list' })).toBeVisible();
  const gap = page.locator('#lab-gaps > li').filter({ hasText: FULL_TIME });
  await expect(gap).toContainText('Confirmed');
  await expect(gap).toContainText('reported by 2 people');
  await expectAccessible(page);
  await shot(page, 'lab-gaps');
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, 'lab-gaps-phone');
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(wide).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 900 });

  // Its provision's dossier shows it under "Reported as a barrier".
  await gap.getByRole('link', { name: 'sosialtjenesteloven § 30' }).click();
  const section = page.getByRole('region', { name: 'Reported as a barrier' });
  await expect(section).toContainText(FULL_TIME);
  await expect(section).toContainText('Tromsø');
  await expectAccessible(page);
  await shot(page, 'lab-dossier');

  // The ranking of the provisions that block most.
  await page.goto('/lab');
  await page.locator('#lab-ranking-link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Provisions that block most' })).toBeVisible();
  await expect(page.locator('#lab-ranking')).toContainText('sosialtjenesteloven § 30');
  await expectAccessible(page);

  // A new investigation grouping two barriers under analysis.
  await page.goto('/lab');
  await page.locator('#lab-investigations-link').click();
  await expect(page.locator('#lab-investigations')).toContainText('Unge utenfor arbeid og utdanning');
  await expectAccessible(page);
  await page.locator('#lab-investigation-new').click();
  await expectAccessible(page);
  // Without a barrier it is refused beside the list, keeping what was typed.
  await page.locator('#investigation-title').fill('Deling mellom skole og NAV');
  await page.locator('#investigation-hypothesis').fill('Skolen og NAV kan dele mer enn de tror, med samtykke.');
  await page.locator('#lab-investigation-form button[type=submit]').click();
  await expect(page.locator('#investigation-barriers-error')).toBeVisible();
  await expect(page.locator('#investigation-title')).toHaveValue('Deling mellom skole og NAV');
  await expectAccessible(page);
  await page.getByLabel(ABSENCE).check();
  await page.getByLabel(TWO_LISTS).check();
  await page.locator('#investigation-organisations').fill('Indre Østfold');
  await page.locator('#investigation-agencies').fill('Arbeids- og velferdsdirektoratet');
  await page.locator('#lab-investigation-form button[type=submit]').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deling mellom skole og NAV' })).toBeVisible();
  await expect(page.locator('#participants')).toContainText('Indre Østfold');
  await expectAccessible(page);

  // An activity in the log.
  await page.locator('#activity-kind').selectOption('meeting');
  await page.locator('#activity-note').fill('Møte med rådgiverne og NAV-kontoret om samtykkeskjema.');
  await page.locator('#activity-form button[type=submit]').click();
  await expect(page.locator('#activity-log')).toContainText('Møte med rådgiverne');

  // Concluded with guidance: both barriers are no longer a legal obstacle.
  await page.locator('#conclusion-guidance').check();
  await page.locator('#conclusion-text').fill('Med samtykke fra eleven kan skolen og NAV dele det samtykket omfatter.');
  await page.locator('#conclusion-form button[type=submit]').click();
  // First the lab sees which barriers will move, then it confirms.
  await expect(page.locator('#preview-moving li')).toHaveCount(2);
  await expectAccessible(page);
  await page.locator('#conclusion-confirm-form button[type=submit]').click();
  await expect(page.locator('#investigation-concluded')).toContainText('2 barriers moved');
  await expect(page.locator('#investigation-barriers')).toContainText('Not a legal obstacle');
  await expect(page.locator('#investigation-barriers .barrier-status').filter({ hasText: 'Under analysis' })).toHaveCount(0);
  await expectAccessible(page);
  await shot(page, 'lab-concluded');
  await page.getByRole('link', { name: ABSENCE }).first().click();
  await expect(page.locator('main')).toContainText('Med samtykke fra eleven');
});

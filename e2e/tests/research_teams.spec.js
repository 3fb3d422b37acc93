// Research teams (issue 14, item 1): the secretariat adds a research organisation on the
// research teams page, moves a researcher into it and, confirmed, out again, and assigns the researcher to the whole
// Danish 2019 scheme from the scheme's Research section; the researcher signs in and finds
// the assignment and their organisation on their dashboard (also at phone width), and the
// scheme's trials' internal parts: the team with how each is assigned. Every page visited
// is checked with axe.
const { test, expect } = require('@playwright/test');
const { expectAccessible, login, useEnglish } = require('./helpers');

const SHOTS = process.env.FRIRUM_E2E_SHOTS;

async function shot(page, name) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test('the secretariat assigns a research team to a whole scheme; the researcher follows its trials', async ({ page }) => {
  await login(page, 'sekretariat@frirum.example');
  await useEnglish(page);

  // From the dashboard to the research teams: the demo's organisations and a new one.
  await page.locator('#research-teams-link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Research teams' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'NTNU Samfunnsforskning' })).toBeVisible();
  await expectAccessible(page);
  // A website that is not a web address is refused beside the form, with what was typed.
  await page.locator('#organisation-name').fill('Aalborg Universitet');
  await page.locator('#organisation-country').selectOption('dk');
  await page.locator('#organisation-website').evaluate((e) => { e.type = 'text'; });
  await page.locator('#organisation-website').fill('aau.dk');
  await page.locator('#research-organisation-form button[type=submit]').click();
  await expect(page.locator('#organisation-website-error')).toContainText('beginning with https://');
  await expect(page.locator('#organisation-name')).toHaveValue('Aalborg Universitet');
  await expectAccessible(page);
  await page.locator('#organisation-website').fill('https://www.aau.dk');
  await page.locator('#research-organisation-form button[type=submit]').click();
  await expect(page.getByRole('heading', { name: 'Aalborg Universitet' })).toBeVisible();
  // Each researcher's choice starts at the organisation they belong to: saving it unchanged
  // keeps them there.
  const sigrid = () => page.locator('#research-members > ul > li').filter({ hasText: 'Sigrid Haugen' });
  await expect(sigrid().locator('select option:checked')).toHaveText('NTNU Samfunnsforskning');
  await sigrid().locator('.research-member-form button[type=submit]').click();
  await expect(page.getByRole('region', { name: 'NTNU Samfunnsforskning' })).toContainText('Sigrid Haugen');
  // She moves to the new organisation; taking her out asks first; then back to NTNU.
  await sigrid().locator('select').selectOption({ label: 'Aalborg Universitet' });
  await sigrid().locator('.research-member-form button[type=submit]').click();
  await expect(page.getByRole('region', { name: 'Aalborg Universitet' })).toContainText('Sigrid Haugen');
  const confirm = sigrid().getByRole('button', { name: 'Yes, take Sigrid Haugen out of Aalborg Universitet' });
  await expect(confirm).toBeHidden();
  await sigrid().locator('summary').click();
  await expectAccessible(page);
  await confirm.click();
  await expect(sigrid()).toContainText('Belongs to no research organisation');
  await sigrid().locator('select').selectOption({ label: 'NTNU Samfunnsforskning' });
  await sigrid().locator('.research-member-form button[type=submit]').click();
  await expect(page.getByRole('region', { name: 'NTNU Samfunnsforskning' })).toContainText('Sigrid Haugen');
  await shot(page, 'teams');

  // The Danish scheme's Research section: VIVE's researcher on the whole scheme already.
  await page.goto('/schemes');
  await page.getByRole('link', { name: 'Frikommuneforsøg 2019' }).first().click();
  const research = page.locator('#research');
  await expect(research.locator('#research-whole')).toContainText('Kari Forsberg');
  await research.locator('#research-user').selectOption({ label: 'Sigrid Haugen (NTNU Samfunnsforskning)' });
  await research.locator('#research-target').selectOption('scheme');
  await research.locator('#assign-research button[type=submit]').click();
  await expect(page.locator('#research-whole')).toContainText('Sigrid Haugen');
  // Removing an assignment asks first.
  const removal = page.locator('#research-whole li').filter({ hasText: 'Sigrid Haugen' }).locator('details');
  await expect(removal.getByRole('button', { name: 'Yes, remove Sigrid Haugen' })).toBeHidden();
  await removal.locator('summary').click();
  await expect(removal.getByRole('button', { name: 'Yes, remove Sigrid Haugen' })).toBeVisible();
  await expectAccessible(page);
  await shot(page, 'scheme');

  // The researcher: the assignment and the organisation on the dashboard.
  await login(page, 'forsker.ntnu@frirum.example');
  await useEnglish(page);
  await expect(page.locator('#researcher-organisation')).toContainText('NTNU Samfunnsforskning');
  const assignments = page.locator('#researcher-assignments');
  await expect(assignments).toContainText('Frikommuneforsøg 2019');
  await expect(assignments).toContainText('Through the whole scheme');
  await expect(page.locator('#researcher-drafts')).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, 'dashboard-phone');
  await page.setViewportSize({ width: 1280, height: 900 });

  // A trial of the scheme: its internal parts, the team with how each follows it.
  await page.locator('#dashboard-researcher-trials li').filter({ hasText: 'DK2019' }).first()
    .locator('a[href^="/trials/"]').first().click();
  const team = page.locator('#trial-research-team');
  await expect(team).toContainText('Sigrid Haugen');
  await expect(team).toContainText('Through the whole scheme');
  await expect(team).toContainText('VIVE');
  await expectAccessible(page);
  await shot(page, 'trial');
});

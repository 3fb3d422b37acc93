// The rule finder in a real browser: anyone describes an idea and gets the provisions that
// probably stand in the way, with reasons, and keyword hits with highlights; provision and
// act pages; and an applicant links a suggestion from the application's own text to a
// requested exemption. axe-core checks every page on the way.
const { test, expect } = require('@playwright/test');
const { expectAccessible, login, useEnglish } = require('./helpers');

test('anyone finds the rules that stand in the way of an idea', async ({ page }) => {
  await page.goto('/');
  await useEnglish(page);
  await page.getByRole('link', { name: 'Find the rules' }).first().click();
  await expect(page).toHaveURL(/\/rule-finder$/);
  await expectAccessible(page);

  await page.locator('#jurisdiction').selectOption('no');
  await page.locator('#description').fill(
    'Vi har to små barnehager like ved hverandre og vil regne bemanningen samlet for begge, ' +
    'slik at de ansatte kan brukes der barna er.');
  await page.locator('#q').fill('bemanningsnorm');
  await page.getByRole('button', { name: 'Find the rules' }).click();

  const suggestions = page.locator('#suggestions > li');
  await expect(suggestions.first()).toBeVisible();
  await expect(page.locator('#suggestions')).toContainText(/Barnehageloven|barnehager/i);
  await expect(suggestions.first().locator('.reasons')).toContainText(/Matches/);
  await expect(page.locator('#hits mark').first()).toBeVisible();
  await expectAccessible(page);

  await suggestions.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/provisions\/\d+$/);
  await expect(page.locator('h1')).toContainText('§');
  await expectAccessible(page);
  await page.locator('.breadcrumb a[href^="/acts/"]').click();
  await expect(page).toHaveURL(/\/acts\//);
  await expect(page.locator('.provision-list li').first()).toBeVisible();
  await expectAccessible(page);
});

test('a suggestion that only one word of the idea matched says so', async ({ page }) => {
  await page.goto('/');
  await useEnglish(page);
  await page.getByRole('link', { name: 'Find the rules' }).first().click();
  await page.locator('#jurisdiction').selectOption('dk');
  await page.locator('#description').fill(
    'I vores landdistrikter mangler vi dagplejere, og nogle dagplejere vil gerne passe flere ' +
    'børn, når de arbejder to og to i et fælles lokale. Vi ønsker at prøve med syv børn pr. ' +
    'to dagplejere i egnede lokaler.');
  await page.getByRole('button', { name: 'Find the rules' }).click();
  const weak = page.locator('#suggestions > li', { has: page.locator('.one-word') });
  await expect(weak.first()).toBeVisible();
  await expect(weak.first().locator('.one-word')).toHaveText(
    'Only one of your words appears in the provision – read it before you rely on it');
  // Its match names one word; a suggestion that matched more has no such note.
  await expect(weak.first().locator('.reasons li').first()).not.toContainText(',');
  const strong = page.locator('#suggestions > li', { hasNot: page.locator('.one-word') });
  await expect(strong.first()).toBeVisible();
  await expectAccessible(page);
});

test('an applicant links a suggested provision to a requested exemption', async ({ page, request }) => {
  test.setTimeout(90_000);
  const schemes = await (await request.get('/api/v1/schemes?per_page=50')).json();
  const norway = schemes.items.find((s) => s.code === 'NO2026');
  const round = norway.rounds[0].id;

  await login(page, 'soker.tromso@frirum.example');
  await useEnglish(page);
  await page.goto(`/rounds/${round}`);
  await page.locator(`form[action="/rounds/${round}/apply"] button[type=submit]`).click();
  await expect(page).toHaveURL(/\/applications\/\d+\/edit/);
  const editPath = new URL(page.url()).pathname;
  const id = editPath.split('/')[2];

  await page.locator('#title').fill('Felles bemanning i to barnehager');
  await page.locator('#description').fill(
    'To små barnehager i samme grend vil se personalet under ett når bemanningen og antall ' +
    'barnehagelærere regnes, slik at de voksne kan brukes der barna er gjennom dagen.');
  await page.locator('#unknown_rules_obstacle').fill(
    'Vi vet ikke hvilke regler om bemanning i barnehager som hindrer oss.');
  await page.locator('button[name=save]').click();
  await expect(page).toHaveURL(/saved=1/);

  await page.locator('#suggest-provisions').click();
  await expect(page).toHaveURL(new RegExp(`/applications/${id}/suggest$`));
  const first = page.locator('#suggestions > li').first();
  await expect(first).toBeVisible();
  await expectAccessible(page);
  const provisionHref = await first.getByRole('link').first().getAttribute('href');
  await first.getByRole('button').click();

  await expect(page).toHaveURL(new RegExp(`${editPath}\\?linked=1$`));
  await expect(page.locator(`a[href="${provisionHref}"]`).first()).toBeVisible();
  await expect(page.locator('#e-ref-1')).not.toHaveValue('');
  await expectAccessible(page);

  // Suggested again, the linked provision is marked as already asked for, not offered twice.
  await page.goto(`/applications/${id}/suggest`);
  const provisionId = provisionHref.split('/').pop();
  await expect(page.locator(`#in-application-${provisionId}`)).toHaveText('Already in your application');
  await expect(page.locator(`input[name=provision_id][value="${provisionId}"]`)).toHaveCount(0);
  await expectAccessible(page);

  // The application's page links the exemption to the catalogue.
  await page.goto(`/applications/${id}`);
  await expect(page.locator(`.exemption a[href="${provisionHref}"]`).first()).toBeVisible();
  await expectAccessible(page);
});

test('a provision the scheme cannot exempt from is flagged with the reason', async ({ page }) => {
  await page.goto('/');
  await useEnglish(page);
  await page.goto('/rule-finder?jurisdiction=no&description=' + encodeURIComponent(
    'Vi vil treffe vedtak uten forhåndsvarsling etter forvaltningsloven § 16.'));
  const flagged = page.locator('#suggestions > li', { has: page.locator('.not-exemptible') }).first();
  await expect(flagged).toBeVisible();
  await expect(flagged.locator('.not-exemptible')).toContainText('Forsøksloven § 4');
  await expectAccessible(page);
  await flagged.getByRole('link').first().click();
  await expect(page.locator('.not-exemptible')).toContainText('Cannot be exempted from.');
  await expectAccessible(page);
});

test('an applicant sees on the application that one exemption asked for is beyond a trial', async ({ page }) => {
  await login(page, 'soker.tromso@frirum.example');
  await useEnglish(page);
  await page.getByRole('link', { name: /Trygge barn i Tromsø/ }).first().click();
  // The draft's form shows it beside the exemption, while it can still be changed.
  await expect(page).toHaveURL(/\/applications\/\d+\/edit$/);
  await expect(page.locator('fieldset .not-exemptible')).toHaveCount(1);
  await expect(page.locator('fieldset .not-exemptible')).toContainText(/forvaltningsloven § 13/i);
  await expectAccessible(page);
  await page.locator('.breadcrumb a').first().click();
  await expect(page).toHaveURL(/\/applications\/\d+$/);
  const exemption = page.locator('.exemption', { hasText: 'forvaltningsloven § 13' });
  await expect(exemption.locator('.not-exemptible')).toContainText('Cannot be exempted from.');
  await expect(exemption.locator('.not-exemptible')).toContainText('Forsøksloven § 4');
  // The other three exemptions, from sector acts, carry no such flag.
  await expect(page.locator('.exemption .not-exemptible')).toHaveCount(1);
  await expectAccessible(page);
});

// The first half of the lifecycle in a real browser: the secretariat sets up a Norwegian
// scheme with a minimum population, an applicant from Tromsø builds a network application
// with one small neighbour, sees the explained refusal, adds a third municipality, submits
// and gets the receipt with its case number; the secretariat finds it in the round's list
// and in the case journal. axe-core checks every page on the way.
const { test, expect } = require('@playwright/test');
const { expectAccessible, login, useEnglish } = require('./helpers');

// A local wall-clock time as a datetime-local field takes it, some days from now.
function localDaysFromNow(days, time) {
  const d = new Date(Date.now() + days * 24 * 3600 * 1000);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${time}`;
}

test('a network application is refused below the minimum, then submitted with a third municipality', async ({ page }) => {
  test.setTimeout(120_000);

  // The secretariat sets up the scheme.
  await login(page, 'sekretariat@frirum.example');
  await useEnglish(page);
  await page.goto('/schemes/new');
  await expectAccessible(page);
  await page.locator('#code').fill('NO2027');
  await page.locator('#country').selectOption('no');
  await page.locator('#title').fill('Regionale forsøk 2027');
  await page.locator('#language').selectOption('nb');
  await page.locator('#invitation').fill('Kommuner med **minst 100 000** innbyggere til sammen kan søke.');
  await page.locator('form.form button[type=submit]').click();
  await expect(page).toHaveURL(/\/schemes\/\d+/);
  const schemeUrl = new URL(page.url()).pathname.replace(/\?.*$/, '');
  await expect(page.locator('main')).toContainText('minst 100 000');

  await page.locator('#theme-title').fill('Helse og omsorg');
  await page.locator('#theme-priority').check();
  await page.locator('form[action$="/themes"] button[type=submit]').click();
  await expect(page.locator('main')).toContainText('Helse og omsorg');

  await page.locator('#round-number').fill('1');
  await page.locator('#round-title').fill('Første søknadsrunde');
  await page.locator('#round-opens').fill(localDaysFromNow(-1, '00:00:00'));
  await page.locator('#round-deadline').fill(localDaysFromNow(90, '23:59:59'));
  await page.locator('#round-zone').fill('Europe/Oslo');
  await page.locator('#round-target').fill('10');
  await page.locator('form[action$="/rounds"] button[type=submit]').click();
  await expect(page.locator('main')).toContainText('Første søknadsrunde');

  await page.locator('#min_population').fill('100000');
  await page.locator('#networks_allowed').check();
  await page.locator('#kind_municipality').check();
  await page.locator('form[action$="/rules"] button[type=submit]').click();
  await expect(page.locator('#min_population')).toHaveValue(/100.?000/);

  await page.locator('#status').selectOption('published');
  await page.locator('form[action$="/status"] button[type=submit]').click();
  await expectAccessible(page);
  const roundLink = page.locator('a[href^="/rounds/"]').first();
  const roundPath = await roundLink.getAttribute('href');

  // The applicant from Tromsø starts a network application with Balsfjord.
  await login(page, 'soker.tromso@frirum.example');
  await useEnglish(page);
  await page.goto(roundPath);
  await expectAccessible(page);
  await page.locator(`form[action="${roundPath}/apply"] button[type=submit]`).click();
  await expect(page).toHaveURL(/\/applications\/\d+\/edit/);
  const editPath = new URL(page.url()).pathname;
  const applicationPath = editPath.replace(/\/edit$/, '');

  await page.locator('#member-1').fill('5532');
  await page.locator('#title').fill('Felles helsetjeneste i Nord-Troms');
  await page.locator('#summary').fill('Tre kommuner deler én legevakt og én koordinerende enhet.');
  await page.locator('#description').fill('Kommunene vil prøve en felles organisering av helse- og omsorgstjenestene.');
  await page.getByLabel('Helse og omsorg').check();
  await page.locator('#e-ref-1').fill('helse- og omsorgstjenesteloven § 3-1');
  await page.locator('#e-why-1').fill('Ansvaret må kunne deles mellom kommunene i nettverket.');
  await page.locator('#legal_security').fill('Pasientenes klageadgang til statsforvalteren beholdes.');
  await page.locator('#period_start').fill('2027-01-01');
  await page.locator('#period_end').fill('2030-12-31');
  await page.locator('button[name=save]').click();
  await expect(page).toHaveURL(/saved=1/);
  await expectAccessible(page);

  // The population rule fails, with the combined figure and the minimum.
  const population = page.locator('.eligibility li.rule', { hasText: /population/i });
  await expect(population).toHaveClass(/failed/);
  await expect(population).toContainText(/84.?316/);
  await expect(population).toContainText(/100.?000/);

  // Submitting anyway is refused, and says why.
  await page.locator('button[name=submit]').click();
  await expect(page.locator('#form-error')).toBeVisible();
  await expect(page.locator('#form-error')).toContainText(/84.?316|100.?000|population|inhabitants/i);
  await expectAccessible(page);

  // Harstad joins; now the network is large enough.
  await page.goto(editPath);
  await page.locator('#member-2').fill('5503');
  await page.locator('button[name=save]').click();
  await expect(page).toHaveURL(/saved=1/);
  await expect(population).toHaveClass(/passed/);
  await expect(population).toContainText(/109.?372/);
  await page.locator('button[name=submit]').click();
  // A confirmation step first: what is sent, to whom, and that it cannot be edited after.
  await expect(page).toHaveURL(/\/submit$/);
  await expect(page.locator('#submit-summary')).toBeVisible();
  await expect(page.locator('#submit-locked')).toBeVisible();
  await expectAccessible(page);
  await page.locator('#confirm-submit').click();
  await expect(page).toHaveURL(/\/receipt$/);
  await expect(page.locator('main')).toContainText('NO2027-R1-001');
  await expectAccessible(page);

  // The draft is gone: the edit form now leads to the submitted application.
  await page.goto(editPath);
  await expect(page).toHaveURL(new RegExp(`${applicationPath}$`));
  await expect(page.locator('main')).toContainText('NO2027-R1-001');

  // The secretariat finds it in the round's list and in the journal.
  await login(page, 'sekretariat@frirum.example');
  await useEnglish(page);
  await page.goto(roundPath);
  await expect(page.locator('main')).toContainText('NO2027-R1-001');
  await expect(page.locator('main')).toContainText('Felles helsetjeneste i Nord-Troms');
  await expectAccessible(page);
  const id = applicationPath.split('/').pop();
  await page.goto(`/journal/application/${id}`);
  await expect(page.locator('main')).toContainText(/submit/i);
  await expect(page.locator('main')).toContainText(/NO2027-R1-001/);
  await expectAccessible(page);
  await page.goto(schemeUrl);
  await expect(page.locator('main')).toContainText('Regionale forsøk 2027');
});

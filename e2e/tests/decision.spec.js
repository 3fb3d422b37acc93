// The second half of the lifecycle in a real browser, on the demo's Aarhus network
// application: the secretariat assigns two assessors, one declares a conflict of interest,
// the other screens (one item a possible conflict) and scores; the secretariat asks for
// clarification, the applicant answers and adds a provision from the rule finder; the
// untouched decision form cannot be submitted; the decision form shows the screening's
// possible conflicts and the scores; the secretariat approves with an exemption narrowed to
// one provision, confirming a summary of what will be published; the applicant sees the
// decision and its letter (authority, legal basis, appeal, signatory), the public sees it on
// the site, filtered, and in the feed, and the e-mails reached the SMTP server. axe-core
// checks every page on the way.
const { test, expect } = require('@playwright/test');
const { expectAccessible, login, useEnglish, waitForMail } = require('./helpers');

test('a submitted application is assessed, clarified, approved and published', async ({ page }) => {
  test.setTimeout(300_000);
  page.setDefaultTimeout(15_000);

  // The secretariat finds the application and assigns both assessors.
  await login(page, 'sekretariat@frirum.example');
  await useEnglish(page);
  const listed = await (await page.request.get('/api/v1/applications?per_page=100')).json();
  const application = listed.items.find((a) => a.title.startsWith('Én plan for borgeren'));
  expect(application, 'the demo holds the Aarhus application').toBeTruthy();
  const base = `/applications/${application.id}`;
  const caseNumber = application.case_number;

  await page.goto(base);
  await page.locator('#assessment-link').click();
  await expect(page).toHaveURL(new RegExp(`${base}/assessment$`));
  await expectAccessible(page);
  await page.locator('#assessor-select').selectOption([{ label: 'Jens Holm' }, { label: 'Sofie Dahl' }]);
  await page.locator(`form[action="${base}/assessment/assessors"] button[type=submit]`).click();
  await expect(page.locator('main')).toContainText('Sofie Dahl');
  await expect(page.locator('main')).toContainText('Jens Holm');

  // The second assessor declares a conflict of interest from the queue, and is then kept
  // away from the scores.
  await login(page, 'bedommer2@frirum.example');
  await useEnglish(page);
  await page.goto('/assessments');
  await expect(page.locator('main')).toContainText(caseNumber);
  await expectAccessible(page);
  await page.locator(`#reason-${application.id}`).fill('I advised Aarhus while the application was written.');
  await page.locator(`form[action="${base}/assessment/conflict"] button[type=submit]`).click();
  await expect(page.locator('main')).toContainText('I advised Aarhus');
  const barred = await page.goto(`${base}/assessment`);
  expect(barred.status()).toBe(403);
  await expect(page.locator('main')).toContainText(/conflict of interest/i);

  // The first assessor screens every item of the checklist and scores every criterion.
  await login(page, 'bedommer@frirum.example');
  await useEnglish(page);
  await page.goto(`${base}/screening`);
  await expectAccessible(page);
  const items = await page.locator('#checklist > li').count();
  expect(items).toBeGreaterThan(0);
  const possibleConflict = 'Klageadgangen skal bevares; følg det nøje i forsøget.';
  for (let i = 0; i < items; i += 1) {
    if (i === 0) {
      await page.locator(`#outcome-${i}-possible_conflict`).check();
      await page.locator(`#reason-${i}`).fill(possibleConflict);
    } else {
      await page.locator(`#outcome-${i}-no_conflict`).check();
      await page.locator(`#reason-${i}`).fill('Ingen konflikt: forsøget ændrer kun planlægningskrav.');
    }
    await page.locator(`#item-${i} form button[type=submit]`).click();
    await expect(page.locator('#screening-notice')).toBeVisible();
  }
  await expect(page.locator('#screening-state')).toContainText(/every item has been judged/i);
  await expectAccessible(page);

  await page.goto(`${base}/assessment`);
  // Blind assessment: the assessor first states that they have no conflict of interest.
  const statement = page.locator('#state-no-conflict');
  if (await statement.count()) {
    await statement.click();
  }
  const criteria = await page.locator('input[id^="score-"]').count();
  expect(criteria).toBeGreaterThan(0);
  for (let i = 0; i < criteria; i += 1) {
    await page.locator(`#score-${i}`).fill('4');
    await page.locator(`#comment-${i}`).fill('Klart beskrevet og målbart.');
  }
  // The assessor saves and submits their own assessment.
  const submitOwn = page.locator('#submit-assessment');
  if (await submitOwn.count()) {
    await submitOwn.click();
    await expect(page.locator('#submitted-notice')).toBeVisible();
  } else {
    await page.locator(`form[action="${base}/assessment/scores"] button[type=submit]`).click();
    await expect(page.locator('#score-0')).toHaveValue('4');
  }
  await expectAccessible(page);

  // The secretariat sees the round ranked, reached from the round's page.
  await login(page, 'sekretariat@frirum.example');
  await useEnglish(page);
  await page.goto(`/rounds/${application.round_id}`);
  await page.locator('#ranking-link').click();
  await expect(page.locator('main')).toContainText(caseNumber);
  await expectAccessible(page);

  // The secretariat asks which rules stand in the way.
  await login(page, 'sekretariat@frirum.example');
  await useEnglish(page);
  await page.goto(`${base}/clarification`);
  await expectAccessible(page);
  await page.locator('#question').fill('Hvilke bestemmelser om handleplaner står konkret i vejen for den fælles plan?');
  await page.locator(`form[action="${base}/clarification"] button[type=submit]`).click();
  await expect(page.locator('#review-stage')).toContainText(/awaiting/i);

  // The applicant is told, answers, and adds a provision found with the rule finder.
  await waitForMail('ansoger.aarhus@frirum.example', caseNumber);
  await login(page, 'ansoger.aarhus@frirum.example');
  await useEnglish(page);
  await page.goto(`${base}/clarification`);
  await expectAccessible(page);
  // While the question is open, the applicant adds a provision from the rule finder.
  const exemptionsBefore = (await (await page.request.get(`/api/v1${base}`)).json()).content.exemptions.length;
  await page.goto(`${base}/suggest`);
  await expectAccessible(page);
  await page.locator('#suggestions form button[type=submit]').first().click();
  const exemptionsAfter = (await (await page.request.get(`/api/v1${base}`)).json()).content.exemptions.length;
  expect(exemptionsAfter).toBe(exemptionsBefore + 1);
  await page.goto(`${base}/clarification`);
  await page.locator('textarea[id^="answer-"]').first().fill('Handleplanen efter servicelovens § 141 og de tilsvarende planer.');
  await page.locator('form[action*="/clarification/"][action$="/answer"] button[type=submit]').first().click();
  await expect(page.locator('#thread')).toContainText('§ 141');

  // The secretariat approves, narrowing the act-wide exemption to § 141.
  await waitForMail('sekretariat@frirum.example', caseNumber);
  await login(page, 'sekretariat@frirum.example');
  await useEnglish(page);
  await page.goto(`${base}/decide`);
  await expectAccessible(page);
  // What the decision rests on: the screening's possible conflicts and the scores.
  await expect(page.locator('#possible-conflicts')).toContainText(possibleConflict);
  await expect(page.locator('#screening-judgements')).toContainText(/possible conflict/i);
  await expect(page.locator('#assessor-progress')).toContainText(`${criteria} / ${criteria}`);
  await expect(page.locator('#decision-total')).not.toContainText(/no total/i);
  // The untouched form chooses nothing and cannot be submitted.
  await expect(page.locator('#outcome-approved')).not.toBeChecked();
  await expect(page.locator('#outcome-rejected')).not.toBeChecked();
  await expect(page.locator('#decide-form input[type=checkbox]:checked')).toHaveCount(0);
  await page.locator('#decide-review').click();
  await expect(page).toHaveURL(new RegExp(`${base}/decide$`));
  expect((await page.request.get(`/api/v1${base}/decision`)).status()).toBe(404);
  // Without reasons the server refuses too, naming what is missing.
  await page.locator('#outcome-approved').check();
  await page.locator('#reasons').evaluate((el) => el.removeAttribute('required'));
  await page.locator('#decide-review').click();
  await expect(page.locator('#decision-error')).toBeVisible();
  expect((await page.request.get(`/api/v1${base}/decision`)).status()).toBe(404);

  await page.locator('#outcome-approved').check();
  await page.locator('#reasons').fill('Forsøget er ambitiøst, fokuseret og har en målbar målsætning.');
  const actWide = page.locator('.exemption', { hasText: 'lov om social service' }).filter({ has: page.locator('details') });
  await actWide.locator('input[id^="grant-"]').check();
  await actWide.locator('summary').click();
  await actWide.getByLabel(/§ 141/).first().check();
  await actWide.locator('input[id^="note-"]').fill('Kun kravet om en særskilt handleplan.');
  await page.locator('#conditions').fill('Kommunerne rapporterer hvert år til ministeriet.');
  await page.locator('#period_start').fill('2027-01-01');
  await page.locator('#period_end').fill('2030-12-31');
  await page.locator('#regulation_kind').selectOption('free_municipality_statute');
  await page.locator('#regulation_text').fill('Kommunalbestyrelserne vedtager en frikommunevedtægt.');
  await page.locator('#signatory_title').fill('Specialkonsulent');
  await page.locator('#decide-review').click();
  // The summary of what will be published, before anything is recorded.
  await expect(page.locator('#decision-summary')).toContainText('Kun kravet om en særskilt handleplan.');
  await expect(page.locator('#summary-outcome')).toContainText('Approved');
  await expectAccessible(page);
  expect((await page.request.get(`/api/v1${base}/decision`)).status()).toBe(404);
  await page.locator('#confirm-decision').click();
  await expect(page).toHaveURL(new RegExp(`${base}/decision$`));
  await expect(page.locator('#decision-outcome')).toContainText('Approved');
  await expect(page.locator('main')).toContainText('Kun kravet om en særskilt handleplan.');
  await expectAccessible(page);
  await page.locator('#trial-link').click();
  await expect(page.locator('#trial-status')).toContainText('Planned');
  await expectAccessible(page);

  // The applicant sees the decision at once, and its letter in Danish.
  await login(page, 'ansoger.aarhus@frirum.example');
  await useEnglish(page);
  await page.goto(base);
  await page.locator('#application-decision').click();
  await expect(page.locator('#decision-outcome')).toContainText('Approved');
  await page.locator('#letter-link').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.locator('main')).toContainText('Afgørelse om ansøgningen');
  await expect(page.locator('main')).toContainText('§ 141');
  await expect(page.locator('#letter-authority')).toContainText('Indenrigs- og Boligministeriet');
  await expect(page.locator('#letter-legal-basis')).not.toBeEmpty();
  await expect(page.locator('#letter-appeal')).not.toBeEmpty();
  await expect(page.locator('#letter-signature')).toContainText('Specialkonsulent');
  await expectAccessible(page);

  // The public sees it on the site and in the feed.
  await page.context().clearCookies();
  await page.goto('/decisions');
  await expect(page.locator('main')).toContainText(application.title);
  await expectAccessible(page);
  await page.locator('#filter-outcome').selectOption('approved');
  await page.locator('#filter-country').selectOption('dk');
  await page.locator('#decision-filters button[type=submit]').click();
  await expect(page).toHaveURL(/outcome=approved/);
  await expect(page.locator('main')).toContainText(application.title);
  await expect(page.locator('#feed-link')).toHaveAttribute('href', /outcome=approved/);
  await expectAccessible(page);
  // A public decision links only to what the public may read.
  await page.locator(`a[href="${base}/decision"]`).first().click();
  const links = await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const href of links) {
    const reply = await page.request.get(href, { maxRedirects: 0 });
    expect(reply.status(), href).toBe(200);
  }
  const feed = await page.request.get('/decisions.atom');
  expect(feed.headers()['content-type']).toContain('application/atom+xml');
  expect(await feed.text()).toContain(caseNumber);

  // The e-mails arrived at the SMTP server.
  await waitForMail('bedommer@frirum.example', caseNumber);
  await waitForMail('bedommer2@frirum.example', caseNumber);
  // The decision's own mail names the case; the trials' other approvals name theirs.
  const escaped = caseNumber.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const decided = await waitForMail(
    'ansoger.aarhus@frirum.example',
    new RegExp(`^(?=.*${escaped})(?=.*(godkendt|approved))`, 'i'),
  );
  expect(decided.text).toContain(base);
});

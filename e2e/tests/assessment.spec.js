// Blind, independent assessment in a real browser, on a submitted and undecided demo
// application other than the one decision.spec.js decides: the secretariat assigns both
// assessors; the first states that she has no conflict of interest, scores and submits;
// the second sees nothing of the assessment before his statement, none of the first
// assessor's scores or comments while he scores, and all of them once he has submitted.
// The secretariat then sees the spread and asks for a consensus. axe-core checks every
// page on the way.
const { test, expect } = require('@playwright/test');
const { expectAccessible, login, useEnglish } = require('./helpers');

const FIRST_COMMENT = 'Sofie: an ambitious and well-argued trial.';

/** Scores every criterion on the page's own score form and submits the assessment. */
async function scoreAndSubmit(page, score, comment) {
  const criteria = await page.locator('input[id^="score-"]').count();
  expect(criteria).toBeGreaterThan(0);
  for (let i = 0; i < criteria; i += 1) {
    await page.locator(`#score-${i}`).fill(String(score));
    await page.locator(`#comment-${i}`).fill(comment);
  }
  await page.locator('#submit-assessment').click();
  await expect(page.locator('#submitted-notice')).toBeVisible();
}

test('a second assessor sees no scores before stating no conflict and submitting', async ({ page }) => {
  test.setTimeout(180_000);
  page.setDefaultTimeout(15_000);

  // The secretariat picks a submitted, undecided application and assigns both assessors.
  await login(page, 'sekretariat@frirum.example');
  await useEnglish(page);
  const listed = await (await page.request.get('/api/v1/applications?per_page=100')).json();
  let application;
  for (const a of listed.items) {
    // A case nobody has begun to assess: in screening, with no assessor yet (the new
    // submissions are dashboard.spec.js's, the Aarhus case decision.spec.js's).
    if (a.case_status !== 'in_screening' || a.title.startsWith('Én plan for borgeren')) continue;
    const decision = await page.request.get(`/api/v1/applications/${a.id}/decision`);
    if (decision.status() === 404) {
      application = a;
      break;
    }
  }
  expect(application, 'the demo holds an undecided submitted application').toBeTruthy();
  const base = `/applications/${application.id}`;
  await page.goto(`${base}/assessment`);
  await expectAccessible(page);
  await page.locator('#assessor-select').selectOption([{ label: 'Jens Holm' }, { label: 'Sofie Dahl' }]);
  await page.locator(`form[action="${base}/assessment/assessors"] button[type=submit]`).click();
  await expect(page.locator('main')).toContainText('Sofie Dahl');
  await expect(page.locator('main')).toContainText(/no statement on conflicts of interest yet/i);

  // The first assessor states that she has no conflict, scores and submits.
  await login(page, 'bedommer2@frirum.example');
  await useEnglish(page);
  await page.goto(`${base}/assessment`);
  await page.locator('#state-no-conflict').click();
  await expect(page.locator('#blind-notice')).toBeVisible();
  await scoreAndSubmit(page, 5, FIRST_COMMENT);

  // The second assessor: before his statement, nothing of the assessment is shown.
  await login(page, 'bedommer@frirum.example');
  await useEnglish(page);
  await page.goto('/assessments');
  await expect(page.locator('main')).toContainText(/state first whether you have a conflict of interest/i);
  await page.goto(`${base}/assessment`);
  await expect(page.locator('#conflict-statement')).toBeVisible();
  await expect(page.locator('main')).not.toContainText(FIRST_COMMENT);
  await expect(page.locator('main')).not.toContainText('Sofie Dahl');
  await expect(page.locator('input[id^="score-"]')).toHaveCount(0);
  await expectAccessible(page);
  // The API obeys the same blindness.
  const before = await (await page.request.get(`/api/v1/applications/${application.id}/assessment`)).json();
  expect(before.withheld).toBe('conflict_statement_required');
  expect(before.scores).toHaveLength(0);
  expect(JSON.stringify(before)).not.toContain(FIRST_COMMENT);

  // After the statement he scores on his own: still none of the first assessor's scores.
  await page.locator('#state-no-conflict').click();
  await expect(page.locator('#blind-notice')).toBeVisible();
  await expect(page.locator('main')).not.toContainText(FIRST_COMMENT);
  await expect(page.locator('main')).not.toContainText('Sofie Dahl');
  await expectAccessible(page);
  const scoring = await (await page.request.get(`/api/v1/applications/${application.id}/assessment`)).json();
  expect(scoring.withheld).toBe('own_assessment_not_submitted');
  expect(scoring.scores).toHaveLength(0);

  // Once he has submitted, he sees hers.
  await scoreAndSubmit(page, 1, 'Jens: the objectives are not measurable.');
  await expect(page.locator('main')).toContainText(FIRST_COMMENT);
  await expect(page.locator('main')).toContainText('Sofie Dahl');
  await expect(page.locator('input[id^="score-"]')).toHaveCount(0);
  await expectAccessible(page);

  // The secretariat sees the spread flagged and asks for a consensus.
  await login(page, 'sekretariat@frirum.example');
  await useEnglish(page);
  await page.goto(`${base}/assessment`);
  await expect(page.locator('#spread')).toBeVisible();
  await expect(page.locator('#spread-flagged')).toBeVisible();
  await expectAccessible(page);
  await page.locator('#request-message').fill('Please meet on Monday and agree on the scores.');
  await page.locator('#request-consensus').click();
  await expect(page.locator('#consensus-requests')).toContainText('Please meet on Monday');
  await expectAccessible(page);

  // The assessors see the request.
  await login(page, 'bedommer@frirum.example');
  await useEnglish(page);
  await page.goto(`${base}/assessment`);
  await expect(page.locator('#consensus-requests')).toContainText('Please meet on Monday');
});

// The secretariat's work queues in a real browser: from its own page, following the links
// of its dashboard (never typed addresses), the secretariat takes a new submission through
// screening, assessment and decision, and each step moves the case to the next queue. The
// assessor finds the case on their own page, the case shows one status everywhere, and
// axe-core checks every page on the way. The case is a submitted demo application nobody
// has started on, other than the ones decision.spec.js and assessment.spec.js work on.
const { test, expect } = require('@playwright/test');
const { expectAccessible, login, useEnglish } = require('./helpers');

/** The count a dashboard line shows. */
async function count(page, id) {
  const text = await page.locator(`#${id} .stat`).innerText();
  return Number(text.replace(/\D/g, ''));
}

/** Opens the secretariat's own page through the main menu. */
async function home(page) {
  await page.locator('nav a[href="/"]').first().click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('#queues-heading')).toBeVisible();
}

/** From a queue on the dashboard, finds the case with the list's search and opens it. */
async function openFromQueue(page, queue, title) {
  await page.locator(`#${queue}`).click();
  await expect(page).toHaveURL(/\/applications\?status=/);
  await expectAccessible(page);
  await page.locator('#filter-q').fill(title.slice(0, 30));
  await page.locator('form.filters button[type=submit]').click();
  await page.getByRole('link', { name: title }).click();
  await expect(page.locator('h1')).toContainText(title.slice(0, 30));
}

test('the dashboard leads the secretariat through a case from submission to decision', async ({ page }) => {
  test.setTimeout(240_000);
  page.setDefaultTimeout(15_000);

  // Signing in lands on the secretariat's own page, with its queues in the case's order.
  await login(page, 'sekretariat@frirum.example');
  await useEnglish(page);
  await page.goto('/');
  await expect(page.locator('#queues-heading')).toBeVisible();
  await expectAccessible(page);
  const newBefore = await count(page, 'queue-submitted');
  expect(newBefore).toBeGreaterThan(0);
  const rejectedBefore = await count(page, 'queue-rejected');

  // Which new submission to take: the last nobody has started on (the API only chooses;
  // the way there is the dashboard's).
  const listed = await (await page.request.get('/api/v1/applications?per_page=100')).json();
  const fresh = listed.items.filter(
    (a) => a.case_status === 'submitted' && !a.title.startsWith('Én plan for borgeren'),
  );
  expect(fresh.length).toBeGreaterThan(0);
  const application = fresh[fresh.length - 1];
  const title = application.title;

  // New submissions → the case → its screening, every item judged.
  await openFromQueue(page, 'queue-submitted', title);
  await expect(page.locator('#case-status')).toContainText('Submitted');
  await expect(page.locator('#eligibility-frozen')).toBeVisible();
  await expectAccessible(page);
  await page.locator('a[href$="/screening"]').first().click();
  await expectAccessible(page);
  const items = await page.locator('#checklist > li').count();
  expect(items).toBeGreaterThan(0);
  for (let i = 0; i < items; i += 1) {
    await page.locator(`#outcome-${i}-no_conflict`).check();
    await page.locator(`#reason-${i}`).fill('Ingen konflikt med de udelukkede områder.');
    await page.locator(`#item-${i} form button[type=submit]`).click();
    await expect(page.locator('#screening-notice')).toBeVisible();
  }
  await expect(page.locator('#screening-state')).toContainText(/every item has been judged/i);

  // Screened, it waits in assessment: the secretariat assigns an assessor.
  await home(page);
  expect(await count(page, 'queue-submitted')).toBe(newBefore - 1);
  await openFromQueue(page, 'queue-in-assessment', title);
  await expect(page.locator('#case-status')).toContainText('In assessment');
  await page.locator('#assessment-link').click();
  const base = new URL(page.url()).pathname.replace(/\/assessment$/, '');
  await page.locator('#assessor-select').selectOption([{ label: 'Jens Holm' }]);
  await page.locator(`form[action="${base}/assessment/assessors"] button[type=submit]`).click();
  await expect(page.locator('main')).toContainText('Jens Holm');

  // The assessor finds the case on their own page, states no conflict, scores and submits.
  await login(page, 'bedommer@frirum.example');
  await useEnglish(page);
  await expect(page.locator('#dashboard-assessor-queue')).toContainText(title.slice(0, 30));
  await expectAccessible(page);
  await page.locator(`#dashboard-assessor-queue a[href="${base}/assessment"]`).click();
  await page.locator('#state-no-conflict').click();
  const criteria = await page.locator('input[id^="score-"]').count();
  expect(criteria).toBeGreaterThan(0);
  for (let i = 0; i < criteria; i += 1) {
    await page.locator(`#score-${i}`).fill('2');
    await page.locator(`#comment-${i}`).fill('Svag forankring i målene.');
  }
  await page.locator('#submit-assessment').click();
  await expect(page.locator('#submitted-notice')).toBeVisible();

  // Assessed, it is ready for a decision: the secretariat decides from that queue.
  await login(page, 'sekretariat@frirum.example');
  await useEnglish(page);
  await expect(page.locator('#queues-heading')).toBeVisible();
  expect(await count(page, 'queue-ready-for-decision')).toBeGreaterThan(0);
  await openFromQueue(page, 'queue-ready-for-decision', title);
  await expect(page.locator('#case-status')).toContainText('Ready for decision');
  await page.locator(`a.button[href="${base}/decide"]`).click();
  await expectAccessible(page);
  await page.locator('#outcome-rejected').check();
  await page.locator('#reasons').fill('Forsøget har ikke målbare mål, og bedømmelsen er for svag.');
  await page.locator('#signatory_title').fill('Specialkonsulent');
  await page.locator('#decide-review').click();
  await expect(page.locator('#summary-outcome')).toContainText('Rejected');
  await page.locator('#confirm-decision').click();
  await expect(page).toHaveURL(new RegExp(`${base}/decision$`));

  // Decided: the case has left the open queues and is counted with the closed cases, and
  // its page says Rejected, like every list.
  await home(page);
  expect(await count(page, 'queue-rejected')).toBe(rejectedBefore + 1);
  await openFromQueue(page, 'queue-rejected', title);
  await expect(page.locator('#case-status')).toContainText('Rejected');
  await expectAccessible(page);
});

// What waits in the trials, on each person's own page (review fixes): the secretariat's
// "Trials" block with a count per kind linking to where the work is done, the researcher's
// values to review per trial, and an applicant's own trials. At phone width, axe-checked.
test('each home page shows what waits in the trials', async ({ page }) => {
  page.setDefaultTimeout(15_000);
  await page.setViewportSize({ width: 390, height: 844 });

  await login(page, 'sekretariat@frirum.example');
  await useEnglish(page);
  await page.goto('/');
  const block = page.locator('#trials-work');
  await expect(block).toBeVisible();
  for (const id of ['changes', 'reports', 'values', 'regulations', 'overdue', 'clock', 'never-started']) {
    await expect(block.locator(`#trials-work-${id} .stat`)).toBeVisible();
  }
  await expectAccessible(page);
  const values = block.locator('#trials-work-values a').first();
  if (await values.count()) {
    await values.click();
    await expect(page).toHaveURL(/\/trials\/\d+\/indicators$/);
  }

  await login(page, 'forsker@frirum.example');
  await useEnglish(page);
  await page.goto('/');
  await expect(page.locator('#researcher-waiting-total')).toContainText(/\d/);
  await expectAccessible(page);

  await login(page, 'ansoger.aarhus@frirum.example');
  await useEnglish(page);
  await page.goto('/');
  await expect(page.locator('#my-trials')).toBeVisible();
  await expect(page.locator('#my-trials a[href^="/trials?organisation="]')).toBeVisible();
  await expectAccessible(page);
});

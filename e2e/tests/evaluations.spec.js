// Evaluations (issue 14, item 3): VIVE's researcher, assigned to the whole Danish 2019
// scheme, writes a results evaluation of the network trial "Én familie – én plan": a
// finding linked to a granted exemption is added by ticking its reference (on a phone's
// width), the publishing is confirmed, and then the public reads the evaluation with its
// finding on the trial page. NTNU's embargoed evaluation is only announced to the public.
// Every page visited is checked with axe.
const { test, expect } = require('@playwright/test');
const { expectAccessible, login, useEnglish } = require('./helpers');

// The trial page of the first trial whose title starts with `prefix`.
async function trialNamed(page, prefix) {
  await page.goto('/trials');
  const link = page.locator('a[href^="/trials/"]', { hasText: prefix }).first();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/trials\/\d+$/);
  return href;
}

test('a researcher publishes a results evaluation whose finding concerns a granted exemption; the public reads it', async ({ page, browser }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, 'forsker@frirum.example');
  await useEnglish(page);
  const trial = await trialNamed(page, 'Én familie');
  await page.goto(`${trial}#evaluations`);
  await expect(page.locator('#evaluations')).toBeVisible();
  await expectAccessible(page);

  // A new results evaluation.
  await page.locator('#evaluation-new').click();
  await expect(page.locator('h1')).toHaveText('New evaluation');
  await expectAccessible(page);
  await page.locator('#evaluation-kind').selectOption('results');
  await page.locator('#evaluation-title').fill('Follow-up: fewer meetings for families');
  await page.locator('#evaluation-summary').fill('Families in the trial met the municipality less often.');
  await page.locator('#evaluation-save').click();
  await expect(page.locator('h1')).toHaveText('Follow-up: fewer meetings for families');
  await expect(page.locator('#evaluation-status')).toContainText('Draft');
  const evaluation = new URL(page.url()).pathname;
  await expectAccessible(page);

  // A finding, its exemption picked by its reference: no numbers to type.
  await page.locator('#finding-add').click();
  await expectAccessible(page);
  await page.locator('#finding-text').fill('Families had one plan instead of four.');
  await page.locator('#finding-strength-strong').check();
  const exemption = page.locator('input[name=exemptions]').first();
  const reference = await page.locator(`label[for="${await exemption.getAttribute('id')}"]`).innerText();
  expect(reference).not.toMatch(/^\d+$/);
  await exemption.check();
  await page.locator('#finding-save').click();
  await expect(page).toHaveURL(new RegExp(`${evaluation}$`));
  await expect(page.locator('#finding-1')).toContainText('Families had one plan instead of four.');
  await expect(page.locator('#finding-1')).toContainText(reference);

  // Publishing is confirmed first; without the tick the browser keeps the form.
  await page.locator('#evaluation-publish').click();
  await expect(page.locator('#evaluation-publish-warning')).toBeVisible();
  await expectAccessible(page);
  await page.locator('#evaluation-confirm').check();
  await page.locator('#evaluation-publish-submit').click();
  await expect(page.locator('#evaluation-status')).toContainText('Published');
  // Published content is frozen: no edit, a correction instead.
  await expect(page.locator('#evaluation-edit')).toHaveCount(0);
  await expect(page.locator('#evaluation-correction-form')).toBeVisible();
  await expectAccessible(page);

  // The public reads it from the trial page.
  const visitor = await browser.newContext();
  const pub = await visitor.newPage();
  await pub.goto(`${trial}#evaluations`);
  await useEnglish(pub);
  const item = pub.locator('#evaluations-list a', { hasText: 'Follow-up: fewer meetings for families' });
  await expect(item).toBeVisible();
  await item.click();
  await expect(pub.locator('#finding-1')).toContainText('Families had one plan instead of four.');
  await expect(pub.locator('#finding-1')).toContainText('Strong');
  await expectAccessible(pub);
  await visitor.close();
});

test('the public sees only that an embargoed evaluation exists and when it will be public', async ({ page }) => {
  await page.goto('/');
  await useEnglish(page);
  const trial = await trialNamed(page, 'Vurdering uten karakter');
  await page.goto(`${trial}#evaluations`);
  const item = page.locator('#evaluations-list li').first();
  await expect(item).toContainText('Embargoed until');
  await item.locator('a').click();
  await expect(page.locator('#evaluation-embargo')).toContainText('will be made public');
  await expect(page.locator('#findings')).toHaveCount(0);
  await expectAccessible(page);
});

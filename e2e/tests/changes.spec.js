// Change requests and the public history (issue 13, items 4 and 5): Aarhus, which joined a
// Danish network trial of the demo, asks to extend it; beyond the legal limit (the amending
// act's end of 2027) the form refuses it beside the field with the limit; within it the
// request waits for the secretariat, which approves it; the public trial page's history
// then shows the new end beside the old one. Every page visited is checked with axe, the
// form also at phone width.
const { test, expect } = require('@playwright/test');
const { expectAccessible, login, useEnglish } = require('./helpers');

// The first trial on which the signed-in person may request a change.
async function changeableTrial(page) {
  await page.goto('/trials');
  const links = await page.locator('a[href^="/trials/"]').evaluateAll(
    (as) => [...new Set(as.map((a) => a.getAttribute('href')).filter((h) => /^\/trials\/\d+$/.test(h)))],
  );
  for (const href of links) {
    await page.goto(href);
    if (await page.locator('#change-request-link').count()) return href;
  }
  throw new Error('no trial the applicant may change');
}

test('an extension beyond the limit is refused with the limit; within it, approved and public', async ({ page, browser }) => {
  await login(page, 'ansoger.aarhus@frirum.example');
  await useEnglish(page);
  const trial = await changeableTrial(page);
  await expect(page.locator('#change-limit')).toContainText('31 December 2027');
  const oldEnd = (await page.locator('#trial-end').innerText()).split('\n')[0].replace(/\s*\(.*$/, '').trim();
  await expectAccessible(page);

  await page.locator('#change-request-link').click();
  await expect(page).toHaveURL(new RegExp(`${trial}/changes/new$`));
  await page.getByLabel('Extend the period').check();
  await page.locator('#change-kind-continue').click();
  await expect(page.locator('#change-form')).toBeVisible();
  await expectAccessible(page);

  // Beyond the limit: refused beside the field, with the limit, what was typed kept.
  await page.locator('#planned-end').fill('2028-06-30');
  await page.locator('#change-reason').fill('The last families joined late; we need more time to measure the effect.');
  await page.locator('#change-submit').click();
  const error = page.locator('#planned-end-error');
  await expect(error).toBeVisible();
  await expect(error).toContainText('31 December 2027');
  await expect(page.locator('#planned-end')).toHaveValue('2028-06-30');
  await expect(page.locator('#planned-end')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 800 });
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Within it: the request waits for the secretariat.
  await page.locator('#planned-end').fill('2027-12-31');
  await page.locator('#change-submit').click();
  await expect(page).toHaveURL(new RegExp(`${trial}/changes/\\d+$`));
  const request = new URL(page.url()).pathname;
  await expect(page.locator('#change-status')).toContainText('Waiting for a decision');
  await expect(page.locator('#change-values')).toContainText('31 December 2027');
  await expectAccessible(page);

  // The secretariat approves it.
  await login(page, 'sekretariat@frirum.example');
  await useEnglish(page);
  await page.goto(request);
  await expect(page.locator('#change-decide')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Approve and apply the change').check();
  await page.locator('#decision-reason').fill('Within the amending act.');
  await page.locator('#change-decide-submit').click();
  await expect(page.locator('#change-status')).toContainText('Approved');
  await expectAccessible(page);

  // The public trial page: the new end, and the history with the old one beside it.
  const context = await browser.newContext();
  const visitor = await context.newPage();
  await visitor.goto(trial);
  await useEnglish(visitor);
  await expect(visitor.locator('#trial-end')).toContainText('31 December 2027');
  const last = visitor.locator('#trial-history > li').last();
  await expect(last).toContainText('Planned end');
  await expect(last).toContainText(`${oldEnd} → 31 December 2027`);
  await expect(last).toContainText('The last families joined late');
  await expectAccessible(visitor);
  await context.close();
});

// Registered research plans (issue 14, item 2): NTNU's researcher, assigned to Indre
// Østfold's trial, writes a plan from the trial page, registers it after confirming that
// registering freezes it, then finds that the plan can no longer be edited silently — its
// form is an amendment form whose reason the server requires — amends it with a reason,
// and sees both versions side by side with the changed field marked. The public reads the
// registered plan. Every page visited is checked with axe, and the comparison at phone
// width.
const { test, expect } = require('@playwright/test');
const { expectAccessible, login, useEnglish } = require('./helpers');

// Indre Østfold's trial, which the demo's forsker.ntnu follows.
async function norwegianTrial(page) {
  const reply = await page.request.get('/api/v1/trials?per_page=100');
  const trials = (await reply.json()).items;
  const trial = trials.find((t) => t.title.startsWith('Vurdering uten karakter'));
  expect(trial, 'the demo has Indre Østfold\'s trial').toBeTruthy();
  return `/trials/${trial.id}`;
}

test('a researcher registers a plan, can only amend it with a reason, and compares the versions', async ({ page, browser }) => {
  await login(page, 'forsker.ntnu@frirum.example');
  await useEnglish(page);
  const trial = await norwegianTrial(page);
  await page.goto(trial);
  await expect(page.locator('#plans')).toBeVisible();
  await expectAccessible(page);
  await page.locator('#plan-new').click();
  await expect(page.locator('h1')).toHaveText('New research plan');
  await expectAccessible(page);

  const title = `Teacher feedback study ${Date.now()}`;
  await page.locator('#plan-title').fill(title);
  await page.locator('#plan-questions').fill('Do pupils get more written feedback?\nDo they use it?');
  await page.locator('#plan-design').selectOption('before_after');
  await page.locator('#plan-other-data').fill('Pupil survey each spring.');
  await page.locator('#plan-analysis').fill('Survey answers before and after the trial.');
  await page.locator('#plan-save').click();
  await expect(page.locator('#plan-status')).toContainText('Draft');
  await expectAccessible(page);

  // Registering asks for the confirmation first; the server refuses it unconfirmed too.
  await page.locator('#plan-register').click();
  await expect(page.locator('#plan-register-warning')).toContainText('freezes the plan');
  await expectAccessible(page);
  await page.locator('#plan-confirm').evaluate((box) => box.removeAttribute('required'));
  await page.locator('#plan-register-submit').click();
  await expect(page.locator('#plan-error')).toContainText('registering freezes the plan');
  await page.locator('#plan-confirm').check();
  await page.locator('#plan-register-submit').click();
  await expect(page.locator('#plan-status')).toContainText('Registered, version 1');
  await expect(page.locator('#plan-version-1')).toBeVisible();
  await expect(page.locator('#plan-edit')).toHaveCount(0);
  await expectAccessible(page);

  // No silent edit: the form is an amendment form, and a change without a reason is refused.
  await page.locator('#plan-amend').click();
  await expect(page.locator('#plan-amend-hint')).toBeVisible();
  await expect(page.locator('#plan-reason')).toHaveAttribute('required', '');
  await page.locator('#plan-design').selectOption('difference_in_differences');
  await page.locator('#plan-reason').evaluate((field) => field.removeAttribute('required'));
  await page.locator('#plan-save').click();
  await expect(page.locator('#plan-error')).toContainText('Give a reason for the change');
  await expect(page.locator('#plan-reason')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#plan-design')).toHaveValue('difference_in_differences');
  await expectAccessible(page);
  await page.locator('#plan-reason').fill('No comparison schools could be matched before the start.');
  await page.locator('#plan-save').click();
  await expect(page.locator('#plan-status')).toContainText('Registered, version 2');
  await expect(page.locator('#plan-version-2')).toContainText('No comparison schools');
  await expect(page.locator('#plan-version-1')).toBeVisible();

  // Both versions side by side, the design marked as changed and the title not.
  await page.locator('#plan-compare-form button[type=submit]').click();
  await expect(page.locator('#plan-changed')).toContainText('Design');
  await expect(page.locator('#plan-row-design')).toHaveClass(/changed/);
  await expect(page.locator('#plan-row-design')).toContainText('Before and after');
  await expect(page.locator('#plan-row-design')).toContainText('Difference in differences');
  await expect(page.locator('#plan-row-title')).not.toHaveClass(/changed/);
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 800 });
  await expectAccessible(page);
  const planUrl = page.url().replace(/\/compare.*$/, '');

  // The public reads the registered plan and its history, and may not amend it.
  const context = await browser.newContext();
  const visitor = await context.newPage();
  await visitor.goto(planUrl);
  await expect(visitor.locator('h1')).toHaveText(title);
  await expect(visitor.locator('#plan-versions li')).toHaveCount(2);
  await expect(visitor.locator('#plan-amend')).toHaveCount(0);
  await expectAccessible(visitor);
  // The scheme's joint plans are reached from its page.
  const scheme = (await (await visitor.request.get(`/api/v1${trial}`)).json()).scheme_id;
  await visitor.goto(`/schemes/${scheme}`);
  await visitor.locator('#scheme-plans-link').click();
  await expect(visitor).toHaveURL(new RegExp(`/schemes/${scheme}/plans$`));
  await expectAccessible(visitor);
  await context.close();
});

// The site header on a phone (390px): for every signed-in role the menu wraps inside the
// page — no page wider than the screen (it was about 830px with unread notifications) —
// and the menu's links, log out too, are on screen and axe-clean.
for (const email of ['forsker@frirum.example', 'forsker.ntnu@frirum.example', 'sekretariat@frirum.example',
  'ansoger.aarhus@frirum.example', 'bedommer@frirum.example']) {
  test(`the header fits a phone for ${email}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await login(page, email);
    for (const path of ['/', '/trials', '/schemes']) {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${path} fits 390px`).toBeLessThanOrEqual(390);
      const logout = page.locator('nav form button[type=submit]');
      const box = await logout.boundingBox();
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    await expect(page.locator('nav a[href="/account"]')).toBeVisible();
    await expectAccessible(page);
    await context.close();
  });
}

// Trials in operation (issue 13), the registry's side: the public finds a running trial
// from the front page through the trials list and its filters, and reads where it stands,
// its indicators' chart beside the data table, and its history of changes; the secretariat
// puts the trial on hold with a reason (refused without one) and lets it run again, and the
// history says so; the list narrows by participant and by theme straight from its form.
// Every page visited is checked with axe, at desktop and phone width.
const { test, expect } = require('@playwright/test');
const { expectAccessible, login, useEnglish } = require('./helpers');

// The first running trial in the list whose page shows an indicator's chart.
async function runningTrialWithChart(page) {
  await page.goto('/');
  await page.getByRole('link', { name: 'Trials', exact: true }).first().click();
  await expect(page).toHaveURL(/\/trials$/);
  await page.locator('#filter-status').selectOption('running');
  await page.locator('#trial-filters button[type=submit]').click();
  await expect(page).toHaveURL(/status=running/);
  await expectAccessible(page);
  const links = await page.locator('#trial-list a[href^="/trials/"]').evaluateAll(
    (as) => as.map((a) => a.getAttribute('href')),
  );
  expect(links.length, 'a running trial in the demo').toBeGreaterThan(0);
  for (const href of links) {
    await page.goto(href);
    if (await page.locator('#indicators svg[role="img"]').count()) return href;
  }
  throw new Error('no running trial shows a chart');
}

test('the public reads a running trial: status, chart with its table, history of changes', async ({ page }) => {
  await page.goto('/');
  await useEnglish(page);
  const trial = await runningTrialWithChart(page);
  await expect(page.locator('#trial-status')).toContainText('Running');
  await expect(page.locator('#trial-start')).toContainText('actual');
  const chart = page.locator('#indicators svg[role="img"]').first();
  await expect(chart).toBeVisible();
  await expect(chart.locator('title')).not.toBeEmpty();
  await expect(page.locator('#indicators table').first()).toBeVisible();
  const history = page.locator('#trial-history > li');
  await expect(history.first()).toContainText('Version 1');
  expect(await history.count()).toBeGreaterThan(1);
  // Nothing of the secretariat's forms is offered to the public.
  await expect(page.locator('#trial-transition')).toHaveCount(0);
  await expectAccessible(page);

  // At phone width the page fits the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(trial);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, 'the trial page fits a phone').toBeLessThanOrEqual(400);
  await expectAccessible(page);
});

test('the secretariat puts a trial on hold with a reason and lets it run again', async ({ page }) => {
  await login(page, 'sekretariat@frirum.example');
  await useEnglish(page);
  const trial = await runningTrialWithChart(page);
  const form = page.locator('#trial-transition');
  await expect(form).toBeVisible();

  // On hold without a reason: refused, named at the top of the page and kept in the form.
  await form.locator('#step-suspend').check();
  await form.getByRole('button', { name: 'Record the change' }).click();
  await expect(page.locator('#transition-error-summary')).toContainText('reason');
  await expect(page.locator('#step-suspend')).toBeChecked();
  await expectAccessible(page);

  const reason = `The school is closed for repairs (e2e ${Date.now()})`;
  await page.locator('#step-reason').fill(reason);
  await page.locator('#trial-transition').getByRole('button', { name: 'Record the change' }).click();
  await expect(page).toHaveURL(new RegExp(`${trial}#status$`));
  await expect(page.locator('#trial-status')).toContainText('On hold');
  await expect(page.locator('#trial-why-stopped')).toContainText(reason);
  await expect(page.locator('#trial-history')).toContainText(reason);

  // Completing needs the confirmation that it cannot be undone; resuming does not.
  await page.locator('#step-complete').check();
  await page.locator('#step-on').fill('2026-12-01');
  await page.locator('#trial-transition').getByRole('button', { name: 'Record the change' }).click();
  await expect(page.locator('#transition-error-summary')).toBeVisible();
  await expect(page.locator('#trial-status')).toContainText('On hold');

  await page.locator('#step-resume').check();
  await page.locator('#trial-transition').getByRole('button', { name: 'Record the change' }).click();
  await expect(page.locator('#trial-status')).toContainText('Running');
  await expect(page.locator('#trial-history > li').last()).toContainText('Resumed');
  await expectAccessible(page);
});

test('the list filters by participant and by theme without choosing a scheme first', async ({ page }) => {
  await page.goto('/');
  await useEnglish(page);
  await page.goto('/trials');
  const organisations = page.locator('#filter-organisation');
  await expect(organisations).toBeVisible();
  const aarhus = organisations.locator('option', { hasText: 'Aarhus' }).first();
  const aarhusId = await aarhus.getAttribute('value');
  await organisations.selectOption(aarhusId);
  await page.locator('#trial-filters button[type=submit]').click();
  await expect(page).toHaveURL(new RegExp(`organisation=${aarhusId}`));
  const rows = page.locator('#trial-list tbody tr');
  expect(await rows.count(), 'Aarhus takes part in a demo trial').toBeGreaterThan(0);
  for (const row of await rows.all()) {
    await expect(row.locator(`a[href="/trials?organisation=${aarhusId}"]`)).toHaveCount(1);
  }
  await expect(organisations).toHaveValue(aarhusId);
  await expectAccessible(page);

  // Themes are offered at once, each under its scheme.
  await page.goto('/trials');
  const themes = page.locator('#filter-theme');
  await expect(themes).toBeVisible();
  expect(await themes.locator('optgroup').count()).toBeGreaterThan(0);
  const first = await themes.locator('optgroup option').first().getAttribute('value');
  await themes.selectOption(first);
  await page.locator('#trial-filters button[type=submit]').click();
  await expect(page).toHaveURL(new RegExp(`theme=${first}`));
  await expect(themes).toHaveValue(first);
  await expectAccessible(page);
});

// Status reports (issue 13, item 3): the Aarhus applicant finds the overdue report on the
// home page, fills it in (progress, an exemption used, a citizen who opted out) and
// submits it; the secretariat returns it with a comment; the applicant revises and submits
// again; the secretariat accepts it; the public then reads it without the event's
// description. Every page visited is checked with axe, the form also at phone width.
const { test, expect } = require('@playwright/test');
const { expectAccessible, login, useEnglish } = require('./helpers');

test('an applicant submits a due report, the secretariat returns it, then accepts the revision', async ({ page }) => {
  await login(page, 'ansoger.aarhus@frirum.example');
  await useEnglish(page);
  const overdue = page.locator('#overdue-reports a').first();
  await expect(overdue).toBeVisible();
  await expectAccessible(page);
  await overdue.click();
  await expect(page).toHaveURL(/\/trials\/\d+\/reports\/\d+$/);
  const report = new URL(page.url()).pathname;
  await expect(page.locator('#report-overdue')).toBeVisible();
  await expectAccessible(page);

  // A date that cannot be read is refused beside its field, and what was typed stays.
  await page.locator('#progress').fill('Forty families took part in the period. (Typed by the browser test.)');
  const newMilestone = page.locator('fieldset#report-milestones input[name=m_title]').last();
  await newMilestone.fill('Second cohort started');
  await page.locator('fieldset#report-milestones input[name=m_due]').last().fill('not a date');
  await page.locator('#report-save').click();
  await expect(page.locator('#report-error')).toBeVisible();
  await expect(page.locator('#progress')).toHaveValue(/Forty families/);
  await expect(page.locator('fieldset#report-milestones input[aria-invalid=true]')).toHaveCount(1);
  await expectAccessible(page);
  await page.locator('fieldset#report-milestones input[name=m_title]').last().fill('');
  await page.locator('fieldset#report-milestones input[name=m_due]').last().fill('');

  // An exemption used twelve times, and a citizen who opted out.
  const used = page.locator('fieldset#report-exemptions input[type=checkbox]').first();
  if (await used.count()) {
    await used.check();
    await page.locator('fieldset#report-exemptions input[name^=x_count_]').first().fill('12');
  }
  await page.locator('fieldset#report-events select[name=e_kind]').last().selectOption('opt_out');
  await page.locator('fieldset#report-events input[name=e_date]').last().fill('2023-10-02');
  await page.locator('fieldset#report-events input[name=e_count]').last().fill('1');
  await page.locator('fieldset#report-events textarea[name=e_description]').last().fill('A citizen asked to be handled under the ordinary rules.');
  await page.locator('fieldset#report-events textarea[name=e_handling]').last().fill('Handled under the ordinary rules.');
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
  await page.locator('#report-submit').click();
  await expect(page.locator('#report-done')).toBeVisible();
  await expect(page.locator('#report-status')).toContainText('Submitted');
  await page.setViewportSize({ width: 1280, height: 800 });

  // The secretariat returns it: a comment is needed.
  await login(page, 'sekretariat@frirum.example');
  await useEnglish(page);
  await page.goto(report);
  await expect(page.locator('#report-accept')).toBeVisible();
  await expectAccessible(page);
  await page.locator('#report-return').click();
  await expect(page.locator('#report-error')).toBeVisible();
  await expect(page.locator('#comment')).toHaveAttribute('aria-invalid', 'true');
  await page.locator('#comment').fill('Please add how many families took part in each district.');
  await page.locator('#report-return').click();
  await expect(page.locator('#report-done')).toContainText('returned');
  await expect(page.locator('#report-status')).toContainText('Returned');

  // The applicant reads the comment, revises and submits again.
  await login(page, 'ansoger.aarhus@frirum.example');
  await useEnglish(page);
  await page.goto(report);
  await expect(page.locator('#report-return-comment')).toContainText('each district');
  await expectAccessible(page);
  await page.locator('#progress').fill('Forty families took part: 25 in the centre, 15 in Viby. (Typed by the browser test.)');
  await page.locator('#report-submit').click();
  await expect(page.locator('#report-status')).toContainText('Submitted');

  // The secretariat accepts it.
  await login(page, 'sekretariat@frirum.example');
  await useEnglish(page);
  await page.goto(report);
  await page.locator('#report-accept').click();
  await expect(page.locator('#report-status')).toContainText('Accepted');
  await expectAccessible(page);

  // The public reads the accepted report, without the event's description.
  await page.context().clearCookies();
  await page.goto(report);
  await useEnglish(page);
  await expect(page.locator('#report-progress')).toContainText('Viby');
  await expect(page.locator('#report-event-table')).toContainText('opted out');
  await expect(page.locator('#report-event-table')).not.toContainText('ordinary rules');
  await expectAccessible(page);
  await page.locator('#report-back').click();
  await expect(page.locator('#reports-table')).toBeVisible();
  await expectAccessible(page);
});

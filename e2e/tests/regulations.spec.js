// Local regulations (issue 13, item 1): an applicant, reminded on its home of the running
// trial it joined, records the adoption of their own
// organisation's regulation (a date in the future is refused beside its field); the
// secretariat makes the Danish scheme require its approval, records the last awaited
// adoption of a planned trial, approves every adopted one, and the trial page then shows
// the trial started on the day the last regulation came in force. Every page visited is checked with axe.
const { test, expect } = require('@playwright/test');
const { expectAccessible, login, useEnglish } = require('./helpers');

// A day as the date field sends it, `days` from today.
function day(days) {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// The first trial (that `wanted` accepts, by its page) whose regulations section lists a
// participant waiting for adoption whose page lets the signed-in person record it: the
// trial's path and the regulation's.
async function awaited(page, wanted = async () => true) {
  await page.goto('/trials');
  const trials = await page.locator('a[href^="/trials/"]').evaluateAll(
    (as) => [...new Set(as.map((a) => a.getAttribute('href')).filter((h) => /^\/trials\/\d+$/.test(h)))],
  );
  for (const trial of trials) {
    await page.goto(trial);
    if (!(await wanted(page))) continue;
    const rows = page.locator('#regulations-table tbody tr').filter({ has: page.locator('.status-awaiting_adoption') });
    const links = await rows.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const link of links) {
      await page.goto(link);
      if (await page.locator('#regulation-adoption-form').count()) return { trial, link };
    }
  }
  throw new Error('no regulation waits for this person');
}

async function recordAdoption(page, adoptedOn, inForceFrom) {
  await page.locator('#adopted_on').fill(adoptedOn);
  await page.locator('#reference').fill('Sag 26/4711 (test)');
  await page.locator('#in_force_from').fill(inForceFrom);
  await page.locator('#regulation-adoption-form button[type=submit]').click();
}

test('an applicant records their own regulation; the secretariat approves and the trial starts', async ({ page }) => {
  // The applicant: Aarhus's regulation for a trial it takes part in.
  await login(page, 'ansoger.aarhus@frirum.example');
  await useEnglish(page);
  // Its home reminds it first: Aarhus joined the running "Én familie – én plan" network,
  // whose trial runs for the others while Aarhus's own part waits for this adoption.
  const joining = page.locator('#regulations-joining');
  await expect(joining).toContainText('Én familie – én plan');
  await expect(joining).toContainText('The trial already runs for the other participants');
  await expectAccessible(page);
  const own = await awaited(page);
  await expect(page.locator('h1')).toContainText('Aarhus');
  await expect(page.locator('#regulation-text-form textarea')).toContainText('§ 3');
  await expectAccessible(page);

  // A council meeting in the future is refused beside the date, and nothing is kept.
  await recordAdoption(page, day(7), day(14));
  await expect(page.locator('#adopted_on-error')).toBeVisible();
  await expect(page.locator('#adopted_on')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  await recordAdoption(page, day(-10), day(-3));
  await expect(page.locator('#regulation-done')).toBeVisible();
  await expect(page.locator('#regulation-standing')).toContainText(/in force/i);
  await expect(page.locator('#regulation-text-view')).toBeVisible();
  await expectAccessible(page);
  await page.goto(own.trial);
  await expect(page.locator('#regulations-table')).toBeVisible();
  await expectAccessible(page);

  // The secretariat: the Danish scheme now requires approval of adopted regulations.
  await login(page, 'sekretariat@frirum.example');
  await useEnglish(page);
  // The network whose period ran out while one council had not adopted (the page says it
  // never started): its council adopted late, but within the period.
  const target = await awaited(page, async (p) => (await p.locator('#trial-never-started').count()) > 0);
  await page.goto(target.trial);
  const schemeLink = await page.locator('#status a[href^="/schemes/"]').getAttribute('href');
  await page.goto(`${schemeLink}/regulations`);
  await expectAccessible(page);
  await page.locator('#requires_approval').check();
  await page.locator('#regulation-settings-form button[type=submit]').click();
  await expect(page.locator('#regulation-settings-saved')).toBeVisible();

  // The last awaited adoption, recorded by the secretariat, waits for approval.
  // The council met late, but within the trial's period (the demo's network ran 2020–2023).
  await page.goto(target.link);
  await recordAdoption(page, '2023-05-15', '2023-06-01');
  await expect(page.locator('#regulation-done')).toBeVisible();
  await expect(page.locator('#regulation-standing')).toContainText(/waiting for approval/i);
  await expect(page.locator('#regulation-approval-form')).toBeVisible();
  await expectAccessible(page);

  // The secretariat's front page lists what waits for its approval.
  await page.goto('/');
  await expect(page.locator('#regulations-waiting')).toBeVisible();
  await expectAccessible(page);

  // Every adopted regulation of the trial approved: the planned trial now runs.
  await page.goto(target.trial);
  const waiting = await page.locator('#regulations-table tbody tr')
    .filter({ has: page.locator('.status-awaiting_approval') })
    .locator('a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(waiting).toContain(target.link);
  for (const link of waiting) {
    await page.goto(link);
    await page.locator('#regulation-approval-form button[type=submit]').click();
    await expect(page.locator('#regulation-done')).toBeVisible();
    await expect(page.locator('#regulation-approved-at')).toBeVisible();
  }
  // It started the day the last regulation came in force: running, or already completed
  // by the upkeep when its period is over.
  await page.goto(target.trial);
  await expect(page.locator('#trial-status')).toContainText(/running|ended/i);
  await expect(page.locator('#trial-start')).toContainText('2023');
  await expect(page.locator('#trial-start')).toContainText(/actual/i);
  await expect(page.locator('#regulations-table .status-awaiting_adoption')).toHaveCount(0);
  await expectAccessible(page);

  // The public reads the adopted text, printable.
  await page.context().clearCookies();
  await page.goto(`${target.link}/print`);
  await expect(page.locator('#regulation-print')).toBeVisible();
  await expectAccessible(page);
});

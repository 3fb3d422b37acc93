// An organisation's people (issue 18): Aarhus's user administrator opens the people page
// from the start page and invites a colleague as applicant; the invitation arrives by
// e-mail; the colleague, in a browser of their own, opens the link, chooses the e-ID (the
// real OpenID Connect provider on loopback, oidc-provider.js), signs in there with their
// e-mail address and lands on the applicant's dashboard as the new person; the
// administrator deactivates them, and the colleague's next click finds the session ended.
// Axe on the people page, the invitation and the dashboard; the people page at 390px too.
// And a demo account signs in with the e-ID from the login page and out again, the logout
// ending the provider's session too (RP-initiated logout).
const { test, expect } = require('@playwright/test');
const { expectAccessible, login, useEnglish, waitForMail } = require('./helpers');

const ADMIN = 'brugeradmin.aarhus@frirum.example';
const COLLEAGUE = 'kollega.aarhus@frirum.example';
const NAME = 'Karen Kollega';

// The page fits a phone's width: nothing wider than the viewport.
async function expectNoSidewaysScroll(page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `sideways scrolling on ${page.url()}`).toBeLessThanOrEqual(0);
}

test('a colleague invited by e-mail accepts through the e-ID and is deactivated', async ({ browser, page }) => {
  test.setTimeout(180_000);

  // The user administrator finds the people page from the start page.
  await login(page, ADMIN);
  await useEnglish(page);
  await page.getByRole('link', { name: /My account/ }).click();
  await page.getByRole('link', { name: "Manage your organisation's people" }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await expect(page.getByText('The people of Aarhus')).toBeVisible();
  await expectAccessible(page);

  // At a phone's width the list stays on the screen.
  const desktop = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await page.setViewportSize(desktop);

  // The invitation.
  const invite = page.getByRole('region', { name: 'Invite a colleague' });
  await invite.getByLabel('Name').fill(NAME);
  await invite.getByLabel('E-mail').fill(COLLEAGUE);
  await invite.getByLabel('Role').selectOption('applicant');
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByRole('status')).toContainText(`An invitation has been sent to ${COLLEAGUE}`);
  await expect(page.getByRole('region', { name: 'Invitations not yet accepted' })).toContainText(NAME);
  await expectAccessible(page);

  // The mail, and its link.
  const mail = await waitForMail(COLLEAGUE, /invites you/, 90_000);
  const link = mail.text.match(/https?:\/\/\S+\/invitations\/\S+/);
  expect(link, mail.text).not.toBeNull();

  // The colleague, in a browser of their own, follows the link and chooses the e-ID.
  const theirs = await browser.newContext();
  const colleague = await theirs.newPage();
  await colleague.goto(link[0]);
  await useEnglish(colleague);
  await expect(colleague.getByRole('heading', { level: 1, name: 'Invitation to Frirum' })).toBeVisible();
  await expect(colleague.getByText(`as Applicant for Aarhus`)).toBeVisible();
  await expectAccessible(colleague);
  await colleague.getByRole('link', { name: 'Sign in with Demo e-ID' }).click();

  // The provider's own sign-in page (not Frirum's): the e-mail address as the login name.
  await expect(colleague).toHaveURL(/127\.0\.0\.1:\d+\/interaction\//);
  await colleague.locator('input[name=login]').fill(COLLEAGUE);
  await colleague.locator('input[name=password]').fill('any password will do');
  await colleague.locator('button[type=submit]').click();

  // Back in Frirum, signed in as the new person, on the applicant's dashboard.
  await expect(colleague).toHaveURL(/^https?:\/\/[^/]+\/$/);
  await expect(colleague.getByRole('link', { name: new RegExp(`My account \\(${NAME}\\)`) })).toBeVisible();
  await expect(colleague.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(colleague);

  // The administrator sees the new colleague among the people, and deactivates them.
  await page.getByRole('link', { name: /My account/ }).click();
  await page.getByRole('link', { name: "Manage your organisation's people" }).click();
  const row = page.getByRole('row', { name: new RegExp(NAME) });
  await expect(row).toContainText(COLLEAGUE);
  await expect(row).toContainText('Active');
  // One click never stops an account: a page says what it does and asks to confirm.
  await row.getByRole('link', { name: `Deactivate ${NAME}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Deactivate ${NAME}?`);
  await expectAccessible(page);
  await page.getByRole('button', { name: `Deactivate ${NAME}` }).click();
  await expect(page.getByRole('status')).toContainText(`${NAME} can no longer sign in`);
  await expect(page.getByRole('row', { name: new RegExp(NAME) })).toContainText('Deactivated');
  await expectAccessible(page);

  // The colleague's next click finds the session ended: the login page.
  await colleague.getByRole('link', { name: /My account/ }).click();
  await expect(colleague).toHaveURL(/\/login/);
  await expect(colleague.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
  await expect(colleague.getByRole('link', { name: /My account/ })).toHaveCount(0);
  await theirs.close();
});

test('a demo account signs in with the e-ID and its logout ends the provider session too', async ({ page }) => {
  await page.goto('/login');
  await useEnglish(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Or sign in with your electronic ID' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Sign in with Demo e-ID' }).click();
  await page.locator('input[name=login]').fill('ansoger.aarhus@frirum.example');
  await page.locator('input[name=password]').fill('any password will do');
  await page.locator('button[type=submit]').click();
  await expect(page).toHaveURL(/^https?:\/\/[^/]+\/$/);
  await expect(page.getByRole('link', { name: /My account \(/ })).toBeVisible();

  // Logging out of Frirum leads on to the provider's end of session, and back.
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/session\/end/);
  await page.locator('button[autofocus]').click();
  await expect(page).toHaveURL(/^https?:\/\/[^/]+\/$/);
  await expect(page.getByRole('link', { name: /My account/ })).toHaveCount(0);
  // The provider's session is over: signing in again asks for the login name.
  await page.goto('/login');
  await page.getByRole('link', { name: 'Sign in with Demo e-ID' }).click();
  await expect(page.locator('input[name=login]')).toBeVisible();
});

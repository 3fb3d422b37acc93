// Sign-in and devices (issue 18): a researcher opens "Sign-in and devices" from the account
// page, sees their sessions, turns sign-in codes on (the code computed here from the key the
// page shows), sees the recovery codes once, signs out and signs in with a code; the
// secretariat opens the researcher's sign-in security from the accounts list, signs them out
// everywhere and removes the codes, and the researcher is told by e-mail. Axe on every
// page, at desktop width and at 390px.
const { test, expect } = require('@playwright/test');
const {
  PASSWORD, expectAccessible, login, useEnglish, waitForMail, totpCode,
} = require('./helpers');

const PERSON = 'forsker.ntnu@frirum.example';
const NAME = 'Sigrid Haugen';

// The page fits a phone's width: nothing wider than the viewport.
async function expectNoSidewaysScroll(page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `sideways scrolling on ${page.url()}`).toBeLessThanOrEqual(0);
}

async function atPhoneWidth(page) {
  const desktop = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await page.setViewportSize(desktop);
}

// Each code's 30-second step is accepted once: wait for a step after `usedAt`.
async function nextStepAfter(usedAt) {
  const next = (Math.floor(usedAt / 30_000) + 1) * 30_000 + 500;
  const wait = next - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  return Date.now();
}

// Leaves the demo as it was for the other specs: the codes removed by the secretariat,
// whatever happened above.
test.afterAll(async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, 'sekretariat@frirum.example');
  await useEnglish(page);
  await page.goto('/admin/users');
  await page.getByRole('link', { name: `Sign-in and devices of ${NAME}` }).click();
  const remove = page.getByRole('button', { name: `Remove the sign-in codes of ${NAME}` });
  if (await remove.count()) await remove.click();
  await context.close();
});

test('a person turns on sign-in codes, and the secretariat signs them out everywhere', async ({ browser, page }) => {
  test.setTimeout(300_000);

  // The person's own page, from the account page.
  await login(page, PERSON);
  await useEnglish(page);
  await page.goto('/account');
  await page.getByRole('link', { name: 'Sign-in and devices' }).click();
  await expect(page).toHaveURL(/\/account\/security$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign-in and devices' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Where you are signed in' }).first()).toContainText('this device');
  await expectAccessible(page);
  await atPhoneWidth(page);

  // Turn the codes on: the key from the page, the code as the phone's app would show it.
  await page.getByRole('link', { name: 'Turn on sign-in codes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Turn on sign-in codes' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'QR code to scan with your authenticator app' })).toBeVisible();
  await expectAccessible(page);
  await atPhoneWidth(page);
  const secret = (await page.locator('#totp-secret').textContent()).trim();
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await page.getByLabel('Code').fill('000000' === totpCode(secret) ? '111111' : '000000');
  await page.getByRole('button', { name: 'Turn on' }).click();
  await expect(page.getByRole('alert')).toContainText('The code is wrong');
  const enrolledAt = Date.now();
  await page.getByLabel('Code').fill(totpCode(secret, enrolledAt));
  await page.getByRole('button', { name: 'Turn on' }).click();

  // The recovery codes, shown this once.
  await expect(page.getByRole('heading', { level: 1, name: 'Your recovery codes' })).toBeVisible();
  const codes = await page.locator('.recovery-codes code').allTextContents();
  expect(codes).toHaveLength(10);
  await expectAccessible(page);
  await atPhoneWidth(page);
  await page.getByRole('link', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/account\/security$/);
  await expect(page.getByText(/^On since/)).toBeVisible();
  await expect(page.getByText('You have 10 recovery codes left.')).toBeVisible();
  expect(await page.content()).not.toContain(codes[0]);

  // Sign out, and in again: the password, then the code.
  await page.getByRole('button', { name: 'Log out' }).click();
  await page.goto('/login');
  await page.getByLabel(/e-?post|e-mail/i).fill(PERSON);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('form.form button[type=submit]').click();
  await expect(page).toHaveURL(/\/login\/code$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Enter your code' })).toBeVisible();
  await expectAccessible(page);
  await atPhoneWidth(page);
  const at = await nextStepAfter(enrolledAt);
  await page.getByLabel('Code').fill(totpCode(secret, at));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/^https?:\/\/[^/]+\/$/);

  // The secretariat, in a browser of its own: from the accounts list to the person's page.
  const admin = await (await browser.newContext()).newPage();
  await login(admin, 'sekretariat@frirum.example');
  await useEnglish(admin);
  await admin.goto('/admin/users');
  await expectAccessible(admin);
  await admin.getByRole('link', { name: `Sign-in and devices of ${NAME}` }).click();
  await expect(admin.getByRole('heading', { level: 1, name: `Sign-in security of ${NAME}` })).toBeVisible();
  await expect(admin.getByText(/^On since/)).toBeVisible();
  const sessions = admin.getByRole('region', { name: `Where ${NAME} is signed in` }).first().locator('tbody tr');
  await expect(sessions.first()).toBeVisible();
  await expectAccessible(admin);
  await atPhoneWidth(admin);

  await admin.getByRole('button', { name: `Sign ${NAME} out everywhere` }).click();
  await expect(admin.locator('.alert-success')).toContainText(`${NAME} was told by e-mail.`);
  await expect(admin.getByText('Not signed in anywhere at the moment.')).toBeVisible();
  await expect(admin.getByText('Signed out everywhere by the secretariat').first()).toBeVisible();
  await expectAccessible(admin);

  // The person's session is over: the next page asks them to sign in.
  await page.goto('/account');
  await expect(page).toHaveURL(/\/login/);

  // The phone is lost: the secretariat removes the codes, and a way back is offered.
  await admin.getByRole('button', { name: `Remove the sign-in codes of ${NAME}` }).click();
  await expect(admin.locator('.alert-success')).toContainText(`The sign-in codes of ${NAME} were removed`);
  await expect(admin.getByText('Off.', { exact: true })).toBeVisible();
  await expectAccessible(admin);
  await admin.getByRole('link', { name: 'Back to the accounts' }).first().click();
  await expect(admin).toHaveURL(/\/admin\/users$/);

  // Without codes, the password alone signs the person in again.
  await login(page, PERSON);

  // The person was told both times by e-mail. The demo's outbox starts with a backlog of
  // its history's mails, sent twenty at a time, so the wait is generous.
  const mail = await waitForMail(PERSON, 'You were signed out everywhere', 150_000);
  expect(mail.text).toContain('signed you out of Frirum on every device');
  await waitForMail(PERSON, 'Your sign-in codes were removed', 60_000);
});

// Frirum in a real browser: every language, every demo role, the registry search, and an
// axe-core check for WCAG 2.1 A/AA on every page visited.
const { test, expect } = require('@playwright/test');
const { expectAccessible, login } = require('./helpers');

const ACCOUNTS = [
  { email: 'sekretariat@frirum.example', role: 'admin' },
  { email: 'ansoger.aarhus@frirum.example', role: 'applicant', organisation: 'Aarhus' },
  { email: 'soker.tromso@frirum.example', role: 'applicant', organisation: 'Tromsø' },
  { email: 'sokande.umea@frirum.example', role: 'applicant', organisation: 'Umeå' },
  { email: 'bedommer@frirum.example', role: 'assessor' },
  { email: 'forsker@frirum.example', role: 'researcher' },
];
const LANGUAGES = [
  { tag: 'nb', name: 'Norsk bokmål' },
  { tag: 'nn', name: 'Norsk nynorsk' },
  { tag: 'da', name: 'Dansk' },
  { tag: 'sv', name: 'Svenska' },
  { tag: 'en', name: 'English' },
];

test('the home page speaks every language and is accessible', async ({ page }) => {
  await page.goto('/');
  await expectAccessible(page);
  for (const language of LANGUAGES) {
    await page.getByRole('button', { name: language.name, exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language.tag);
    await expect(page.getByRole('button', { name: language.name, exact: true })).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('h1')).toBeVisible();
    await expectAccessible(page);
  }
});

test('the skip link leads to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

for (const account of ACCOUNTS) {
  test(`logs in as ${account.role} ${account.email}`, async ({ page }) => {
    await login(page, account.email);
    // Signing in lands on the person's own page; the account is one link away.
    await page.locator(`nav a[href="/account"]`).click();
    await expect(page.locator('main')).toContainText(account.email);
    if (account.organisation) {
      await expect(page.locator('main')).toContainText(account.organisation);
    }
    await expectAccessible(page);
    if (account.role === 'admin') {
      await page.goto('/admin/users');
      await expect(page.locator('table')).toContainText('forsker@frirum.example');
      await expectAccessible(page);
      await page.goto('/admin/registry');
      await expect(page.locator('#import-file')).toBeVisible();
      await expectAccessible(page);
    } else {
      const response = await page.goto('/admin/users');
      expect(response.status()).toBe(403);
      await expectAccessible(page);
    }
    await page.locator('nav form button[type=submit]').click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('nav')).not.toContainText(account.email);
  });
}

test('wrong passwords are refused with a message', async ({ page }) => {
  await page.goto('/login');
  await page.locator('#email').fill('forsker@frirum.example');
  await page.locator('#password').fill('not the password');
  await page.locator('form.form button[type=submit]').click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectAccessible(page);
});

test('the registry is searchable with and without Nordic letters', async ({ page }) => {
  await page.goto('/organisations');
  await expectAccessible(page);
  for (const [query, country, expected] of [
    ['Århus', 'dk', 'Aarhus'],
    ['Aarhus', '', 'Aarhus'],
    ['Tromso', 'no', 'Tromsø'],
    ['Tromsø', '', 'Tromsø'],
    ['Malmo', 'se', 'Malmö'],
  ]) {
    await page.locator('#q').fill(query);
    await page.locator('#country').selectOption(country);
    await page.locator('form[role=search] button[type=submit]').click();
    await expect(page.locator('table tbody')).toContainText(expected);
  }
  await page.getByRole('link', { name: 'Malmö', exact: true }).click();
  await expect(page.locator('h1')).toHaveText('Malmö');
  await expect(page.locator('main')).toContainText('1280');
  await expectAccessible(page);

  await page.goto('/organisations?country=no&kind=county');
  await expect(page.locator('table tbody tr')).toHaveCount(15);
  await page.goto('/organisations/no/55');
  await expect(page.locator('main')).toContainText('Tromsø');
  await expectAccessible(page);
});

test('an API token made in the browser works for the JSON API', async ({ page, request }) => {
  await login(page, 'forsker@frirum.example');
  await page.locator(`nav a[href="/account"]`).click();
  await page.locator('#token-name').fill('e2e');
  await page.locator('#token-name').press('Enter');
  const token = (await page.locator('#new-token').textContent()).trim();
  expect(token).toMatch(/^frirum_/);
  await expectAccessible(page);
  const me = await request.get('/api/v1/me', { headers: { Authorization: `Bearer ${token}` } });
  expect(me.status()).toBe(200);
  expect((await me.json()).role).toBe('researcher');
  const search = await request.get('/api/v1/organisations?country=dk&q=%C3%85rhus', {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect((await search.json()).items[0].code).toBe('751');
});

test('error pages are translated and accessible', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Dansk', exact: true }).click();
  const response = await page.goto('/findes/ikke');
  expect(response.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expectAccessible(page);
});

test('pages fit a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/organisations?country=dk');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
});

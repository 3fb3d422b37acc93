// What every browser test needs: the demo password, an axe-core check for WCAG 2.1 A/AA,
// signing in as a demo account, and switching the interface to English.
const { expect } = require('@playwright/test');
const { default: AxeBuilder } = require('@axe-core/playwright');

const PASSWORD = 'frirum-demo-2026';

async function expectAccessible(page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

async function login(page, email) {
  await page.context().clearCookies();
  await page.goto('/login');
  await page.getByLabel(/e-?post|e-mail/i).fill(email);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('form.form button[type=submit]').click();
  await expect(page).toHaveURL(/\/account$/);
}

async function useEnglish(page) {
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

module.exports = { PASSWORD, expectAccessible, login, useEnglish };

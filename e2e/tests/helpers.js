// What every browser test needs: the demo password, an axe-core check for WCAG 2.1 A/AA,
// signing in as a demo account, switching the interface to English, and the e-mails that
// the SMTP sink received.
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
  // Each role lands on its own page, the front page.
  await expect(page).toHaveURL(/^https?:\/\/[^/]+\/$/);
}

async function useEnglish(page) {
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

// The e-mails that the SMTP sink (smtp-sink.js) received: [{from, to, subject, text, date}].
const SINK_URL = `http://127.0.0.1:${process.env.FRIRUM_E2E_SINK_PORT || '18126'}/messages`;

async function mailMessages() {
  const response = await fetch(SINK_URL);
  expect(response.ok, `the SMTP sink answers at ${SINK_URL}`).toBeTruthy();
  return response.json();
}

// Waits until a mail to `to` whose subject matches `subject` (a RegExp or text) has
// arrived, and returns it. The demo's sender looks at its outbox every few seconds.
async function waitForMail(to, subject, timeout = 30_000) {
  const matches = (m) => m.to.includes(to)
    && (subject instanceof RegExp ? subject.test(m.subject) : m.subject.includes(subject));
  let found;
  await expect.poll(async () => {
    found = (await mailMessages()).find(matches);
    return Boolean(found);
  }, { timeout, message: `an e-mail to ${to} about ${subject}` }).toBe(true);
  return found;
}

// The six-digit code an authenticator app shows for a base32 TOTP secret (RFC 6238:
// HMAC-SHA1 over the number of 30-second steps, dynamically truncated), at `atMs`.
function totpCode(secretBase32, atMs = Date.now()) {
  const crypto = require('node:crypto');
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const ch of secretBase32.replace(/=+$/, '').toUpperCase()) {
    const value = alphabet.indexOf(ch);
    if (value < 0) throw new Error(`not base32: ${ch}`);
    bits += value.toString(2).padStart(5, '0');
  }
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(atMs / 1000 / 30)));
  const mac = crypto.createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const number = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(number).padStart(6, '0');
}

module.exports = {
  PASSWORD, expectAccessible, login, useEnglish, mailMessages, waitForMail, totpCode,
};

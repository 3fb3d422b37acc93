// Networks (issue 15, item 4): a network member (Aarhus's applicant, the coordinator) goes
// from the start page through the trials to the Danish network trial and its network,
// writes a learning-log entry tagged to the trial, sees it marked private, publishes it,
// and a signed-out visitor then sees it on the network page (but not the private entries);
// the secretariat edits a guidance article, which becomes a new version with what changed.
// Every page visited is checked with axe; the network page is shot at phone width, and
// read in Danish.
const { test, expect } = require('@playwright/test');
const { expectAccessible, login, useEnglish } = require('./helpers');

const SHOTS = process.env.FRIRUM_E2E_SHOTS;

async function shot(page, name) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/// From the start page to the Danish network, by clicking: Trials, the network trial, its
/// "Learning from the network" section.
async function toNetwork(page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Trials' }).click();
  await page.getByRole('link', { name: 'Én familie – én plan' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Én familie – én plan');
  const section = page.locator('#learning');
  await expect(section.getByRole('heading', { name: 'Learning from the network' })).toBeVisible();
  await expectAccessible(page);
  await section.locator('#trial-networks a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Frikommunenetværket');
}

test('a network member writes and publishes a learning-log entry; the public reads it; the secretariat edits guidance', async ({ page, browser }) => {
  await login(page, 'ansoger.aarhus@frirum.example');
  await useEnglish(page);
  await toNetwork(page);
  await expect(page.locator('#network-coordinator')).toContainText('Coordinator');
  await expect(page.getByRole('heading', { name: 'Political reference group' })).toBeVisible();
  await expect(page.locator('#learning-log')).toContainText('Jobcentret med fra begyndelsen');
  await expectAccessible(page);

  // A new entry, tagged to the trial: saved private to the network.
  const form = page.locator('#entry-form');
  await form.getByLabel('Title').fill('Fælles mødekalender for familiens sagsbehandlere');
  await form.getByLabel('What we tried').fill('En fælles kalender for alle sagsbehandlere i familien.');
  await form.getByLabel('What we learned').fill('Færre dobbeltbookinger og færre aflyste møder.');
  await form.getByRole('checkbox', { name: 'Én familie – én plan' }).check();
  await form.getByRole('button', { name: /Save the entry/ }).click();
  await expect(page.locator('#network-notice')).toContainText('private to the network');
  const entry = page.locator('.learning-entry').filter({ hasText: 'Fælles mødekalender' });
  await expect(entry.locator('.badge-private')).toHaveText('Private to the network');
  await expect(entry.getByRole('link', { name: 'Én familie – én plan' })).toBeVisible();
  await expectAccessible(page);

  // Published by its author: public from now on, and no longer changeable.
  // Publishing asks first: it cannot be undone.
  await entry.locator('summary', { hasText: /^Publish/ }).click();
  await expect(entry.getByText('Publish for everyone? This cannot be undone.')).toBeVisible();
  await entry.getByRole('button', { name: /^Yes, publish/ }).click();
  await expect(page.locator('#network-notice')).toHaveText('The entry is published.');
  await expect(entry.locator('.badge-public')).toContainText('Published');
  await expect(entry.locator('summary', { hasText: /^Publish/ })).toHaveCount(0);
  await expectAccessible(page);
  await shot(page, 'network-member');

  // At phone width the page does not scroll sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(wide).toBeLessThanOrEqual(390);
  await shot(page, 'network-phone');
  await page.setViewportSize({ width: 1280, height: 900 });

  // Read in Danish: the same network in the member's language.
  await page.getByRole('button', { name: 'Dansk', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Læringslog', exact: true })).toBeVisible();
  await expect(entry.locator('.badge-public')).toContainText('Offentliggjort');
  await expectAccessible(page);
  await useEnglish(page);
  const networkUrl = page.url();

  // A signed-out visitor sees the published entry on the network page, and on the trial's
  // page, but not the private ones.
  const visitor = await browser.newContext();
  const anonymous = await visitor.newPage();
  await anonymous.goto(networkUrl);
  await useEnglish(anonymous);
  await expect(anonymous.locator('#learning-log')).toContainText('Fælles mødekalender for familiens sagsbehandlere');
  await expect(anonymous.locator('#learning-log')).not.toContainText('Jobcentret med fra begyndelsen');
  await expect(anonymous.locator('#entry-form')).toHaveCount(0);
  await expectAccessible(anonymous);
  await anonymous.locator('#network-trials').getByRole('link', { name: 'Én familie – én plan' }).click();
  await expect(anonymous.locator('#trial-learning')).toContainText('Fælles mødekalender for familiens sagsbehandlere');
  await expectAccessible(anonymous);
  await shot(anonymous, 'network-public-trial');
  await visitor.close();

  // The secretariat edits a guidance article: a new version, with why and what changed.
  await login(page, 'sekretariat@frirum.example');
  await useEnglish(page);
  await toNetwork(page);
  await page.getByRole('link', { name: 'Samtykke til den fælles familieplan' }).click();
  await expect(page.locator('#guidance-version')).toContainText('Version 2');
  await expect(page.locator('#guidance-changes')).toBeVisible();
  await expectAccessible(page);
  const body = page.getByRole('textbox', { name: 'Text', exact: true });
  await body.fill(`${await body.inputValue()}\n\nBrug sekretariatets skabelon til samtykkeerklæringen.`);
  await page.getByRole('button', { name: 'Save as a new version' }).click();
  await expect(page.getByLabel('Why it changes')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#guidance-reason-error')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Why it changes').fill('En skabelon til samtykket er klar.');
  await page.getByRole('button', { name: 'Save as a new version' }).click();
  await expect(page.locator('#guidance-notice')).toHaveText('Saved as a new version.');
  await expect(page.locator('#guidance-version')).toContainText('Version 3');
  await expect(page.locator('#guidance-changes ins')).toContainText('Brug sekretariatets skabelon');
  await expect(page.locator('#guidance-versions li')).toHaveCount(3);
  await expectAccessible(page);
  await shot(page, 'network-guidance');
  await page.locator('#guidance-versions').getByRole('link', { name: 'Version 1' }).click();
  await expect(page.locator('#guidance-version')).toContainText('Version 1');
  await expectAccessible(page);
});

// The notifications page in a real browser (reached from the header, accessible in every
// state it has without events), and the SMTP sink that later tests read e-mails from.
const { test, expect } = require('@playwright/test');
const { expectAccessible, login, useEnglish, mailMessages } = require('./helpers');

// The applicant from Umeå is told of nothing in the demo, whatever the other tests did
// before (the researcher now hears of the trials' indicator values).
test('a signed-in person reaches their notifications from the header', async ({ page }) => {
  await login(page, 'sokande.umea@frirum.example');
  await useEnglish(page);
  await page.getByRole('link', { name: /^Notifications/ }).click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.locator('h1')).toHaveText('Notifications');
  await expect(page.locator('main')).toContainText('You have no notifications yet.');
  await expectAccessible(page);
});

test('the SMTP sink beside the demo answers with the mails it received', async () => {
  const messages = await mailMessages();
  expect(Array.isArray(messages)).toBe(true);
});

// Stimulus funds (issue 13, item 7): the secretariat grants funds to a trial of the Danish
// 2019 scheme (whose budget the demo invented); a grant beyond what remains is refused
// beside the field with the figures; a payment is recorded; the public trial page shows
// what was awarded and paid, and the scheme's budget page the grant. The Norwegian scheme
// has no funds. Every page visited is checked with axe, and the funds page at phone width.
const { test, expect } = require('@playwright/test');
const { expectAccessible, login, useEnglish } = require('./helpers');

// The first trial whose scheme has a budget, found through the trials list.
async function fundedTrial(page) {
  await page.goto('/trials');
  const links = await page.locator('a[href^="/trials/"]').evaluateAll(
    (as) => [...new Set(as.map((a) => a.getAttribute('href')).filter((h) => /^\/trials\/\d+$/.test(h)))],
  );
  for (const href of links) {
    await page.goto(`${href}/funds`);
    if (await page.locator('#fund-allocate').count()) return href;
  }
  throw new Error('no trial of a scheme with a budget');
}

// "DKK 1,234.50" → 123450 (øre), as the English pages write amounts.
function minor(text) {
  const m = text.replace(/\u00a0/g, ' ').match(/DKK ([\d,]+)(?:\.(\d\d))?/);
  if (!m) throw new Error(`no amount in ${text}`);
  return Number(m[1].replace(/,/g, '')) * 100 + Number(m[2] || 0);
}

test('the secretariat grants and pays within the budget; the public sees awarded and paid', async ({ page, browser }) => {
  await login(page, 'sekretariat@frirum.example');
  await useEnglish(page);
  const trial = await fundedTrial(page);
  await expectAccessible(page);
  const awardedBefore = minor(await page.locator('#funds-awarded').innerText());
  const paidBefore = minor(await page.locator('#funds-disbursed').innerText());

  // Beyond the budget: refused beside the field, with the figures, and what was typed kept.
  await page.locator('#fund-amount-awarded').fill('999,999,999');
  await page.locator('#fund-allocate button[type=submit]').click();
  const error = page.locator('#fund-amount-awarded-error');
  await expect(error).toBeVisible();
  await expect(error).toContainText('DKK 999,999,999');
  await expect(error).toContainText('remain');
  await expect(page.locator('#fund-amount-awarded')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#fund-amount-awarded')).toHaveValue('999,999,999');
  await expectAccessible(page);

  // Within it: DKK 125,000.50 granted, typed as people write it.
  await page.locator('#fund-amount-awarded').fill('125,000.50');
  await page.locator('#fund-amount-applied-for').fill('150,000');
  await page.locator('#fund-allocate button[type=submit]').click();
  await expect(page).toHaveURL(new RegExp(`${trial}#funds$`));
  await expect(page.locator('#funds-awarded')).toBeVisible();
  expect(minor(await page.locator('#funds-awarded').innerText())).toBe(awardedBefore + 12500050);
  await expectAccessible(page);

  // A payment of the new grant.
  await page.goto(`${trial}/funds`);
  const grant = page.locator('#fund-pay-grant option', { hasText: 'DKK 125,000.50' }).first();
  await page.locator('#fund-pay-grant').selectOption(await grant.getAttribute('value'));
  await page.locator('#fund-pay-amount').fill('100,000');
  await page.locator('#fund-reference').fill('E2E-PAYMENT-1');
  await page.locator('#fund-pay button[type=submit]').click();
  await expect(page).toHaveURL(new RegExp(`${trial}#funds$`));
  await expect(page.locator('#funds-payments')).toContainText('E2E-PAYMENT-1');
  expect(minor(await page.locator('#funds-disbursed').innerText())).toBe(paidBefore + 10000000);

  // More than is left of the grant is refused with the figures.
  await page.goto(`${trial}/funds`);
  await page.locator('#fund-pay-grant').selectOption(await grant.getAttribute('value'));
  await page.locator('#fund-pay-amount').fill('25,001');
  await page.locator('#fund-pay button[type=submit]').click();
  await expect(page.locator('#fund-pay-amount-error')).toContainText('DKK 25,000.50');
  await expectAccessible(page);

  // The public trial page shows what was awarded and paid, and no forms.
  const visitorContext = await browser.newContext({ baseURL: page.url().replace(/\/trials.*$/, '') });
  const visitor = await visitorContext.newPage();
  await visitor.goto(trial);
  await useEnglish(visitor);
  await expect(visitor.locator('#funds')).toBeVisible();
  expect(minor(await visitor.locator('#funds-awarded').innerText())).toBe(awardedBefore + 12500050);
  expect(minor(await visitor.locator('#funds-disbursed').innerText())).toBe(paidBefore + 10000000);
  await expect(visitor.locator('#funds-grants')).toContainText('DKK 125,000.50');
  await expect(visitor.locator('#fund-allocate')).toHaveCount(0);
  await expect(visitor.locator('#funds-spent')).toHaveCount(0);
  await expectAccessible(visitor);

  // The scheme's budget page lists the grant by trial, with what remains by year.
  await visitor.locator('#funds a[href$="/budget"]').click();
  await expect(visitor.locator('#budget-grants')).toContainText('DKK 125,000.50');
  await expect(visitor.locator('#budget-years')).toBeVisible();
  await expectAccessible(visitor);

  // At phone width the funds page keeps its figures on screen.
  await visitor.setViewportSize({ width: 390, height: 800 });
  await visitor.goto(`${trial}/funds`);
  await expect(visitor.locator('#funds-awarded')).toBeInViewport();
  await expectAccessible(visitor);
  await visitorContext.close();
});

// Documents (issue 13, item 6): an applicant uploads the adopted regulation as a PDF on
// their trial; it is private until the secretariat makes it public, and then the public
// sees it on the trial page and downloads it. A file that is not what its name says is
// refused beside the field. Every page visited is checked with axe.
const { test, expect } = require('@playwright/test');
const { expectAccessible, login, useEnglish } = require('./helpers');

// A small PDF made here (never a third-party file).
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n'
  + '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n'
  + 'trailer << /Root 1 0 R >>\n%%EOF\n',
);
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

// The first trial the signed-in applicant may upload to, found through the trials list.
async function ownTrial(page) {
  await page.goto('/trials');
  const links = await page.locator('a[href^="/trials/"]').evaluateAll(
    (as) => [...new Set(as.map((a) => a.getAttribute('href')).filter((h) => /^\/trials\/\d+$/.test(h)))],
  );
  for (const href of links) {
    await page.goto(href);
    if (await page.locator('#document-upload').count()) return href;
  }
  throw new Error('the applicant has no trial to upload to');
}

test('an applicant uploads the adopted regulation; the public sees it once public', async ({ page, browser }) => {
  await login(page, 'ansoger.aarhus@frirum.example');
  await useEnglish(page);
  const trial = await ownTrial(page);
  await expectAccessible(page);
  const title = `Adopted statute ${Date.now()}`;

  // A PNG named as a PDF is refused, beside the file field, and nothing is kept.
  await page.locator('#document-file').setInputFiles({ name: 'statute.pdf', mimeType: 'application/pdf', buffer: PNG });
  await page.locator('#document-kind').selectOption('regulation');
  await page.locator('#document-title').fill(title);
  await page.locator('#document-upload button[type=submit]').click();
  await expect(page.locator('#document-file-error')).toBeVisible();
  await expect(page.locator('#document-file')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#document-title')).toHaveValue(title);
  await expectAccessible(page);

  // The PDF is accepted and listed as private.
  await page.locator('#document-file').setInputFiles({ name: 'statute.pdf', mimeType: 'application/pdf', buffer: PDF });
  await page.locator('#document-upload button[type=submit]').click();
  await expect(page).toHaveURL(new RegExp(`${trial}/documents/new\\?uploaded=\\d+$`));
  await expect(page.locator('#document-uploaded')).toContainText(title);
  const row = page.locator('#documents-table tr', { hasText: title });
  await expect(row).toContainText('Only the trial');
  await expect(row).toContainText('PDF');
  await expectAccessible(page);

  // The public does not see it yet.
  const visitorContext = await browser.newContext({ baseURL: page.url().replace(/\/trials.*$/, '') });
  const visitor = await visitorContext.newPage();
  await visitor.goto(trial);
  await expect(visitor.locator('#documents')).toBeVisible();
  await expect(visitor.locator('#documents', { hasText: title })).toHaveCount(0);
  const href = await row.locator('a').first().getAttribute('href');
  expect((await visitor.request.get(href, { maxRedirects: 0 })).status()).not.toBe(200);

  // The secretariat makes it public.
  await login(page, 'sekretariat@frirum.example');
  await useEnglish(page);
  await page.goto(trial);
  // One click is not enough: the box saying it becomes public for everyone must be ticked.
  const toPublish = page.locator('#documents-table tr', { hasText: title });
  await toPublish.getByLabel(/public for everyone/i).check();
  await toPublish.getByRole('button', { name: /make public/i }).click();
  await expect(page.locator('#documents-table tr', { hasText: title })).toContainText('Public');
  await expectAccessible(page);

  // Now the public sees it and downloads it as an attachment.
  await visitor.goto(trial);
  await expect(visitor.locator('#documents-table tr', { hasText: title })).toBeVisible();
  await expectAccessible(visitor);
  const download = await visitor.request.get(href);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('application/pdf');
  expect(download.headers()['content-disposition']).toMatch(/^attachment; filename="statute\.pdf"/);
  expect((await download.body()).subarray(0, 8).toString()).toBe('%PDF-1.4');
  await visitorContext.close();
});

test('the documents section works at phone width', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, 'ansoger.aarhus@frirum.example');
  const trial = await ownTrial(page);
  await page.goto(`${trial}/documents/new`);
  await expect(page.locator('label[for=document-file]')).toBeVisible();
  await expectAccessible(page);
});

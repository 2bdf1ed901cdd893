/**
 * The inquiry form with JavaScript off: a plain urlencoded post, the function's HTML
 * error page with the entered values shown back (escaped), then the 303 to the thanks
 * page and the stored lead as staff see it, on the English form; the Chinese form's
 * no-JS path is in tests/e2e/inquiry-zh.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { fillValidInquiry, leadsFor, PARK } from './inquiry.helpers';

test.use({ javaScriptEnabled: false });
// The staff CLI starts a process and a Blobs server per call; give it room on two busy cores.
test.describe.configure({ timeout: 120_000 });

const HOSTILE = `Acme "><img src=x onerror="document.title='owned'"> Ltd`;

test('errors come back with the entered values; the corrected form reaches the thanks page', async ({
  page,
}) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  // Without JavaScript the static form cannot read ?park=: the park list's "Add" links lead
  // to the form the picker function renders with the chosen parks ticked.
  await page.goto(`/en/inquire/chosen/?park=${PARK}`);
  await expect(page.locator('input[name="parks"]:checked')).toHaveCount(1);
  await expect(page.locator(`input[name="parks"][value="${PARK}"]`)).toBeChecked();
  await expect(page.locator('input[name="idempotencyKey"]')).toHaveValue('');

  await page.getByLabel('Company name').fill(HOSTILE);
  await page.getByLabel('Unified Social Credit Code').fill('12345');
  await page.getByLabel('Land needed (mu)').fill('eighty');
  await page.getByLabel('Your question').fill('</textarea><b>bold?</b>');
  const answer = page.waitForResponse('**/api/inquiry');
  await page.getByRole('button', { name: 'Send inquiry' }).click();
  const response = await answer;
  expect(response.status()).toBe(422);
  expect(response.headers()['content-type']).toContain('text/html');

  await expect(page).toHaveTitle(/^Error: Send an inquiry/);
  const summary = page.locator('#error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  for (const field of [
    'uscc',
    'contactName',
    'role',
    'email',
    'industry',
    'projectType',
    'landMu',
    'timeline',
    'consent',
  ]) {
    await expect(summary.locator(`a[href="#field-${field}"]`)).toHaveCount(1);
  }
  await expect(summary.locator('a[href="#field-company"]')).toHaveCount(0);
  await expect(page.locator('#field-uscc-error')).toContainText('18-character');
  await expect(page.locator('#field-landMu')).toHaveAttribute('aria-invalid', 'true');

  // Entered values are shown back as text, never as markup.
  await expect(page.getByLabel('Company name')).toHaveValue(HOSTILE);
  await expect(page.getByLabel('Land needed (mu)')).toHaveValue('eighty');
  await expect(page.getByLabel('Your question')).toHaveValue('</textarea><b>bold?</b>');
  await expect(page.locator(`input[name="parks"][value="${PARK}"]`)).toBeChecked();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('form b')).toHaveCount(0);
  expect(dialogs).toBe(0);

  const company = `E2E no-JS Components Co ${Date.now().toString(36)}`;
  await fillValidInquiry(page, company);
  const redirect = page.waitForResponse('**/api/inquiry');
  await page.getByRole('button', { name: 'Send inquiry' }).click();
  expect((await redirect).status()).toBe(303);
  await expect(page).toHaveURL(/\/en\/inquire\/thanks\/\?ref=ld_[0-9a-f]+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Inquiry sent' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What happens next' })).toBeVisible();
  // Without JavaScript the page cannot know the parks asked: it says where their times are.
  await expect(page.locator('#response-times-general')).toBeVisible();

  const leads = await leadsFor(company);
  expect(leads).toHaveLength(1);
  expect(leads[0]?.id).toBe(new URL(page.url()).searchParams.get('ref'));
  expect(leads[0]?.locale).toBe('en');
  expect(leads[0]?.qualification.reasons.length).toBeGreaterThan(0);
});

/**
 * The inquiry form in a real browser with JavaScript on: inline validation with the
 * shared schema, the JSON post, server errors, network failures with retry under the
 * same idempotency key, ?park= preselection, keyboard use, and the stored lead as staff
 * see it, on the English form (/en/inquire/). tests/e2e/inquiry-nojs.spec.ts covers the
 * same form with JavaScript off; tests/e2e/inquiry-zh.spec.ts the Chinese form.
 */
import { expect, test, type Request } from '@playwright/test';
import {
  fillValidInquiry,
  leadsFor,
  openForm,
  PARK,
  startedMinutesAgo,
  uniqueCompany,
} from './inquiry.helpers';
import { tierFor } from '../../src/domain/inquiry/qualify';

// Builds, other browsers and the staff CLI (a fresh process per call) share two cores.
test.describe.configure({ timeout: 120_000 });

test.describe('inquiry form with JavaScript', () => {
  test('empty submit focuses a linked error summary; a corrected inquiry reaches the thanks page and staff', async ({
    page,
  }) => {
    await openForm(page, `/en/inquire/?park=${PARK}`);
    // Untick the linked park: the form then has no park at all.
    await page.locator(`input[name="parks"][value="${PARK}"]`).uncheck();
    await page.getByRole('button', { name: 'Send inquiry' }).click();

    const summary = page.locator('#error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    const links = summary.getByRole('link');
    await expect(links.first()).toHaveAttribute('href', '#field-parks');
    await expect(summary.getByRole('link', { name: 'Enter the company name' })).toBeVisible();
    expect(await links.count()).toBeGreaterThanOrEqual(9);
    await expect(page).toHaveTitle(/^Error: /);
    // Messages sit next to their fields and are wired for assistive technology.
    await expect(page.locator('#field-company')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#field-company')).toHaveAttribute(
      'aria-describedby',
      /field-company-error/,
    );
    await expect(page.locator('#field-company-error')).toContainText('Enter the company name');

    await summary.getByRole('link', { name: 'Enter your work email address' }).click();
    await expect(page.locator('#field-email')).toBeFocused();

    // Fixing one field clears its message when the field is left.
    await page.locator('#field-email').fill('liang.wenjie@hengtai-auto.example.cn');
    await page.locator('#field-email').blur();
    await expect(page.locator('#field-email-error')).toHaveCount(0);
    await expect(page.locator('#field-email')).not.toHaveAttribute('aria-invalid', 'true');

    const company = uniqueCompany('js');
    await fillValidInquiry(page, company);
    await startedMinutesAgo(page);
    const posted = page.waitForRequest('**/api/inquiry');
    await page.getByRole('button', { name: 'Send inquiry' }).click();
    const request = await posted;
    expect(request.headers()['content-type']).toContain('application/json');
    expect(request.headers()['accept']).toContain('application/json');

    await expect(page).toHaveURL(/\/en\/inquire\/thanks\/\?ref=ld_[0-9a-f]+/);
    const ref = new URL(page.url()).searchParams.get('ref');
    await expect(page.locator('#inquiry-ref-value')).toHaveText(ref ?? 'missing');
    await expect(page.locator(`[data-response-park="${PARK}"]`)).toBeVisible();
    await expect(page.locator('[data-response-park]:not([hidden])')).toHaveCount(1);

    const leads = await leadsFor(company);
    expect(leads).toHaveLength(1);
    const [lead] = leads;
    expect(lead?.id).toBe(ref);
    expect(lead?.locale).toBe('en');
    // The stored tier is the one the stored score earns (not any tier with any score).
    expect(lead?.qualification.tier).toBe(tierFor(lead?.qualification.score ?? Number.NaN));
    expect(lead?.qualification.reasons.length).toBeGreaterThan(0);
    expect(lead?.qualification.reasons.every((reason) => reason.message.length > 0)).toBe(true);
  });

  test('?park= preselects the park, shows its response time, and a reload keeps the draft', async ({
    page,
  }) => {
    await openForm(page, `/en/inquire/?park=${PARK}`);
    await expect(page.locator(`input[name="parks"][value="${PARK}"]`)).toBeChecked();
    await expect(page.locator('input[name="parks"]:checked')).toHaveCount(1);
    await expect(page.locator('#inquiry-response-times')).toContainText(
      /answers within \d+ business hours/,
    );

    await page.getByLabel('Company name').fill('Draft Components Co');
    const key = await page.locator('input[name="idempotencyKey"]').inputValue();
    expect(key).toMatch(/^[A-Za-z0-9_-]{8,128}$/);
    await page.reload();
    await expect(page.getByLabel('Company name')).toHaveValue('Draft Components Co');
    await expect(page.locator('input[name="idempotencyKey"]')).toHaveValue(key);
  });

  test('field errors from the server appear next to their fields', async ({ page }) => {
    await openForm(page, `/en/inquire/?park=${PARK}`);
    await fillValidInquiry(page, uniqueCompany('server-422'));
    // A park the site does not list: well-formed for the browser, refused by the server.
    await page.locator(`input[name="parks"][value="${PARK}"]`).evaluate((box: HTMLInputElement) => {
      box.value = 'no-such-park';
    });
    const answer = page.waitForResponse('**/api/inquiry');
    await page.getByRole('button', { name: 'Send inquiry' }).click();
    expect((await answer).status()).toBe(422);
    await expect(page.locator('#error-summary')).toBeFocused();
    await expect(page.locator('#error-summary a[href="#field-parks"]')).toBeVisible();
    await expect(page.locator('[data-field="parks"] [data-error-slot]')).not.toBeEmpty();
    await expect(page.locator('fieldset').first()).toHaveAttribute(
      'aria-describedby',
      /field-parks-error/,
    );
    await expect(page.getByLabel('Company name')).toHaveValue(/E2E server-422/);
  });

  test('a lost answer keeps the data; retrying with the same key stores one lead', async ({
    page,
  }) => {
    await openForm(page, `/en/inquire/?park=${PARK}`);
    const company = uniqueCompany('retry');
    await fillValidInquiry(page, company);
    await startedMinutesAgo(page);

    const keys: string[] = [];
    page.on('request', (request: Request) => {
      if (request.url().endsWith('/api/inquiry'))
        keys.push((request.postDataJSON() as { idempotencyKey: string }).idempotencyKey);
    });
    let attempts = 0;
    await page.route('**/api/inquiry', async (route) => {
      attempts += 1;
      // The first attempt reaches the server (the lead is stored) but the answer is lost;
      // the automatic retries find the network down.
      if (attempts === 1) await route.fetch();
      await route.abort('internetdisconnected');
    });
    await page.getByRole('button', { name: 'Send inquiry' }).click();

    const alert = page.locator('#inquiry-status [role="alert"]');
    await expect(alert).toContainText('has not been sent yet', { timeout: 20_000 });
    expect(attempts).toBe(3);
    await expect(page.getByLabel('Company name')).toHaveValue(company);
    await expect(page.getByLabel('Your question')).toHaveValue(/400-tonne/);

    await page.unroute('**/api/inquiry');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page).toHaveURL(/\/inquire\/thanks\/\?ref=ld_/);
    expect(new Set(keys).size).toBe(1);
    expect(keys).toHaveLength(4);
    const leads = await leadsFor(company);
    expect(leads).toHaveLength(1);
    expect(leads[0]?.id).toBe(new URL(page.url()).searchParams.get('ref'));
  });

  test('a 503 is retried automatically after Retry-After', async ({ page }) => {
    await openForm(page, `/en/inquire/?park=${PARK}`);
    await fillValidInquiry(page, uniqueCompany('503'));
    await startedMinutesAgo(page);
    let attempts = 0;
    await page.route('**/api/inquiry', async (route) => {
      attempts += 1;
      if (attempts === 1) {
        await route.fulfill({
          status: 503,
          headers: { 'retry-after': '1', 'content-type': 'application/json' },
          body: '{"error":"Storage is busy"}',
        });
      } else await route.continue();
    });
    await page.getByRole('button', { name: 'Send inquiry' }).click();
    await expect(page).toHaveURL(/\/inquire\/thanks\/\?ref=ld_/, { timeout: 15_000 });
    expect(attempts).toBe(2);
  });

  test('keyboard alone: tab order follows the form, the honeypot is never reached, Enter submits', async ({
    page,
  }) => {
    await openForm(page, `/en/inquire/?park=${PARK}`);
    await page.locator('#field-parks').focus();
    const order: string[] = [];
    for (let step = 0; step < 80; step += 1) {
      const id = await page.evaluate(
        () => document.activeElement?.id || document.activeElement?.tagName || '',
      );
      order.push(id);
      if (id === 'BUTTON') break;
      await page.keyboard.press('Tab');
    }
    expect(order).not.toContain('field-website');
    const fieldOrder = [
      'field-parks',
      'field-company',
      'field-country',
      'field-uscc',
      'field-contactName',
      'field-email',
      'field-industry',
      'field-timeline',
      'field-needs',
      'field-processesNeeded',
      'field-message',
      'field-consent',
      'BUTTON',
    ];
    const positions = fieldOrder.map((id) => order.indexOf(id));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    await fillValidInquiry(page, uniqueCompany('keyboard'));
    await startedMinutesAgo(page);
    await page.locator(`input[name="parks"][value="${PARK}"]`).focus();
    await page.keyboard.press('Space');
    await expect(page.locator(`input[name="parks"][value="${PARK}"]`)).not.toBeChecked();
    await page.keyboard.press('Space');
    await page.getByLabel('Company name').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/inquire\/thanks\/\?ref=ld_/);
  });
});

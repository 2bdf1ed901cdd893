/**
 * The Chinese inquiry form (/inquire/), with JavaScript on and off: Chinese field errors,
 * the Chinese thanks page, and a stored lead with locale zh-CN even though the browser
 * asks for English (the form's locale field wins over Accept-Language). Also: switching
 * language keeps what was typed.
 */
import { expect, test } from '@playwright/test';
import { zhCN } from '../../src/forms/messages/zh-CN';
import * as inquiry from './inquiry.helpers';

const { PARK } = inquiry;

// The browser prefers English: the form's own language must still decide the answers.
test.use({ locale: 'en-US' });
// Two busy cores run the builds, the browsers and a staff CLI process per lead lookup.
test.describe.configure({ timeout: 120_000 });

const THANKS = /^[^?]*\/\/[^/]+\/inquire\/thanks\/\?ref=ld_[0-9a-f]+/;

test.describe('Chinese form with JavaScript', () => {
  test('empty submit gives Chinese errors; a corrected inquiry reaches the Chinese thanks page and a zh-CN lead', async ({
    page,
  }) => {
    await inquiry.openForm(page, `/inquire/?park=${PARK}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.getByRole('button', { name: zhCN.submit, exact: true }).click();
    const summary = page.locator('#error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading', { name: zhCN.summaryTitle })).toBeVisible();
    await expect(summary.getByRole('link', { name: zhCN.errors['company.missing'] })).toBeVisible();
    await expect(page.locator('#field-uscc-error')).toContainText(zhCN.errors['uscc.missing']);
    await expect(page).toHaveTitle(/^错误：/);

    const company = inquiry.uniqueCompany('zh-js');
    await inquiry.fillValidInquiry(page, company, zhCN);
    await page.locator('#field-landMu').fill('八十');
    await page.locator('#field-landMu').blur();
    await expect(page.locator('#field-landMu-error')).toContainText(
      zhCN.errors['landMu.notNumber'],
    );
    await page.locator('#field-landMu').fill('80');
    await inquiry.startedMinutesAgo(page);
    const posted = page.waitForRequest('**/api/inquiry');
    await page.getByRole('button', { name: zhCN.submit, exact: true }).click();
    expect((await posted).postDataJSON()).toMatchObject({ locale: 'zh-CN' });
    await expect(page).toHaveURL(THANKS);
    await expect(page.getByRole('heading', { level: 1, name: zhCN.thanks.heading })).toBeVisible();
    await expect(page.locator('#response-times-heading')).toHaveText(zhCN.thanks.askedHeading);

    const leads = await inquiry.leadsFor(company);
    expect(leads).toHaveLength(1);
    expect(leads[0]?.locale).toBe('zh-CN');
  });

  test('switching language keeps the answers, the park and the idempotency key', async ({
    page,
  }) => {
    await inquiry.openForm(page, `/en/inquire/?park=${PARK}`);
    await page.getByLabel('Company name').fill('Draft Components Co');
    await page.getByLabel('Land needed (mu)').fill('80');
    const key = await page.locator('input[name="idempotencyKey"]').inputValue();
    await page.locator('a[data-language-switch][hreflang="zh-CN"]').first().click();

    await expect(page).toHaveURL(/\/\/[^/]+\/inquire\//);
    await expect(page.getByLabel(zhCN.fields.company.label)).toHaveValue('Draft Components Co');
    await expect(page.getByLabel(zhCN.fields.landMu.label)).toHaveValue('80');
    await expect(page.locator(`input[name="parks"][value="${PARK}"]`)).toBeChecked();
    await expect(page.locator('input[name="idempotencyKey"]')).toHaveValue(key);
    // Each form keeps its own language for the answers.
    await expect(page.locator('input[name="locale"]')).toHaveValue('zh-CN');

    await page.locator('a[data-language-switch][hreflang="en"]').first().click();
    await expect(page.getByLabel('Company name')).toHaveValue('Draft Components Co');
    await expect(page.locator('input[name="locale"]')).toHaveValue('en');
  });
});

test.describe('Chinese form without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the error page is the Chinese form with Chinese messages; the corrected form reaches the Chinese thanks page', async ({
    page,
  }) => {
    await page.goto(`/inquire/chosen/?park=${PARK}`);
    await expect(page.locator(`input[name="parks"][value="${PARK}"]`)).toBeChecked();
    await page.getByLabel(zhCN.fields.uscc.label).fill('12345');
    const answer = page.waitForResponse('**/api/inquiry');
    await page.getByRole('button', { name: zhCN.submit, exact: true }).click();
    const response = await answer;
    expect(response.status()).toBe(422);

    await expect(page).toHaveTitle(/^错误：/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const summary = page.locator('#error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading', { name: zhCN.summaryTitle })).toBeVisible();
    await expect(page.locator('#field-uscc-error')).toContainText(
      '请输入18位统一社会信用代码，例如 91110000101623741K（您输入了 5 位）',
    );
    await expect(page.locator('#field-company-error')).toContainText(
      zhCN.errors['company.missing'],
    );
    await expect(page.locator('body')).not.toContainText('There is a problem');

    const company = inquiry.uniqueCompany('zh-nojs');
    await inquiry.fillValidInquiry(page, company, zhCN);
    const redirect = page.waitForResponse('**/api/inquiry');
    await page.getByRole('button', { name: zhCN.submit, exact: true }).click();
    expect((await redirect).status()).toBe(303);
    await expect(page).toHaveURL(THANKS);
    await expect(page.getByRole('heading', { level: 1, name: zhCN.thanks.heading })).toBeVisible();

    const leads = await inquiry.leadsFor(company);
    expect(leads).toHaveLength(1);
    expect(leads[0]?.locale).toBe('zh-CN');
  });
});

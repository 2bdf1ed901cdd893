/**
 * Accessibility of the inquiry pages in the states a sitemap sweep cannot reach: the
 * form after a failed submit (client-side and the server's no-JS error page), and the
 * thanks page with a reference, in Chinese (/inquire/) and English (/en/inquire/).
 * axe-core, WCAG 2.2 AA tags.
 */
import { expect, test } from '@playwright/test';
import { axeViolations } from './axe.helpers';
import { en } from '../../src/forms/messages/en';
import { zhCN } from '../../src/forms/messages/zh-CN';

// axe over a 60-control form takes seconds on a loaded 2-core machine.
test.describe.configure({ timeout: 120_000 });

const violations = axeViolations;

for (const [form, words] of [
  ['/inquire/', zhCN],
  ['/en/inquire/', en],
] as const) {
  test.describe(form, () => {
    test('the form, with JavaScript, before and after a failed submit', async ({ page }) => {
      await page.goto(`${form}?park=xiangjiang-auto-parts-zone`);
      expect(await violations(page)).toEqual([]);
      await page.getByRole('button', { name: words.submit, exact: true }).click();
      await expect(page.locator('#error-summary')).toBeFocused();
      await expect(page.locator('#error-summary')).toContainText(words.summaryTitle);
      expect(await violations(page)).toEqual([]);
    });

    test('the thanks page with a reference', async ({ page }) => {
      await page.goto(
        `${form}thanks/?ref=ld_0123456789abcdef0123&parks=xiangjiang-auto-parts-zone`,
      );
      await expect(page.locator('#inquiry-ref')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test('the park list and the form with chosen parks (picker function), also at 360 px', async ({
      page,
    }) => {
      const park = 'xiangjiang-auto-parts-zone';
      for (const path of [`${form}parks/?park=${park}`, `${form}chosen/?park=${park}`]) {
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('lang', words.locale);
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
        expect(await violations(page), path).toEqual([]);
        await page.setViewportSize({ width: 360, height: 800 });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${path} scrolls sideways at 360 px`).toBeLessThanOrEqual(0);
      }
    });

    test("the function's error page (the form posted without the script)", async ({ page }) => {
      // The page's script is blocked rather than JavaScript switched off, so axe can still run.
      await page.route('**/_astro/*.js', (route) => route.abort());
      await page.goto(form);
      await page.getByLabel(words.fields.company.label).fill('Acme Ltd');
      const answer = page.waitForResponse('**/api/inquiry');
      await page.getByRole('button', { name: words.submit, exact: true }).click();
      expect((await answer).status()).toBe(422);
      await expect(page).toHaveTitle(new RegExp(`^${words.errorPrefix}`));
      await expect(page.locator('#error-summary')).toContainText(words.summaryTitle);
      expect(await violations(page)).toEqual([]);
    });
  });
}

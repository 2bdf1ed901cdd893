/**
 * Site search (issue 11): the acceptance searches in both languages (电泳 and e-coating
 * find the Xiangjiang zone through Hengrui Precision Stamping, 5.0 km away), no results
 * with a way on, a shared ?q= link, keyboard use, axe with results shown, and the page
 * with JavaScript off. Needs `npm run build` (astro build and the Pagefind step).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.helpers';
import { parse } from 'yaml';

const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
const PARK = 'xiangjiang-auto-parts-zone';
const frontMatter = readFileSync(join(contentDir, 'parks', `${PARK}.md`), 'utf8').split(
  /^---$/m,
)[1];
const park = parse(frontMatter ?? '') as { name: { zh: string; en: string } };
const hengrui = parse(
  readFileSync(join(contentDir, 'suppliers', 'hengrui-precision-stamping.yaml'), 'utf8'),
) as { name: { zh: string; en: string }; park?: string };
const short = (name: string) => name.replace(/(有限公司|\s*Co\., Ltd\.)$/, '');

/** Fails the test on any script error or CSP violation the page reports. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy|falling back/i.test(message.text()))
      errors.push(message.text());
  });
  return errors;
}

/** Pagefind's first load (its module, WebAssembly, index) is slow on a busy machine. */
const FIRST = { timeout: 20_000 };

const result = (page: Page, name: string) =>
  page.locator('#search-list > li').filter({ has: page.getByRole('heading', { name }) });

test.describe.configure({ timeout: 90_000 });

test.describe('search with JavaScript', () => {
  test('电泳 finds the Xiangjiang zone through Hengrui Precision Stamping, 5.0 km away', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto('/search/');
    await page.getByLabel('搜索关键词').fill('电泳');
    const hit = result(page, park.name.zh);
    await expect(hit).toBeVisible(FIRST);
    // Why it matched: the supplier, the process and the distance the profile shows.
    const why = hit.getByRole('link', { name: new RegExp(short(hengrui.name.zh)) });
    await expect(why).toContainText('电泳');
    await expect(why).toContainText('5.0 公里');
    await expect(hit.getByRole('link', { name: /加入对比/ })).toHaveAttribute(
      'href',
      `/compare/?add=${PARK}`,
    );
    await expect(page.getByRole('status')).toContainText('“电泳”');
    expect(new URL(page.url()).searchParams.get('q')).toBe('电泳');
    await why.click();
    await expect(page).toHaveURL(new RegExp(`/parks/${PARK}/`));
    expect(errors).toEqual([]);
  });

  test('e-coating finds the Xiangjiang zone through Hengrui Precision Stamping, 5.0 km away', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto('/en/search/');
    await page.getByLabel('Search terms').fill('e-coating');
    const hit = result(page, park.name.en);
    await expect(hit).toBeVisible(FIRST);
    const why = hit.getByRole('link', { name: new RegExp(short(hengrui.name.en)) });
    await expect(why).toContainText('e-coating');
    await expect(why).toContainText('5.0 km');
    await expect(hit.getByRole('link', { name: /Add to compare/ })).toHaveAttribute(
      'href',
      `/en/compare/?add=${PARK}`,
    );
    // The process itself is a result too, leading to its page.
    await expect(
      page
        .locator('#search-list')
        .getByRole('link', { name: /e-coating/ })
        .first(),
    ).toHaveAttribute('href', '/en/processes/electrophoresis/');
    expect(errors).toEqual([]);
  });

  test('no results: says so with the query and offers the directory and the process finder', async ({
    page,
  }) => {
    await page.goto('/en/search/');
    await page.getByLabel('Search terms').fill('zqxv plutonium');
    const none = page.locator('#search-none');
    await expect(none).toBeVisible(FIRST);
    await expect(page.getByRole('status')).toHaveText('Nothing matches “zqxv plutonium”.');
    await expect(none.getByRole('link', { name: 'Find a process' })).toHaveAttribute(
      'href',
      '/en/processes/',
    );
    await expect(none.getByRole('link', { name: 'Parks' })).toHaveAttribute('href', '/en/parks/');
    await expect(page.locator('#search-list > li')).toHaveCount(0);
  });

  test('a shared ?q= link opens with the search done; clearing the box clears the URL', async ({
    page,
  }) => {
    await page.goto(`/search/?q=${encodeURIComponent(short(hengrui.name.zh))}`);
    await expect(page.getByLabel('搜索关键词')).toHaveValue(short(hengrui.name.zh));
    await expect(result(page, park.name.zh)).toBeVisible(FIRST);
    await page.getByLabel('搜索关键词').fill('');
    await expect(page.locator('#search-list > li')).toHaveCount(0);
    await expect.poll(() => new URL(page.url()).search).toBe('');
  });

  test('keyboard: type, Enter, then Down arrow to the first result', async ({ page }) => {
    await page.goto('/en/search/');
    // With JavaScript the start box is the empty state, not the "needs JavaScript" note.
    await expect(page.getByText('Type a park, city, process or company above')).toBeVisible();
    await expect(page.getByText('Search needs JavaScript')).toBeHidden();
    await page.getByLabel('Search terms').focus();
    await page.keyboard.type('Xiangtan');
    await page.keyboard.press('Enter');
    await expect(page.locator('#search-list > li').first()).toBeVisible(FIRST);
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#search-list > li').first().getByRole('link').first()).toBeFocused();
    expect(new URL(page.url()).searchParams.get('q')).toBe('Xiangtan');
  });

  test('five results at a time: “More results” adds the next ones and moves focus to the first of them', async ({
    page,
  }) => {
    await page.goto('/en/search/?q=park');
    const items = page.locator('#search-list > li');
    await expect(items).toHaveCount(5, FIRST);
    const more = page.getByRole('button', { name: 'More results' });
    await expect(more).toBeVisible();
    await more.click();
    await expect.poll(() => items.count()).toBeGreaterThan(5);
    await expect(items.nth(5).getByRole('link').first()).toBeFocused();
    // Every park shown says why it matched, the later ones too (their reasons files load).
    const parks = items.filter({ has: page.getByRole('link', { name: /Add to compare/ }) });
    expect(await parks.count()).toBeGreaterThan(3);
    for (const card of await parks.all())
      await expect(card.locator('ul > li').first()).toBeVisible();
  });

  test('contract for the park picker: a type=park search finds the park once, with slug and title', async ({
    page,
  }) => {
    for (const [path, name] of [
      ['/search/', park.name.zh],
      ['/en/search/', park.name.en],
    ] as const) {
      await page.goto(path);
      const found = await page.evaluate(async (term) => {
        const url = '/pagefind/pagefind.js';
        const pagefind = (await import(/* @vite-ignore */ url)) as {
          search: (
            q: string,
            o: object,
          ) => Promise<{
            results: { data: () => Promise<{ meta: Record<string, string>; filters: object }> }[];
          }>;
        };
        const { results } = await pagefind.search(term, { filters: { type: 'park' } });
        return Promise.all(results.map(async (r) => r.data()));
      }, name);
      expect(found.map((d) => [d.meta['slug'], d.meta['title'], d.filters])).toEqual([
        [PARK, name, { type: ['park'] }],
      ]);
    }
  });

  for (const [path, query] of [
    ['/search/?q=电泳', '电泳'],
    ['/en/search/?q=e-coating', 'e-coating'],
  ] as const) {
    test(`${path} with results has no WCAG 2.2 AA violations`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('#search-list > li').first()).toBeVisible(FIRST);
      await expect(page.getByRole('status')).toContainText(query);
      const report = await axeViolations(page);
      expect(report, report.join('\n')).toEqual([]);
    });
  }
});

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const [path, note, parks, processes] of [
    ['/search/', '搜索功能需要启用 JavaScript', '园区名录', '/processes/'],
    ['/en/search/', 'Search needs JavaScript', 'Parks', '/en/processes/'],
  ] as const) {
    test(`${path} says search needs JavaScript and links to the directory and process finder`, async ({
      page,
    }) => {
      await page.goto(`${path}?q=x`);
      const box = page.locator('#search-start');
      await expect(box).toContainText(note);
      await expect(box.getByRole('link', { name: parks, exact: true })).toBeVisible();
      await expect(box.locator(`a[href="${processes}"]`)).toBeVisible();
      await expect(page.locator('#search-list > li')).toHaveCount(0);
    });
  }
});

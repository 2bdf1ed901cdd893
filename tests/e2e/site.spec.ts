/**
 * The showcase as a visitor uses it, in Chinese (unprefixed) and English (/en/): real
 * clicks from the home page to a profile and a process page, the domain brief's hidden
 * stamping supplier shown with its distance, the language switch keeping the page, and
 * no horizontal scrolling at 360 px on any page type. Expectations are derived from
 * content/ and the dictionaries independently of src/ (own haversine), so a wrong join
 * or distance fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';

const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
type Dictionary = Record<string, string>;
const dictionary = (locale: string) =>
  JSON.parse(readFileSync(resolve('src/i18n', `${locale}.json`), 'utf8')) as Dictionary;
const en = dictionary('en');
const zh = dictionary('zh-CN');
/** A dictionary entry, failing loudly when the key is gone. */
const say = (dict: Dictionary, key: string) => {
  const value = dict[key];
  if (value === undefined) throw new Error(`no dictionary key ${key}`);
  return value;
};
const fileIds = (folder: string) =>
  readdirSync(join(contentDir, folder))
    .filter((f) => !f.endsWith('.en.md'))
    .map((f) => f.replace(/\.[^.]+$/, ''));

interface Localized {
  en: string;
  zh: string;
}
interface ParkFront {
  slug: string;
  name: Localized;
  coordinates: { lat: number; lon: number };
  targetChains: string[];
}
interface SupplierDoc {
  name: Localized;
  coordinates: { lat: number; lon: number };
  processes: string[];
}

function readPark(slug: string): ParkFront {
  const text = readFileSync(join(contentDir, 'parks', `${slug}.md`), 'utf8');
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  return parse(front) as ParkFront;
}

function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const h =
    Math.sin(rad(b.lat - a.lat) / 2) ** 2 +
    Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** What each language calls things, and where its pages live. */
const LANGS = [
  {
    lang: 'zh-CN',
    prefix: '',
    dict: zh,
    name: (l: Localized) => l.zh,
    km: '公里',
    stamping: '模具冲压',
    processHeading: /^\d+ 个园区 30 公里内有模具冲压配套$/,
  },
  {
    lang: 'en',
    prefix: '/en',
    dict: en,
    name: (l: Localized) => l.en,
    km: 'km',
    stamping: 'Mold stamping',
    processHeading: /^Mold stamping within 30 km of \d+ parks?$/,
  },
] as const;
/** A supplier's name without the legal suffix, as the reach table prints it. */
const short = (name: string) => name.replace(/[,\s]*(co\.?,?\s*ltd\.?|(股份)?有限公司)\s*$/i, '');

const parks = fileIds('parks').map(readPark);
const processIds = fileIds('taxonomy/processes');
// The domain brief's zone: auto parts plus lightweight new materials, in central China.
const autoParts = parks.find(
  (p) => p.targetChains.includes('auto-parts') && p.targetChains.includes('new-materials'),
);
const stampers = fileIds('suppliers')
  .map(
    (id) => parse(readFileSync(join(contentDir, 'suppliers', `${id}.yaml`), 'utf8')) as SupplierDoc,
  )
  .filter((s) => s.processes.includes('mold-stamping'))
  .map((s) => ({
    ...s,
    distanceKm: autoParts ? haversineKm(autoParts.coordinates, s.coordinates) : Infinity,
  }))
  .filter((s) => s.distanceKm <= 30)
  .sort((a, b) => a.distanceKm - b.distanceKm);

/** The auto-parts park, or a failure saying the content lacks it (never a silent skip). */
function autoPartsPark(): ParkFront {
  if (!autoParts)
    throw new Error('content/parks has no park targeting auto-parts and new-materials');
  return autoParts;
}

async function expectNoHorizontalScroll(page: Page, path: string) {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .filter((el) => !el.closest('[tabindex="0"][role="region"], .overflow-x-auto'))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
    return { scrollWidth: document.documentElement.scrollWidth, width, wide };
  });
  expect(
    overflow.scrollWidth,
    `${path} scrolls sideways; too wide: ${overflow.wide.join(', ')}`,
  ).toBeLessThanOrEqual(overflow.width);
}

test('content has the auto-parts park and a stamping supplier within 30 km', () => {
  expect(autoParts, 'a park targeting auto-parts and new-materials').toBeDefined();
  expect(stampers.length, 'mold-stamping suppliers within 30 km of it').toBeGreaterThan(0);
});

for (const L of LANGS) {
  test(`${L.lang}: home → directory → profile → process page by clicking`, async ({ page }) => {
    const park = autoPartsPark();
    const name = L.name(park.name);
    await page.goto(`${L.prefix}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', L.lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(L.dict, 'home.heading'));

    const mainNav = page.getByRole('navigation', { name: say(L.dict, 'nav.label') });
    const parksLink = mainNav.getByRole('link', { name: say(L.dict, 'nav.parks'), exact: true });
    await parksLink.click();
    await expect(page).toHaveURL(new RegExp(`${L.prefix}/parks/$`));
    await expect(parksLink).toHaveAttribute('aria-current', 'page');

    // The card (an article); the chain index above the cards links to profiles too.
    await page.getByRole('article').getByRole('link', { name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${L.prefix}/parks/${park.slug}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);

    await mainNav.getByRole('link', { name: say(L.dict, 'nav.processes'), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${L.prefix}/processes/$`));
    await page.getByRole('link', { name: L.stamping, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${L.prefix}/processes/mold-stamping/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(L.processHeading);

    // The park is listed, with its nearest stamping supplier and a link to ask the park.
    const section = page.getByRole('region', { name, exact: true });
    await expect(section).toBeVisible();
    await expect(section).toContainText(short(L.name(stampers[0]!.name)));
    await expect(
      section.getByRole('link', { name: say(L.dict, 'common.inquireTo').replace('{park}', name) }),
    ).toHaveAttribute('href', `${L.prefix}/inquire/?park=${park.slug}`);
    await section.getByRole('link', { name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${L.prefix}/parks/${park.slug}/$`));
  });

  test(`${L.lang}: the auto-parts profile shows its stamping supplier with the distance`, async ({
    page,
  }) => {
    const park = autoPartsPark();
    const nearest = stampers[0]!;
    await page.goto(`${L.prefix}/parks/${park.slug}/`);
    // Innermost rows (table rows or list items) that name the supplier and give a distance
    // (a row may hold a nested list of badges, but not another row with a distance).
    const distance = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*${L.km}`);
    const rows = page
      .locator('main li, main tr')
      .filter({ hasText: short(L.name(nearest.name)) })
      .filter({ hasText: distance })
      .filter({ hasNot: page.locator('li, tr').filter({ hasText: distance }) });
    await expect(rows.first()).toBeVisible();
    const distances = (await rows.allInnerTexts()).map((text) => Number(distance.exec(text)?.[1]));
    expect(distances.length).toBeGreaterThan(0);
    for (const km of distances) expect(Math.abs(km - nearest.distanceKm)).toBeLessThanOrEqual(0.6);
  });

  test(`${L.lang}: the mold-stamping page lists the supplier nearest first with its distance`, async ({
    page,
  }) => {
    const park = autoPartsPark();
    await page.goto(`${L.prefix}/processes/mold-stamping/`);
    const region = page.getByRole('region', { name: L.name(park.name), exact: true });
    const firstRow = region.getByRole('table').getByRole('row').nth(1);
    await expect(firstRow).toContainText(short(L.name(stampers[0]!.name)));
    await expect(firstRow).toContainText(new RegExp(`\\d+(\\.\\d)?\\s${L.km}`));
  });
}

test('switching language on a profile keeps the park, and on a process page the process', async ({
  page,
}) => {
  const park = autoPartsPark();
  await page.goto(`/parks/${park.slug}/`);
  await page.getByRole('link', { name: say(en, 'lang.name'), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/en/parks/${park.slug}/$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(park.name.en);
  await page.getByRole('link', { name: say(zh, 'lang.name'), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/parks/${park.slug}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(park.name.zh);

  await page.goto('/en/processes/mold-stamping/');
  await page.getByRole('link', { name: say(zh, 'lang.name'), exact: true }).click();
  await expect(page).toHaveURL(/[^n]\/processes\/mold-stamping\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('the Chinese home page offers English prominently, without redirecting', async ({ page }) => {
  const response = await page.goto('/', { waitUntil: 'domcontentloaded' });
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/$/);
  const invite = page.getByRole('link', { name: say(en, 'lang.invite') });
  await expect(invite).toBeVisible();
  await expect(invite).toHaveAttribute('href', '/en/');
});

test('the process index links to a page for every process, in both languages', async ({ page }) => {
  for (const prefix of ['', '/en']) {
    await page.goto(`${prefix}/processes/`);
    const ids = await page
      .locator(`main a[href^="${prefix}/processes/"]`)
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(new Set(ids)).toEqual(new Set(processIds.map((id) => `${prefix}/processes/${id}/`)));
  }
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  const paths = ['', '/en'].flatMap((prefix) =>
    [
      '/',
      '/parks/',
      ...parks.map((p) => `/parks/${p.slug}/`),
      '/processes/',
      ...processIds.map((id) => `/processes/${id}/`),
      '/inquire/',
      '/privacy/',
      '/no-such-page/',
    ].map((path) => `${prefix}${path}`),
  );
  test('no page type scrolls sideways', async ({ page }) => {
    // Every page in two languages: well over a hundred loads on a shared machine.
    test.setTimeout(240_000);
    for (const path of paths) {
      await page.goto(path);
      await expectNoHorizontalScroll(page, path);
    }
  });
});

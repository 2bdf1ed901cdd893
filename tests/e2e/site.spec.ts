/**
 * The showcase as a visitor uses it: real clicks from the home page to a profile and a
 * process page, the domain brief's hidden stamping supplier shown with its distance, and
 * no horizontal scrolling at 360 px on any page type. Expectations are derived from
 * content/ independently of src/ (own haversine), so a wrong join or distance fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';

const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
const fileIds = (folder: string) =>
  readdirSync(join(contentDir, folder)).map((f) => f.replace(/\.[^.]+$/, ''));

interface Localized {
  en: string;
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

test('home → directory → profile → process page by clicking', async ({ page }) => {
  const park = autoPartsPark();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const mainNav = page.getByRole('navigation', { name: 'Main' });
  await mainNav.getByRole('link', { name: 'Parks', exact: true }).click();
  await expect(page).toHaveURL(/\/parks\/$/);
  await expect(mainNav.getByRole('link', { name: 'Parks', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );

  // The card (an article); the chain index above the cards links to profiles too.
  await page.getByRole('article').getByRole('link', { name: park.name.en, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/parks/${park.slug}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(park.name.en);

  await mainNav.getByRole('link', { name: 'Find a process' }).click();
  await expect(page).toHaveURL(/\/processes\/$/);
  await page.getByRole('link', { name: 'Mold stamping', exact: true }).click();
  await expect(page).toHaveURL(/\/processes\/mold-stamping\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /^Mold stamping within 30 km of \d+ parks?$/,
  );

  // The park is listed, with its nearest stamping supplier and a link to ask the park.
  const section = page.getByRole('region', { name: park.name.en, exact: true });
  await expect(section).toBeVisible();
  await expect(section).toContainText(stampers[0]!.name.en);
  await expect(
    section.getByRole('link', { name: `Send an inquiry to ${park.name.en}` }),
  ).toHaveAttribute('href', `/inquire/?park=${park.slug}`);
  await section.getByRole('link', { name: park.name.en, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/parks/${park.slug}/$`));
});

test('the auto-parts profile shows its stamping supplier with the distance in km', async ({
  page,
}) => {
  const park = autoPartsPark();
  const nearest = stampers[0]!;
  await page.goto(`/parks/${park.slug}/`);
  // Innermost rows (table rows or list items) that name the supplier and give a distance
  // (a row may hold a nested list of badges, but not another row with a distance).
  const rows = page
    .locator('main li, main tr')
    .filter({ hasText: nearest.name.en })
    .filter({ hasText: /\d+(\.\d+)?\s*km/ })
    .filter({ hasNot: page.locator('li, tr').filter({ hasText: /\d\s*km/ }) });
  await expect(rows.first()).toBeVisible();
  const distances = (await rows.allInnerTexts()).map((text) =>
    Number(/(\d+(?:\.\d+)?)\s*km/.exec(text)?.[1]),
  );
  for (const km of distances) expect(Math.abs(km - nearest.distanceKm)).toBeLessThanOrEqual(0.6);
});

test('the mold-stamping page lists the supplier nearest first with its distance', async ({
  page,
}) => {
  const park = autoPartsPark();
  await page.goto('/processes/mold-stamping/');
  const table = page.getByRole('region', { name: park.name.en, exact: true }).getByRole('table');
  const firstRow = table.getByRole('row').nth(1);
  await expect(firstRow).toContainText(stampers[0]!.name.en);
  await expect(firstRow).toContainText(/\d+(\.\d)? km/);
});

test('the process index links to a page for every process in the taxonomy', async ({ page }) => {
  await page.goto('/processes/');
  const ids = await page
    .locator('main a[href^="/processes/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(new Set(ids)).toEqual(new Set(processIds.map((id) => `/processes/${id}/`)));
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  const paths = [
    '/',
    '/parks/',
    ...parks.map((p) => `/parks/${p.slug}/`),
    '/processes/',
    ...processIds.map((id) => `/processes/${id}/`),
    '/inquire/',
    '/privacy/',
    '/no-such-page/',
  ];
  test('no page type scrolls sideways', async ({ page }) => {
    for (const path of paths) {
      await page.goto(path);
      await expectNoHorizontalScroll(page, path);
    }
  });
});

/**
 * Compare and estimate (issue 11, items 3 and 4) in a browser: the acceptance comparison
 * of the Xiangjiang zone and the Lingxi park in both languages (same rows, the hand-computed
 * costs of the example project), the estimate page showing the same figures, the stacked
 * 360 px layout, `?add=` from cards, the shareable URL, the limits and unknown slugs, the
 * form's error summary, JavaScript off, and axe on both pages with parks loaded.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.helpers';

const XJ = 'xiangjiang-auto-parts-zone';
const LX = 'lingxi-county-industrial-park';
const PAIR = `${XJ},${LX}`;

/*
 * The acceptance project: 50 mu bought, investment 20,000 (10k CNY), 2,000 kW for 16 h on
 * 300 days (9,600,000 kWh), 100 m³ of water a day, 160 operators, 30 technicians, 10 engineers.
 * Social insurance and housing fund: 30% of gross wages.
 *
 * Xiangjiang: land 50 × 18 × 10,000 = 9,000,000; power 9,600,000 × 0.63 = 6,048,000;
 *   water 30,000 × 2.9 = 87,000; wages 160 × 5,200 × 12 + 30 × 7,400 × 12 + 10 × 11,500 × 12
 *   = 14,028,000; social 4,208,400 → annual 24,371,400; year one 33,371,400.
 * Lingxi: land 50 × 10 × 10,000 = 5,000,000; power 9,600,000 × 0.62 = 5,952,000;
 *   water 30,000 × 2.2 = 66,000; wages 160 × 3,900 × 12 + 30 × 5,200 × 12 + 10 × 8,000 × 12
 *   = 10,320,000; social 3,096,000 → annual 19,434,000; year one 24,434,000.
 */
const PROJECT =
  'site=land&landMu=50&investmentCny10k=20000&powerKw=2000&hoursPerDay=16&daysPerYear=300&waterM3PerDay=100&operators=160&technicians=30&engineers=10';
const EXPECTED = {
  en: {
    [XJ]: { yearOne: 'CNY 33,371,400', annual: 'CNY 24,371,400' },
    [LX]: { yearOne: 'CNY 24,434,000', annual: 'CNY 19,434,000' },
  },
  // 33,371,400 CNY = 3,337.14 万元; 24,371,400 = 2,437.14 万元; 24,434,000 = 2,443.4 万元; 19,434,000 = 1,943.4 万元
  zh: {
    [XJ]: { yearOne: '3,337.14 万元', annual: '2,437.14 万元' },
    [LX]: { yearOne: '2,443.4 万元', annual: '1,943.4 万元' },
  },
} as const;
// Two busy cores run several suites at once; a page load can take seconds.
test.describe.configure({ timeout: 90_000 });

const LANGS = [
  { lang: 'zh', prefix: '' },
  { lang: 'en', prefix: '/en' },
] as const;

/** Text with no-break spaces made plain. */
const plain = (text: string | null) => (text ?? '').replace(/\u00a0/g, ' ').trim();

async function rowsByGroup(page: Page) {
  return page.locator('section[data-group]').evaluateAll((groups) =>
    groups.map((g) => ({
      group: g.getAttribute('data-group'),
      rows: [...g.querySelectorAll('tbody tr')].map((tr) => ({
        id: tr.getAttribute('data-row'),
        cells: tr.querySelectorAll('td').length,
      })),
    })),
  );
}

for (const { lang, prefix } of LANGS) {
  test(`${lang}: the Xiangjiang zone and the Lingxi park compare with the same rows and the hand-computed costs`, async ({
    page,
  }) => {
    await page.goto(`${prefix}/compare/?parks=${PAIR}`);
    await expect(page.locator('#compare-heading')).toBeVisible();
    const groups = await rowsByGroup(page);
    expect(groups.map((g) => g.group)).toEqual([
      'key',
      'suppliers',
      'talent',
      'costs',
      'approvals',
      'track',
    ]);
    for (const g of groups) {
      expect(g.rows.length, `${g.group} has rows`).toBeGreaterThan(0);
      for (const r of g.rows) expect(r.cells, `${g.group} › ${r.id}`).toBe(2);
    }
    // Column headers name both parks, in the order of the link.
    const heads = await page.locator('section[data-group="key"] thead th').allTextContents();
    expect(heads).toHaveLength(3);
    const costs = page.locator('section[data-group="costs"]');
    for (const [i, slug] of ([XJ, LX] as const).entries()) {
      const want = EXPECTED[lang][slug];
      const cell = (row: string) => costs.locator(`tr[data-row="${row}"] td`).nth(i);
      expect(plain(await cell('yearOne').locator('[data-total]').textContent())).toBe(want.yearOne);
      expect(plain(await cell('annual').locator('[data-total]').textContent())).toBe(want.annual);
    }
    // A missing value says so instead of leaving a blank: Lingxi publishes no output minimum.
    const output = page.locator('section[data-group="key"] tr[data-row="output"] td').nth(1);
    await expect(output).toContainText(lang === 'en' ? 'Not published' : '未公布');
    // Lingxi's wages date from March 2024: the costs row says they are stale.
    await expect(costs.locator('tr[data-row="costNotes"] td').nth(1)).toContainText(
      lang === 'en' ? 'stale' : '已过期',
    );
    // The same figures with the project spelled out in the URL.
    await page.goto(`${prefix}/compare/?parks=${PAIR}&${PROJECT}`);
    const first = page.locator('section[data-group="costs"] tr[data-row="yearOne"] td').first();
    await expect(first.locator('[data-total]')).toHaveText(
      EXPECTED[lang][XJ].yearOne.replace(' ', '\u00a0'),
    );
  });

  test(`${lang}: the estimate page shows the same figures per park, with sources and the admission check`, async ({
    page,
  }) => {
    await page.goto(`${prefix}/estimate/?parks=${PAIR}&${PROJECT}`);
    await expect(page.locator('#estimate-not-offer')).toBeVisible();
    for (const slug of [XJ, LX] as const) {
      const park = page.locator(`section[data-park="${slug}"]`);
      await expect(park).toBeVisible();
      expect(plain(await park.locator('[data-total="yearOne"]').textContent())).toBe(
        EXPECTED[lang][slug].yearOne,
      );
      expect(plain(await park.locator('[data-total="annual"]').textContent())).toBe(
        EXPECTED[lang][slug].annual,
      );
      await expect(park.locator('tr[data-line]')).toHaveCount(7);
      await expect(park.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'admissible');
    }
    // Lingxi's wage lines carry the stale warning; Xiangjiang's do not.
    await expect(page.locator(`section[data-park="${LX}"]`)).toContainText(
      lang === 'en' ? 'more than 18 months old' : '超过 18 个月',
    );
    await expect(page.locator(`section[data-park="${XJ}"] p.bg-warn-50`)).toHaveCount(0);
  });
}

test('each page fetches only the prices of the parks it shows, never every park', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/data/costs')) fetched.push(pathname);
  });
  await page.goto(`/compare/?parks=${PAIR}`);
  await expect(page.locator('#compare-heading')).toBeVisible();
  expect(fetched.sort()).toEqual([`/data/costs/${LX}.json`, `/data/costs/${XJ}.json`]);

  fetched.length = 0;
  await page.goto(`/en/estimate/?parks=${XJ}`);
  await expect(page.locator(`section[data-park="${XJ}"]`)).toBeVisible();
  expect(fetched).toEqual([`/data/costs/${XJ}.json`]);

  // No park chosen on a small site: every park, priced at build time, so nothing is fetched.
  await page.evaluate(() => localStorage.removeItem('park-compare'));
  fetched.length = 0;
  await page.goto('/en/estimate/');
  const all = JSON.parse(
    (await page.locator('#estimate-results').getAttribute('data-all-parks')) ?? 'null',
  ) as string[];
  await expect(page.locator('#estimate-results section[data-park]')).toHaveCount(all.length);
  await expect(page.locator('#estimate-scope')).toHaveText(`Showing all ${all.length} parks.`);
  await expect(page.locator('body')).toContainText(
    `With no park chosen it prices all ${all.length} parks`,
  );
  expect(fetched).toEqual([]);

  // Submitting another project prices every park in the browser, each from its own file,
  // none from costs.json.
  await page.getByLabel('Operators').fill('100');
  await page.getByRole('button', { name: 'Estimate the costs' }).click();
  await expect(page).toHaveURL(/operators=100/);
  await expect(page.locator('#estimate-results')).not.toHaveAttribute('data-prerendered');
  await expect(page.locator('#estimate-results section[data-park]')).toHaveCount(all.length);
  expect(fetched.sort()).toEqual(all.map((slug) => `/data/costs/${slug}.json`).sort());
});

test('the estimate built into the page is the one the script computes for the example project', async ({
  page,
}) => {
  for (const prefix of ['', '/en']) {
    await page.goto(`${prefix}/estimate/`);
    const results = page.locator('#estimate-results');
    await expect(results).toHaveAttribute('data-prerendered', '');
    const built = await results.innerHTML();
    expect(built).toContain(`data-park="${XJ}"`);
    // The example project spelled out in the URL is priced in the browser, which replaces
    // the built results and drops the mark.
    await page.goto(`${prefix}/estimate/?${PROJECT}`);
    await expect(results).not.toHaveAttribute('data-prerendered');
    expect(await results.innerHTML()).toBe(built);
  }
});

test('past the limit, the estimate with no park chosen asks to choose parks and fetches none', async ({
  page,
}) => {
  // A site with more parks than MAX_ESTIMATED_PARKS builds the page without its slug list
  // and without priced results; the sample site is small, so take the list and the
  // results' mark out of the served page (the script then renders what it shows).
  await page.route('**/en/estimate/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text())
      .replace(/ data-all-parks="[^"]*"/, '')
      .replace(/ data-prerendered(="")?/, '');
    await route.fulfill({ response, body: html });
  });
  const fetched: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/data/costs')) fetched.push(pathname);
  });
  await page.goto('/en/estimate/');
  const choose = page.locator('#estimate-choose');
  await expect(choose).toBeVisible();
  await expect(choose.getByRole('heading', { name: 'Choose the parks to price' })).toBeVisible();
  await expect(choose.getByRole('link', { name: 'Choose parks in the directory' })).toHaveAttribute(
    'href',
    '/en/parks/',
  );
  await expect(choose.getByRole('link', { name: 'Open your comparison' })).toHaveAttribute(
    'href',
    '/en/compare/',
  );
  await expect(page.locator('#estimate-results section[data-park]')).toHaveCount(0);
  expect(fetched).toEqual([]);

  // A chosen park is priced as before, and the prompt goes away.
  await page.goto(`/en/estimate/?parks=${XJ}`);
  await expect(page.locator(`section[data-park="${XJ}"]`)).toBeVisible();
  await expect(page.locator('#estimate-choose')).toBeHidden();
  expect(fetched).toEqual([`/data/costs/${XJ}.json`]);
});

test('a missing price is named, never invented: Qinling publishes no factory sale price', async ({
  page,
}) => {
  await page.goto(
    '/en/estimate/?parks=qinling-medical-devices-park&site=factory-buy&floorM2=5000&powerKw=500',
  );
  const park = page.locator('section[data-park="qinling-medical-devices-park"]');
  await expect(park.locator('tr[data-line="factory-buy"]')).toContainText(
    'Not published: left out of the totals',
  );
  await expect(park).toContainText('The totals leave out what the park does not publish');
  // Power only: 500 kW × 16 h × 300 days = 2,400,000 kWh × 0.61 = 1,464,000
  await expect(park.locator('[data-total="yearOne"]')).toHaveText('CNY\u00a01,464,000');
});

test('a 360 px phone gets one fact after another, without horizontal scrolling', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of [`/compare/?parks=${PAIR}`, `/en/estimate/?parks=${PAIR}`]) {
    await page.goto(path);
    await expect(page.locator('#compare-heading, #estimate-results section').first()).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, path).toBeLessThanOrEqual(360);
  }
  await page.goto(`/compare/?parks=${PAIR}`);
  const cell = page.locator('section[data-group="key"] tbody td').first();
  expect(await cell.evaluate((td) => getComputedStyle(td).display)).toBe('block');
  await expect(cell.locator('.cmp-park')).toBeVisible();
  await expect(page.locator('section[data-group="key"] thead')).not.toBeInViewport();
  // Wide screens keep the table, with the park names as column headers.
  await page.setViewportSize({ width: 1280, height: 800 });
  expect(await cell.evaluate((td) => getComputedStyle(td).display)).toBe('table-cell');
  await expect(cell.locator('.cmp-park')).toBeHidden();
});

test('parks are added with ?add= from cards, kept across visits, limited to four', async ({
  page,
}) => {
  await page.goto('/en/parks/');
  const addLink = page.locator(`a[href="/en/compare/?add=${XJ}"]`);
  await expect(addLink).toHaveCount(1);
  await addLink.click();
  await expect(page).toHaveURL(new RegExp(`/en/compare/\\?parks=${XJ}$`));
  await expect(page.locator('#compare-root')).toContainText('Add a second park');

  await page.goto(`/en/parks/${LX}/`);
  await page.locator(`a[href="/en/compare/?add=${LX}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/en/compare/\\?parks=${PAIR}$`));
  expect(await page.evaluate(() => localStorage.getItem('park-compare'))).toBe(
    JSON.stringify([XJ, LX]),
  );

  for (const [i, slug] of ['taige-electronics-park', 'minjiang-new-energy-park'].entries()) {
    await page.goto(`/en/compare/?add=${slug}`);
    await expect(page.locator('#compare-heading')).toHaveText(`${i + 3} parks side by side`);
  }
  await expect(page.locator('#compare-heading')).toHaveText('4 parks side by side');
  await page.goto('/en/compare/?add=qinling-medical-devices-park');
  await expect(page.locator('#compare-status')).toContainText('at most 4 parks');
  await expect(page.locator('#compare-status')).toContainText('Qinling');
  await expect(page.locator('#compare-heading')).toHaveText('4 parks side by side');

  await page.goto('/en/compare/?add=no-such-park');
  await expect(page.locator('#compare-status')).toContainText('“no-such-park”');

  // Removing a park updates the list, the stored list and the URL.
  await page.getByRole('button', { name: /^Remove Taige/ }).click();
  await expect(page.locator('#compare-heading')).toHaveText('3 parks side by side');
  expect(page.url()).not.toContain('taige');
});

test('the URL shares the comparison: a fresh browser opens the same parks and project', async ({
  page,
  browser,
}) => {
  await page.goto(`/compare/?parks=${PAIR}&${PROJECT.replace('landMu=50', 'landMu=40')}`);
  await expect(page.locator('#compare-heading')).toBeVisible();
  const shared = page.url();
  expect(shared).toContain(`parks=${PAIR}`);
  expect(shared).toContain('landMu=40');
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(shared);
  await expect(fresh.locator('#compare-heading')).toHaveText('2 个园区并列对比');
  // 40 mu at Xiangjiang: 9,000,000 − 10 × 180,000 = 7,200,000 land → 31,571,400 = 3,157.14 万元
  await expect(
    fresh.locator('section[data-group="costs"] tr[data-row="yearOne"] td').first(),
  ).toContainText('3,157.14');
  await other.close();
});

test('the estimate form answers bad input with an error summary and keeps its state in the URL', async ({
  page,
}) => {
  await page.goto(`/en/estimate/?parks=${PAIR}`);
  await page.getByLabel('Land to buy (mu)').fill('fifty');
  await page.getByLabel('Operators').fill('2.5');
  await page.getByRole('button', { name: 'Estimate the costs' }).click();
  const summary = page.locator('#estimate-errors');
  await expect(summary.getByRole('alert')).toContainText('There is a problem');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: /land to buy as a number/ })).toHaveAttribute(
    'href',
    '#estimate-landMu',
  );
  await expect(page.getByLabel('Land to buy (mu)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#estimate-operators-error')).toHaveText(
    'Enter the number of operators as a whole number',
  );

  await page.getByLabel('Land to buy (mu)').fill('40');
  await page.getByLabel('Operators').fill('160');
  await page.getByRole('button', { name: 'Estimate the costs' }).click();
  await expect(summary).toBeEmpty();
  await expect(page).toHaveURL(/landMu=40/);
  await expect(page).toHaveURL(new RegExp(`parks=${PAIR}`));
  await expect(page.locator(`section[data-park="${XJ}"] [data-total="yearOne"]`)).toHaveText(
    'CNY\u00a031,571,400',
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of [
    '/compare/',
    '/en/compare/?add=lingxi-county-industrial-park',
    '/estimate/',
  ]) {
    test(`${path} explains itself and links to the directory`, async ({ page }) => {
      await page.goto(path);
      const directory = path.startsWith('/en/') ? '/en/parks/' : '/parks/';
      await expect(page.locator(`main a[href="${directory}"]`).first()).toBeVisible();
      await expect(page.locator('#compare-empty, #estimate-results-heading')).toBeHidden();
      // Playwright's text matching skips <noscript>, so find the explanation by its words.
      await expect(page.getByText(/needs JavaScript|需要启用 JavaScript/)).toBeVisible();
    });
  }
});

test.describe('axe with parks loaded', () => {
  test.describe.configure({ timeout: 90_000 });
  for (const { lang, prefix } of LANGS)
    for (const path of [`/compare/?parks=${PAIR}`, `/estimate/?parks=${PAIR}`])
      test(`${lang} ${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
        await page.goto(`${prefix}${path}`);
        await expect(page.locator('[data-total="yearOne"]').first()).toBeVisible();
        const report = await axeViolations(page);
        expect(report, report.join('\n')).toEqual([]);
      });
});

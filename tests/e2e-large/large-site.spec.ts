/**
 * The large synthetic site (issue 13; `npm run test:e2e:large`, playwright.large.config.ts):
 * 1,000 parks in both languages, served from bench/results/site-large/dist. A visitor reaches
 * a profile from the directory in each language, follows its inquiry link to the form, and
 * an inquiry for that park is accepted by the function reading the facts built at this scale,
 * and a search loads at most 100 KB of Pagefind's index (issue 13).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  SEARCH_INDEX_BUDGET_BYTES,
  describeSearchCost,
  measureSearchQuery,
} from '../../scripts/bench/lib/search-query';

const siteDir = process.env.LARGE_SITE_DIR ?? 'bench/results/site-large';
const site = JSON.parse(readFileSync(join(siteDir, 'site.json'), 'utf8')) as {
  parks: number;
  sampleSlug: string;
};

for (const prefix of ['', '/en'] as const) {
  test(`a profile at N = ${site.parks} leads to the inquiry form (${prefix || 'zh'})`, async ({
    page,
  }) => {
    await page.goto(`${prefix}/parks/`);
    await expect(page.locator('h1')).toHaveCount(1);
    const profile = `${prefix}/parks/${site.sampleSlug}/`;
    const res = await page.goto(profile);
    expect(res?.status()).toBe(200);
    // The profile's own inquiry link names its park (the form preselects it).
    const inquire = page
      .locator(`main a[href*="${prefix}/inquire/?park=${site.sampleSlug}"]:visible`)
      .first();
    await expect(inquire).toBeVisible();
    await inquire.click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/inquire/\\?park=${site.sampleSlug}`));
    await expect(page.locator('form[action="/api/inquiry"]')).toHaveCount(1);
  });
}

test(`the function accepts an inquiry for a park at N = ${site.parks}`, async ({ request }) => {
  const res = await request.post('/api/inquiry', {
    data: {
      parks: [site.sampleSlug],
      company: `Scale Test Precision Parts Co ${Date.now().toString(36)}`,
      uscc: '91110000101623741K',
      country: 'CN',
      contactName: 'Zhou Min',
      role: 'Plant Manager',
      email: 'zhou.min@scale-test.example.cn',
      phone: '+86 731 5555 0142',
      industry: 'auto-parts',
      projectType: 'expansion',
      products: 'Machined aluminium housings',
      investmentCny: 120_000_000,
      landMu: 30,
      powerKw: 1200,
      jobs: 90,
      timeline: '6-12m',
      needs: ['suppliers'],
      processesNeeded: [],
      message: 'We would like to compare land prices and supplier distances for a second plant.',
      consent: true,
      idempotencyKey: `e2e-large-${Date.now()}`,
      locale: 'en',
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  const unknown = await request.post('/api/inquiry', {
    data: { parks: ['no-such-park-0000'], consent: true, locale: 'en' },
  });
  expect(unknown.status()).toBe(422);
  expect(Object.keys(((await unknown.json()) as { errors: object }).errors)).toContain('parks');
});

for (const [prefix, query] of [
  ['', '电泳'],
  ['/en', 'e-coating'],
] as const) {
  test(`a search for ${query} at N = ${site.parks} loads at most 100 KB of index (${prefix || 'zh'})`, async ({
    page,
    baseURL,
  }) => {
    const cost = await measureSearchQuery(page, baseURL ?? '', prefix, query);
    console.info(`search "${query}" at N = ${site.parks}: ${describeSearchCost(cost)}`);
    expect(cost.indexFiles, 'the query fetched index files').toBeGreaterThan(0);
    expect(
      cost.indexBytes,
      cost.files.map((f) => `${f.path} ${f.bytes}`).join('\n'),
    ).toBeLessThanOrEqual(SEARCH_INDEX_BUDGET_BYTES);
  });
}

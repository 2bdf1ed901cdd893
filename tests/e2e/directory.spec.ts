/**
 * The directory's filters as a visitor uses them, in Chinese and English: category pages
 * (chain, province) with JavaScript off, the number filters on the filter page with it on
 * (the issue's acceptance case), sharing and restoring a filtered URL, back/forward, the
 * empty state, axe on the new pages and 360 px. Expected parks are computed here from
 * content/parks/*.md (YAML front matter read by this test), not from src/.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.helpers';
import { parse } from 'yaml';

const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
const distDir = resolve(process.env.DIST_DIR ?? 'dist');

interface ParkFront {
  slug: string;
  name: { en: string; zh: string };
  province: { en: string; zh: string };
  targetChains: string[];
  land: { availableMu: number };
  approvals: { steps: { workingDays: number }[] };
}

const parks: ParkFront[] = readdirSync(join(contentDir, 'parks'))
  .filter((f) => f.endsWith('.md') && !f.endsWith('.en.md'))
  .map((f) => {
    const text = readFileSync(join(contentDir, 'parks', f), 'utf8');
    return parse(text.split(/^---$/m)[1] ?? '') as ParkFront;
  });
const approvalDays = (p: ParkFront) => p.approvals.steps.reduce((sum, s) => sum + s.workingDays, 0);
const slugs = (list: ParkFront[]) => list.map((p) => p.slug).sort();

/** The acceptance case: land ≥ 1,000 mu and approval ≤ 40 working days. */
const fitting = slugs(parks.filter((p) => p.land.availableMu >= 1000 && approvalDays(p) <= 40));

const LANGS = [
  { prefix: '', lang: 'zh-CN' as const },
  { prefix: '/en', lang: 'en' as const },
];

/** Slugs of the parks a page links to as cards or results (profile links only). */
async function listedSlugs(page: Page, list: string): Promise<string[]> {
  const hrefs = await page
    .locator(`${list} h3 a`)
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.replace(/^(\/en)?\/parks\//, '').replace(/\/$/, '')).sort();
}

async function expectNoAxeViolations(page: Page, what: string) {
  const report = await axeViolations(page);
  expect(report, `${what}\n${report.join('\n')}`).toEqual([]);
}

test.describe.configure({ timeout: 90_000 });

test('the sample content gives the acceptance case a non-trivial answer', () => {
  expect(parks.length).toBeGreaterThan(2);
  expect(fitting.length).toBeGreaterThan(0);
  expect(fitting.length).toBeLessThan(parks.length);
});

test('the sitemap lists the filter page and every category page in both languages', () => {
  const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const chains = [...new Set(parks.flatMap((p) => p.targetChains))];
  for (const { prefix } of LANGS) {
    expect(paths).toContain(`${prefix}/parks/filter/`);
    for (const chain of chains) expect(paths).toContain(`${prefix}/parks/chain/${chain}/`);
    expect(paths).toContain(`${prefix}/parks/province/hunan/`);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const { prefix, lang } of LANGS) {
    test(`${lang}: the directory leads to chain and province pages that list the right parks`, async ({
      page,
    }) => {
      await page.goto(`${prefix}/parks/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      expect(await listedSlugs(page, '#main')).toEqual(slugs(parks));

      const chain = 'auto-parts';
      await page.locator(`#main a[href="${prefix}/parks/chain/${chain}/"]`).first().click();
      await expect(page).toHaveURL(`${prefix}/parks/chain/${chain}/`);
      expect(await listedSlugs(page, '#main')).toEqual(
        slugs(parks.filter((p) => p.targetChains.includes(chain))),
      );
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
        'href',
        new RegExp(`${prefix}/parks/chain/${chain}/$`),
      );

      await page.goto(`${prefix}/parks/`);
      await page.locator(`#main a[href="${prefix}/parks/province/hunan/"]`).click();
      await expect(page.locator('h1')).toContainText(lang === 'en' ? 'Hunan' : '湖南');
      expect(await listedSlugs(page, '#main')).toEqual(
        slugs(parks.filter((p) => p.province.en === 'Hunan')),
      );
    });

    test(`${lang}: the filter page says the number filters need JavaScript and links the categories`, async ({
      page,
    }) => {
      await page.goto(`${prefix}/parks/?x=1`);
      await page.locator('#directory-land').fill('1000');
      await page.locator('#directory-approval').fill('40');
      await page.locator('form[action$="/parks/filter/"] button[type="submit"]').click();
      // A plain GET form sends every field, the empty ones too.
      await expect(page).toHaveURL(
        new RegExp(`${prefix}/parks/filter/\\?land=1000&intensity=&power=&approval=40$`),
      );
      const note = page.locator('[data-filter-nojs]');
      await expect(note).toBeVisible();
      await expect(note.locator(`a[href="${prefix}/parks/chain/auto-parts/"]`)).toBeVisible();
      await expect(page.locator('#filter-list li')).toHaveCount(0);
    });
  }
});

test.describe('with JavaScript', () => {
  for (const { prefix, lang } of LANGS) {
    test(`${lang}: land ≥ 1,000 mu and approval ≤ 40 working days lists exactly the parks whose facts say so`, async ({
      page,
    }) => {
      await page.goto(`${prefix}/parks/filter/`);
      await expect(page.locator('#filter-list li')).toHaveCount(parks.length);
      await expect(page.locator('[data-filter-nojs]')).toBeHidden();

      await page
        .getByLabel(lang === 'en' ? 'Land available, at least (mu)' : '现可供土地不少于（亩）')
        .fill('1000');
      await page
        .getByLabel(
          lang === 'en' ? 'Approval time, at most (working days)' : '审批时限不超过（个工作日）',
        )
        .fill('40');
      await page.locator('#park-filter button[type="submit"]').click();

      await expect(page).toHaveURL(new RegExp(`${prefix}/parks/filter/\\?land=1000&approval=40$`));
      await expect(page.locator('#filter-list li')).toHaveCount(fitting.length);
      expect(await listedSlugs(page, '#filter-list')).toEqual(fitting);
      await expect(page.locator('#filter-status')).toHaveAttribute('role', 'status');
      await expect(page.locator('#filter-status')).toContainText(String(fitting.length));
      await expectNoAxeViolations(page, `${prefix}/parks/filter/ with results`);
      // The language switch opens the other language with the same filters.
      await expect(page.locator('header a[hreflang]')).toHaveAttribute(
        'href',
        /\/parks\/filter\/\?land=1000&approval=40$/,
      );

      // The shared link restores the same filters and list in a fresh page.
      const shared = page.url();
      const other = await page.context().newPage();
      await other.goto(shared);
      await expect(other.locator('#filter-land')).toHaveValue('1000');
      await expect(other.locator('#filter-approval')).toHaveValue('40');
      await expect(other.locator('#filter-list li')).toHaveCount(fitting.length);
      expect(await listedSlugs(other, '#filter-list')).toEqual(fitting);
      await other.close();

      // Each committed change is a history entry: back steps through them to the unfiltered
      // list, forward returns to the filtered one.
      await page.goBack();
      await expect(page).toHaveURL(new RegExp(`${prefix}/parks/filter/\\?land=1000$`));
      await expect(page.locator('#filter-approval')).toHaveValue('');
      await expect(page.locator('#filter-list li')).toHaveCount(
        parks.filter((p) => p.land.availableMu >= 1000).length,
      );
      await page.goBack();
      await expect(page).toHaveURL(new RegExp(`${prefix}/parks/filter/$`));
      await expect(page.locator('#filter-land')).toHaveValue('');
      await expect(page.locator('#filter-list li')).toHaveCount(parks.length);
      await page.goForward();
      await page.goForward();
      await expect(page).toHaveURL(new RegExp(`${prefix}/parks/filter/\\?land=1000&approval=40$`));
      await expect(page.locator('#filter-approval')).toHaveValue('40');
      await expect(page.locator('#filter-list li')).toHaveCount(fitting.length);
    });

    test(`${lang}: the directory's plain form opens the filter page with the filters applied`, async ({
      page,
    }) => {
      await page.goto(`${prefix}/parks/`);
      await page.locator('#directory-land').fill('1000');
      await page.locator('#directory-approval').fill('40');
      await page.locator('form[action$="/parks/filter/"] button[type="submit"]').click();
      await expect(page.locator('#filter-list li')).toHaveCount(fitting.length);
      expect(await listedSlugs(page, '#filter-list')).toEqual(fitting);
      // The empty fields the form sent are dropped from the address.
      await expect(page).toHaveURL(new RegExp(`${prefix}/parks/filter/\\?land=1000&approval=40$`));
      await expect(page.locator('#filter-land')).toHaveValue('1000');
    });

    test(`${lang}: chosen processes are required within reach, and shown open`, async ({
      page,
    }) => {
      await page.goto(`${prefix}/parks/filter/?process=mold-stamping&process=electrophoresis`);
      await expect(page.locator('#filter-processes')).toHaveAttribute('open', '');
      await expect(page.locator('#filter-processes input[value="mold-stamping"]')).toBeChecked();
      const listed = await listedSlugs(page, '#filter-list');
      expect(listed.length).toBeGreaterThan(0);
      expect(listed).toContain('xiangjiang-auto-parts-zone');
      expect(listed.length).toBeLessThan(parks.length);
    });

    test(`${lang}: no match shows the empty state, and clearing brings every park back`, async ({
      page,
    }) => {
      const chain = parks[0]!.targetChains[0]!;
      await page.goto(`${prefix}/parks/filter/?chain=${chain}&land=99999999`);
      await expect(page.locator('#filter-chain')).toHaveValue(chain);
      await expect(page.locator('#filter-empty')).toBeVisible();
      await expect(page.locator('#filter-list li')).toHaveCount(0);
      await expect(page.locator('#filter-status')).toContainText('0');
      await expectNoAxeViolations(page, `${prefix}/parks/filter/ empty`);
      await page.locator('#filter-empty [data-filter-clear]').click();
      await expect(page).toHaveURL(new RegExp(`${prefix}/parks/filter/$`));
      await expect(page.locator('#filter-list li')).toHaveCount(parks.length);
      await expect(page.locator('#filter-chain')).toHaveValue('');
    });

    test(`${lang}: a link with an unreadable figure says which and ignores it`, async ({
      page,
    }) => {
      await page.goto(`${prefix}/parks/filter/?land=lots&approval=40`);
      await expect(page.locator('#filter-invalid')).toBeVisible();
      await expect(page.locator('#filter-invalid')).toContainText('land');
      const expected = slugs(parks.filter((p) => approvalDays(p) <= 40));
      expect(await listedSlugs(page, '#filter-list')).toEqual(expected);
    });
  }
});

test.describe('new pages: axe and 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const { prefix } of LANGS) {
    for (const path of [
      '/parks/',
      '/parks/chain/auto-parts/',
      '/parks/province/hunan/',
      '/parks/filter/',
    ]) {
      test(`${prefix}${path} passes axe and does not scroll sideways at 360 px`, async ({
        page,
      }) => {
        await page.goto(`${prefix}${path}`);
        if (path === '/parks/filter/')
          await expect(page.locator('#filter-list li')).toHaveCount(parks.length);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
        await expectNoAxeViolations(page, `${prefix}${path}`);
      });
    }
  }
});

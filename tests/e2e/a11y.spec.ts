/**
 * axe-core sweep (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA rules) over every URL in the built
 * sitemap, in both languages (home, directory, every park profile, every process page, the inquiry pages,
 * privacy...) plus the 404 page. Zero violations; failures list rule ids and targets so
 * they can be fixed without rerunning by hand. A sitemap that lost a park or process page
 * fails here too.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.helpers';

const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
const distDir = resolve(process.env.DIST_DIR ?? 'dist');
const fileIds = (folder: string) =>
  readdirSync(join(contentDir, folder))
    .filter((f) => !f.endsWith('.en.md'))
    .map((f) => f.replace(/\.[^.]+$/, ''));

const sitemapPaths = [
  ...readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g),
].map((match) => new URL(match[1] ?? '/').pathname);

const paths = [...sitemapPaths, '/no-such-page/', '/en/no-such-page/'];

test('the sitemap lists the home page, every park and every process page in both languages', () => {
  const expected = ['', '/en'].flatMap((prefix) =>
    [
      '/',
      '/parks/',
      ...fileIds('parks').map((slug) => `/parks/${slug}/`),
      '/processes/',
      ...fileIds('taxonomy/processes').map((id) => `/processes/${id}/`),
      '/inquire/',
      '/privacy/',
      '/search/',
    ].map((path) => `${prefix}${path}`),
  );
  expect(sitemapPaths).toEqual(expect.arrayContaining(expected));
});

/**
 * One browser page per worker for the whole sweep: a fresh context per URL cost ~1.4 s of
 * this machine's CPU per test, as much as axe itself (measured on 13 process pages: 2.9 s
 * per page with a context each, 1.5 s with one page). Cookies and storage are cleared after
 * each URL, so every page is checked as a first visit shows it.
 */
const sweep = test.extend<object, { sweepPage: Page }>({
  sweepPage: [
    async ({ browser }, use) => {
      const page = await browser.newPage();
      await use(page);
      await page.close();
    },
    { scope: 'worker' },
  ],
});

// Pages are independent; axe is CPU-heavy, so spread them over the workers and allow time.
sweep.describe.configure({ mode: 'parallel', timeout: 90_000 });

/** What a page stored (a draft, chosen parks) must not change the next page's first visit. */
async function forget(page: Page): Promise<void> {
  await page.context().clearCookies();
  await page
    .evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    })
    .catch(() => undefined); // A page that never loaded has no storage of ours.
}

for (const path of paths) {
  sweep(`${path} has no WCAG 2.2 AA violations`, async ({ sweepPage: page }) => {
    try {
      const response = await page.goto(path);
      expect(response?.status(), `${path} status`).toBe(
        path.endsWith('/no-such-page/') ? 404 : 200,
      );
      const report = await axeViolations(page);
      expect(report, `${path}\n${report.join('\n')}`).toEqual([]);
    } finally {
      await forget(page);
    }
  });
}

/**
 * axe-core sweep (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA rules) over every page type:
 * home, directory, every park profile, the process index and every process page, 404,
 * the inquiry form and the privacy page. Zero violations; failures list rule ids and
 * targets so they can be fixed without rerunning by hand.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
const fileIds = (folder: string) =>
  readdirSync(join(contentDir, folder)).map((f) => f.replace(/\.[^.]+$/, ''));

const paths = [
  '/',
  '/parks/',
  ...fileIds('parks').map((slug) => `/parks/${slug}/`),
  '/processes/',
  ...fileIds('taxonomy/processes').map((id) => `/processes/${id}/`),
  '/no-such-page/',
  '/inquire/',
  '/privacy/',
];

// Pages are independent; axe is CPU-heavy, so spread them over the workers and allow time.
test.describe.configure({ mode: 'parallel', timeout: 90_000 });

for (const path of paths) {
  test(`${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status(), `${path} status`).toBe(path === '/no-such-page/' ? 404 : 200);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const report = results.violations.map(
      (v) =>
        `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n` +
        v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n'),
    );
    expect(report, `${path}\n${report.join('\n')}`).toEqual([]);
  });
}

/**
 * Gate: page-weight budgets on the built site (npm test builds first; DIST_DIR
 * points elsewhere). Every page, not a sample: no JavaScript on content pages,
 * at most 15 KB gzip on /inquire/, at most 20 KB gzip CSS and 150 KB transfer.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../gates/budgets';
import { allPages, weighPage } from '../../scripts/bench/lib/weigh';

const dist = resolve(process.env['DIST_DIR'] ?? 'dist');

describe('budget gate', () => {
  const pages = existsSync(dist) ? allPages(dist) : [];
  const weights = pages.map((path) => weighPage(dist, path, 'page'));

  it('has a built site to check', () => {
    expect(pages.length, `no HTML pages in ${dist}; run npm run build first`).toBeGreaterThan(0);
  });

  it('every page is within its JavaScript, CSS and transfer budget', () => {
    expect(
      checkBudgets(weights)
        .map((v) => v.message)
        .join('\n'),
    ).toBe('');
  });

  it('every page resolves the assets it loads', () => {
    expect(weights.flatMap((w) => w.missing.map((m) => `${w.path} → ${m}`)).join('\n')).toBe('');
  });
});

/**
 * Browser tests against the large synthetic site (issue 13): 1,000 parks in both languages,
 * built by `npm run build:large` into bench/results/site-large/ and served from there by
 * scripts/serve.ts (DIST_DIR) on its own port, E2E_LARGE_PORT (default E2E_PORT + 1).
 * Runs the specs that must hold at scale: `npm run test:e2e:large`.
 * Specs read the large site's content through CONTENT_DIR and its description
 * (park count, a park to preselect) from bench/results/site-large/site.json.
 */
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

const siteDir = process.env.LARGE_SITE_DIR || join(import.meta.dirname, 'bench/results/site-large');
const port = Number(process.env.E2E_LARGE_PORT ?? Number(process.env.E2E_PORT ?? 4399) + 1);
// Specs that read content/ read the large site's instead (workers inherit the environment).
process.env.CONTENT_DIR = join(siteDir, 'content');
process.env.LARGE_SITE_DIR = siteDir;
// The server's lead store, which specs read through the staff CLI (tests/e2e/inquiry.helpers.ts).
const leadsDir = '.data/e2e-large';
process.env.E2E_LEADS_DATA_DIR = leadsDir;

export default defineConfig({
  ...base,
  testDir: 'tests',
  // The scale spec, and the inquiry park picker's spec (helper "search") at N = 1,000.
  testMatch: ['e2e-large/*.spec.ts', 'e2e/inquiry-picker.spec.ts'],
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: `tsx scripts/serve.ts --no-build`,
    env: {
      PORT: String(port),
      DIST_DIR: join(siteDir, 'dist'),
      LEADS_DATA_DIR: leadsDir,
      NODE_ENV: 'test',
      INQUIRY_RATE_LIMIT_MAX: '1000',
    },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});

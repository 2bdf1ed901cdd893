import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4399);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // A page that fetches and renders can take more than the default 5 s on two cores busy
  // with both workers and the server; a passing assertion returns as soon as it holds.
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-gpu',
        '--no-sandbox',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // Serves the already-built dist/ plus the functions, with leads in a throwaway folder.
    command: `tsx scripts/serve.ts --no-build`,
    // The browser suites post many inquiries from 127.0.0.1; the per-client limit itself is
    // covered by integration tests.
    env: {
      PORT: String(port),
      LEADS_DATA_DIR: '.data/e2e',
      NODE_ENV: 'test',
      INQUIRY_RATE_LIMIT_MAX: '1000',
    },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});

import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { chooseBrowser } from './browser';

const browser = chooseBrowser();
// 4173 as `npm run preview`; E2E_PORT lets two checkouts run their journeys side by side.
const port = Number(process.env.E2E_PORT ?? 4173);
const chromium = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1366, height: 900 },
  launchOptions: { executablePath: browser.executablePath, args: browser.args },
};

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: './.artifacts/results',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { outputFolder: './.artifacts/report', open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Users are in England: the browser runs on UK time unless a test says otherwise.
    timezoneId: 'Europe/London',
    locale: 'en-GB',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: chromium,
    },
    {
      // Dates are calendar dates: the IRO's journey must give the same dates on a machine set to
      // a time zone eight hours behind the UK (no UTC shift anywhere between form and backend).
      name: 'chromium-los-angeles',
      testMatch: 'iro-journey.spec.ts',
      use: { ...chromium, timezoneId: 'America/Los_Angeles' },
    },
  ],
  // The production build, served as a council would try it: the mock backend on, in the real worker.
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --port ${port} --strictPort --host 127.0.0.1`,
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});

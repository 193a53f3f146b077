import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export interface BrowserChoice {
  /** Where the browser came from, printed so a failing run says which Chromium it drove. */
  source: 'playwright' | 'system' | 'env';
  executablePath: string | undefined;
  args: string[];
}

const systemChromiumPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

// Flags for a system Chromium run as root on a machine with a closed network.
const systemChromiumArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Finds a Chromium for Playwright: $CHROMIUM_PATH if set, else Playwright's own browser if it is
 * installed, else the system's Chromium (Debian package `chromium`). Never downloads one.
 */
export function chooseBrowser(): BrowserChoice {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
    return { source: 'env', executablePath: fromEnv, args: systemChromiumArgs };
  }
  let playwrightOwn: string | undefined;
  try {
    playwrightOwn = chromium.executablePath();
  } catch {
    playwrightOwn = undefined;
  }
  if (playwrightOwn && existsSync(playwrightOwn)) {
    return { source: 'playwright', executablePath: undefined, args: [] };
  }
  const system = systemChromiumPaths.find((path) => existsSync(path));
  if (system) return { source: 'system', executablePath: system, args: systemChromiumArgs };
  throw new Error(
    [
      'No Chromium found for the end-to-end tests. Any one of these works:',
      '  - Debian/Ubuntu: sudo apt-get install -y chromium',
      "  - Playwright's own browser (where downloads are allowed): npx playwright install chromium",
      '  - set CHROMIUM_PATH to a Chrome or Chromium executable',
    ].join('\n'),
  );
}

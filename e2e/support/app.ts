import { expect, type Locator, type Page } from '@playwright/test';

/** The date every journey runs on, unless a test says otherwise. */
export const JOURNEY_TODAY = '2026-11-23';
export const JOURNEY_SEED = 20261123;

interface PrepareOptions {
  today?: string;
  seed?: number;
  size?: number;
}

async function controlMock(page: Page, path: string, body: unknown): Promise<unknown> {
  // The mock backend lives in the page's service worker: page.request would bypass it.
  return page.evaluate(
    async ({ path: controlPath, body: controlBody }) => {
      const response = await fetch(`/api/__mock/${controlPath}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(controlBody),
      });
      if (!response.ok) throw new Error(`Mock control ${controlPath} failed: ${response.status}`);
      return (await response.json()) as unknown;
    },
    { path, body },
  );
}

/**
 * Fixes "today" in the browser (Playwright's clock) and in the mock backend, reseeds the mock with a
 * known seed, and turns the demo latency off, then opens the sign-in page.
 */
export async function prepareApp(page: Page, options: PrepareOptions = {}): Promise<void> {
  const today = options.today ?? JOURNEY_TODAY;
  // 00:30 in London (GMT) on that day: still the day before in any zone west of the UK, so a
  // journey run under timezoneId America/Los_Angeles catches any date taken from the local clock.
  // Only the clock is fixed; timers still run.
  await page.clock.setFixedTime(new Date(`${today}T00:30:00Z`));
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  await controlMock(page, 'scenario', {
    latencyMs: 0,
    errorRate: 0,
    offline: false,
    failWrites: false,
  });
  await controlMock(page, 'reset', {
    seed: options.seed ?? JOURNEY_SEED,
    today,
    ...(options.size === undefined ? {} : { size: options.size }),
  });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
}

export async function setMockScenario(
  page: Page,
  scenario: {
    latencyMs?: number | null;
    errorRate?: number;
    offline?: boolean;
    failWrites?: boolean;
  },
): Promise<void> {
  await controlMock(page, 'scenario', scenario);
}

export async function signInAs(page: Page, name: string): Promise<void> {
  await page.getByRole('radio', { name: new RegExp(`^${name}`) }).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Service information' })).toContainText(name);
}

/**
 * On a phone the service navigation's items are behind its Menu button: opens it, as a person
 * would, when it is shown and closed (from the tablet breakpoint up it is hidden, and this does
 * nothing).
 */
export async function openTheMenuOnAPhone(page: Page): Promise<void> {
  const button = page
    .getByRole('navigation', { name: 'Menu' })
    .getByRole('button', { name: 'Menu' });
  if ((await button.isVisible()) && (await button.getAttribute('aria-expanded')) === 'false') {
    await button.click();
  }
}

/**
 * Opens a page from the service navigation and waits for its heading. Every role lands on its
 * Tasks page after signing in, so a journey about another page goes there first.
 */
export async function openFromMenu(page: Page, link: string, heading = link): Promise<void> {
  await openTheMenuOnAPhone(page);
  await page
    .getByRole('navigation', { name: 'Menu' })
    .getByRole('link', { name: link, exact: true })
    .click();
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
}

/**
 * Goes to a page in a section of the navigation (the team manager's Team, Children, Reports and
 * Settings): the section from the service navigation, then the page from the section's own list.
 */
export async function goToInSection(page: Page, section: string, link: string): Promise<void> {
  await openTheMenuOnAPhone(page);
  await page
    .getByRole('navigation', { name: 'Menu' })
    .getByRole('link', { name: section, exact: true })
    .click();
  await page
    .getByRole('navigation', { name: section, exact: true })
    .getByRole('link', { name: link, exact: true })
    .click();
}

/** The same, then waits for the page's heading. */
export async function openFromSection(
  page: Page,
  section: string,
  link: string,
  heading = link,
): Promise<void> {
  await goToInSection(page, section, link);
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
}

/**
 * The signed-in person's headers for the API the app uses (their token from the session the app
 * keeps), for a journey's set-up or checks made from the page.
 */
export async function signedInHeaders(page: Page): Promise<Record<string, string>> {
  const token = await page.evaluate(() => {
    const stored = JSON.parse(sessionStorage.getItem('iro-tracker-session') ?? '{}') as {
      state?: { token?: string };
    };
    return stored.state?.token ?? '';
  });
  return { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
}

/** A full-page screenshot kept with the test's artefacts. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `e2e/.artifacts/screenshots/${name}.png`, fullPage: true });
}

/** Moves "today" on, in the browser and in the mock backend, keeping the data; then reloads. */
export async function moveToday(page: Page, today: string): Promise<void> {
  await page.clock.setFixedTime(new Date(`${today}T00:30:00Z`));
  await controlMock(page, 'clock', { today });
  await page.reload();
}

/** Types a GOV.UK date input's day, month and year, found by its legend. */
export async function typeDate(
  page: Page,
  legend: string,
  [day, month, year]: [string, string, string],
): Promise<void> {
  const group = page.getByRole('group', { name: legend, exact: true });
  await group.getByLabel('Day').fill(day);
  await group.getByLabel('Month').fill(month);
  await group.getByLabel('Year').fill(year);
}

/** The GOV.UK error summary. */
export function errorSummary(page: Page): Locator {
  return page.getByRole('alert').filter({ hasText: 'There is a problem' });
}

/**
 * On the review form: answers every open recommendation of the earlier reviews "Still open" (a
 * journey that is not about following them up leaves them as they are).
 */
export async function keepEarlierRecommendationsOpen(page: Page): Promise<void> {
  const stillOpen = page.getByRole('radio', { name: 'Still open', exact: true });
  const count = await stillOpen.count();
  for (let index = 0; index < count; index += 1) await stillOpen.nth(index).check();
}

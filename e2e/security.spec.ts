// The production build under its Content Security Policy, and what the browser keeps about a child.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openFromMenu, prepareApp, signInAs } from './support/app';

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

test.beforeEach(async ({ page }) => {
  // Init scripts are injected by the browser's debugging protocol, not by the page, so the policy
  // does not apply to them: they can watch for violations from the very first byte.
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
});

test('the built page has no inline script and carries the policy', () => {
  const html = readFileSync(new URL('../dist/index.html', import.meta.url), 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attributes, body] of scripts) {
    expect(attributes).toMatch(/\bsrc=/);
    expect(body?.trim()).toBe('');
  }
  expect(html).toMatch(/http-equiv="Content-Security-Policy"[^>]*script-src 'self'/);
  expect(html).not.toMatch(/style="/);
});

test('the app works under the policy, and keeps no child data outside the mock database', async ({
  page,
}) => {
  const response = await page.goto('/sign-in');
  const header = response?.headers()['content-security-policy'] ?? '';
  expect(header).toContain("script-src 'self'");
  expect(header).toContain("frame-ancestors 'none'");

  await prepareApp(page);
  await signInAs(page, 'Hannah Okoye');
  await openFromMenu(page, 'My caseload');
  const firstChild = page.getByRole('table').getByRole('link').first();
  const name = (await firstChild.textContent())?.trim() ?? '';
  expect(name).not.toBe('');
  await firstChild.click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Record a review' }).click();
  await expect(page.getByRole('heading', { name: 'Record a review', level: 1 })).toBeVisible();

  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);

  // Names never reach the URL, the title, or storage the page keeps (only the mock's IndexedDB,
  // which stands in for the server, holds records).
  const familyName = name.split(' ').at(-1) ?? name;
  expect(page.url()).not.toContain(familyName);
  await expect(page).not.toHaveTitle(new RegExp(familyName));
  const stored = await page.evaluate(() => {
    const dump = (storage: Storage) =>
      Array.from({ length: storage.length }, (_, index) => {
        const key = storage.key(index) ?? '';
        return `${key}=${storage.getItem(key) ?? ''}`;
      });
    return JSON.stringify([...dump(localStorage), ...dump(sessionStorage)]);
  });
  expect(stored).not.toContain(familyName);

  // Signing out clears what the app held in memory: going back shows the sign-in page, not the child.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  await expect(page.getByText(name)).toHaveCount(0);
  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
});

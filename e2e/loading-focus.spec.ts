import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { openFromMenu, prepareApp, saveScreenshot, setMockScenario, signInAs } from './support/app';

// Issue 22: while a child record loads, the keyboard starts from the page's heading and can move
// on through the page (it was held on the back link), and the record's arrival is announced.
test('a slow child record keeps focus on its heading, lets Tab move on, and says when it has loaded', async ({
  page,
}) => {
  await prepareApp(page);
  await signInAs(page, 'Hannah Okoye');
  await openFromMenu(page, 'My caseload');
  const child = page.getByRole('table').getByRole('link').first();
  await expect(child).toBeVisible();
  await setMockScenario(page, { latencyMs: 1500 });
  await child.click();

  const loading = page.getByRole('heading', { level: 1, name: 'Loading the child’s record' });
  await expect(loading).toBeFocused();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'loading-child-record');
  // Tab goes on from the heading, past the page, without coming back to where it started.
  const reached: string[] = [];
  for (let press = 0; press < 4; press += 1) {
    await page.keyboard.press('Tab');
    reached.push(
      await page.evaluate(() => {
        const active = document.activeElement;
        return active ? `${active.tagName} ${active.textContent.trim()}` : 'nothing';
      }),
    );
  }
  expect(new Set(reached).size, `Tab reached: ${reached.join(' | ')}`).toBe(reached.length);

  await expect(page.locator('#app-live-announcer')).toHaveText('Child record loaded', {
    timeout: 15_000,
  });
  await expect(page.locator('.app-loading-state')).toHaveCount(0);
  await setMockScenario(page, { latencyMs: 0 });
  await expectNoAxeViolations(page);
});

// Issue 19: a reload of the caseload on a slow connection is headed with the page's loading words
// from its first paint (the session, then the page's code, then its counts), so the page always
// has its h1; focus stays where the browser put it, so the first Tab still reaches the skip link.
test('a slow reload of the caseload is headed “Loading the caseload” and passes axe while it loads', async ({
  page,
}) => {
  await prepareApp(page);
  await signInAs(page, 'Hannah Okoye');
  await openFromMenu(page, 'My caseload');
  await setMockScenario(page, { latencyMs: 2500 });
  await page.reload();

  const loading = page.getByRole('heading', { level: 1, name: 'Loading the caseload' });
  await expect(loading).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'loading-caseload');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();

  await expect(page.getByRole('heading', { level: 1, name: 'My caseload' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByRole('list', { name: 'Summary of reviews' })).toBeVisible({
    timeout: 20_000,
  });
  await setMockScenario(page, { latencyMs: 0 });
  await expectNoAxeViolations(page);
});

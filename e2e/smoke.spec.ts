import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

test('the built app loads in Chromium, starts its mock backend and asks who you are', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  // The staff list comes from the mock backend, so the worker is running.
  await expect(page.getByRole('radio', { name: /Hannah Okoye/ })).toBeVisible();
  await expect(page).toHaveTitle(/IRO Review Tracker/);
  await expectNoAxeViolations(page);
});

test('the sign-in page names the council as every signed-in page does (one setting)', async ({
  page,
}) => {
  await page.goto('/sign-in');
  const banner = page.getByRole('banner');
  await expect(banner).toContainText('Northbridge City Council');
  await expect(page.getByRole('contentinfo')).toContainText('© Northbridge City Council');
  await expect(page.getByText('Demo council')).toHaveCount(0);
  await page.getByRole('radio', { name: /^Hannah Okoye/ }).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  // The home page itself (the tasks), not its loading state, is what is checked.
  await expect(page.getByRole('heading', { name: 'Tasks', level: 1 })).toBeVisible();
  await expect(banner).toContainText('Northbridge City Council');
  await expectNoAxeViolations(page);
});

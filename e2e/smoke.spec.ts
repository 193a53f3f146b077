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

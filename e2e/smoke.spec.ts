import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

test('the built app loads in Chromium and renders its first page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page).toHaveTitle(/IRO Review Tracker/);
  await expectNoAxeViolations(page);
});

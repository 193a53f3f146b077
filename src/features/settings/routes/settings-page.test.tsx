import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api } from '@/lib/api/client';
import { paths } from '@/lib/paths';
import { errorSummaryMessages } from '@/test/form-helpers';
import { renderPage, STAFF } from '@/test/render-page';
import { SettingsPage } from './settings-page';

const SLOW = { timeout: 30_000 };
const routes = [{ path: paths.settings, element: <SettingsPage /> }];

async function openSettings() {
  const view = await renderPage({ routes, path: paths.settings, signInAs: STAFF.margaret });
  await screen.findByRole('heading', { level: 1, name: 'Settings' });
  return view;
}

async function retype(
  user: Awaited<ReturnType<typeof openSettings>>['user'],
  label: string,
  text: string,
) {
  const box = screen.getByRole('textbox', { name: label });
  await user.clear(box);
  if (text !== '') await user.type(box, text);
}

describe('SettingsPage (a team manager, against the real handlers)', () => {
  it('shows each setting as it is now, with its unit', SLOW, async () => {
    await openSettings();
    const settings = await api.getSettings();
    expect(
      screen.getByRole('textbox', { name: 'Months within which the IRO sees each child' }),
    ).toHaveValue(String(settings.iroContactMonths));
    expect(screen.getByRole('textbox', { name: 'Lowest recommended caseload' })).toHaveValue(
      String(settings.caseloadBand.min),
    );
    expect(screen.getByRole('textbox', { name: 'The council’s name' })).toHaveValue(
      settings.councilName,
    );
    expect(screen.getByRole('radio', { name: 'Council reference' })).toBeChecked();
  });

  it(
    'refuses bad values in the backend’s own words, naming each field, and keeps them',
    SLOW,
    async () => {
      const { user } = await openSettings();
      const before = await api.getSettings();
      await retype(user, 'Months within which the IRO sees each child', '0');
      await retype(user, 'Lowest recommended caseload', '80');
      await retype(user, 'Highest recommended caseload', '70');
      await retype(user, 'At risk window', '2.5');
      await retype(user, 'Social worker’s report lead time', '');
      await user.click(screen.getByRole('button', { name: 'Save settings' }));
      expect(await errorSummaryMessages()).toEqual([
        'At risk window must be a whole number of working days',
        'Months within which the IRO sees each child must be 1 or more',
        'Enter social worker’s report lead time as a number of working days',
      ]);
      // Nothing was saved, and what was typed is still there to correct.
      expect((await api.getSettings()).version).toBe(before.version);
      expect(screen.getByRole('textbox', { name: 'Lowest recommended caseload' })).toHaveValue(
        '80',
      );
      expect(screen.getByRole('textbox', { name: 'At risk window' })).toHaveAccessibleDescription(
        expect.stringContaining('must be a whole number') as string,
      );
      // The checks across fields come once each field is right, as the backend's do.
      await retype(user, 'Months within which the IRO sees each child', '6');
      await retype(user, 'At risk window', '10');
      await retype(user, 'Social worker’s report lead time', '5');
      await user.click(screen.getByRole('button', { name: 'Save settings' }));
      expect(await errorSummaryMessages()).toEqual([
        'Highest recommended caseload must be the same as or more than the lowest',
      ]);
      expect((await api.getSettings()).version).toBe(before.version);
    },
  );

  it('saves a change, which the backend then uses', SLOW, async () => {
    const { user } = await openSettings();
    await retype(user, 'Months within which the IRO sees each child', '3');
    await user.click(screen.getByRole('radio', { name: 'Initials' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByRole('alert', { name: 'Success' })).toHaveTextContent(
      'Settings saved',
    );
    const after = await api.getSettings();
    expect(after).toMatchObject({ iroContactMonths: 3, calendarChildLabel: 'initials' });
    // A second save from the same page is not a conflict: the form has the new version.
    await retype(user, 'Months within which the IRO sees each child', '4');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByRole('alert', { name: 'Success' });
    expect(await api.getSettings()).toMatchObject({
      iroContactMonths: 4,
      version: after.version + 1,
    });
  });

  it('says when someone else saved first, and reloads theirs', SLOW, async () => {
    const { user } = await openSettings();
    const theirs = await api.getSettings();
    const { version, ...rest } = theirs;
    await api.updateSettings({
      councilName: rest.councilName,
      childTerm: rest.childTerm,
      atRiskWorkingDays: rest.atRiskWorkingDays,
      recordOfReviewTargetWorkingDays: rest.recordOfReviewTargetWorkingDays,
      recordOfReviewLimitWorkingDays: rest.recordOfReviewLimitWorkingDays,
      managerSignOffWorkingDays: rest.managerSignOffWorkingDays,
      caseloadBand: rest.caseloadBand,
      escalationOpenWorkingDaysLimit: rest.escalationOpenWorkingDaysLimit,
      iroContactMonths: 9,
      version,
    });
    await retype(user, 'Months within which the IRO sees each child', '5');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(
      await screen.findByRole('heading', { name: 'Someone else has changed this record' }),
    ).toBeVisible();
    expect((await api.getSettings()).iroContactMonths).toBe(9);
    await user.click(screen.getByRole('button', { name: 'Reload the current record' }));
    expect(await screen.findByDisplayValue('9', { exact: true })).toHaveAccessibleName(
      'Months within which the IRO sees each child',
    );
  });
});

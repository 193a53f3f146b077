// The settings page's list of reasons for holding a review late: a team manager adds, rewords
// and removes reasons, saved with the other settings and checked by the API's own schema.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api } from '@/lib/api/client';
import type { SettingsBody } from '@/lib/api/schemas';
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

type User = Awaited<ReturnType<typeof openSettings>>['user'];

const reasonsSection = () => screen.getByRole('group', { name: 'Reasons a review was late' });
const reasonBox = (number: number) =>
  within(reasonsSection()).getByRole('textbox', { name: `Reason ${number}` });

async function retype(user: User, box: HTMLElement, text: string) {
  await user.clear(box);
  if (text !== '') await user.type(box, text);
}

async function addReason(user: User, text: string, { paste = false } = {}) {
  await user.click(screen.getByRole('button', { name: 'Add another reason' }));
  // The new reason's box has the focus, ready to type into.
  const boxes = within(reasonsSection()).getAllByRole('textbox');
  const added = boxes.at(-1)!;
  expect(added).toHaveFocus();
  if (text !== '') await (paste ? user.paste(text) : user.type(added, text));
}

const save = (user: User) => user.click(screen.getByRole('button', { name: 'Save settings' }));

/** The error summary's link for a message: where it takes the person. */
const summaryLink = (message: string) =>
  screen.getByRole('link', { name: message }).getAttribute('href');

/** The settings as a request body: what another team manager would send. */
function bodyOf(settings: Awaited<ReturnType<typeof api.getSettings>>): SettingsBody {
  return {
    councilName: settings.councilName,
    childTerm: settings.childTerm,
    atRiskWorkingDays: settings.atRiskWorkingDays,
    recordOfReviewTargetWorkingDays: settings.recordOfReviewTargetWorkingDays,
    recordOfReviewLimitWorkingDays: settings.recordOfReviewLimitWorkingDays,
    managerSignOffWorkingDays: settings.managerSignOffWorkingDays,
    caseloadBand: settings.caseloadBand,
    escalationOpenWorkingDaysLimit: settings.escalationOpenWorkingDaysLimit,
    version: settings.version,
  };
}

describe('SettingsPage: reasons a review was late (a team manager, against the real handlers)', () => {
  it('lists the council’s reasons as they are now', SLOW, async () => {
    await openSettings();
    const { lateReviewReasons } = await api.getSettings();
    const boxes = within(reasonsSection()).getAllByRole('textbox');
    expect(boxes.map((box) => (box as HTMLInputElement).value)).toEqual(
      lateReviewReasons.map((reason) => reason.label),
    );
    expect(
      screen.getByRole('checkbox', { name: `Ask for details when reason 5 is chosen` }),
    ).toBeChecked();
    expect(
      screen.getByRole('checkbox', { name: `Ask for details when reason 1 is chosen` }),
    ).not.toBeChecked();
  });

  it('adds, rewords and removes reasons: a reworded one keeps its code', SLOW, async () => {
    const { user } = await openSettings();
    const before = await api.getSettings();
    // What is typed in one reason stays there as others are added and removed.
    await retype(user, reasonBox(1), 'The child was ill');
    await addReason(user, 'A court hearing');
    await user.click(
      screen.getByRole('checkbox', { name: 'Ask for details when reason 6 is chosen' }),
    );
    await user.click(screen.getByRole('button', { name: 'Remove reason 4' }));
    // The focus goes to the reason now in its place, not to the body of the page.
    expect(reasonBox(4)).toHaveFocus();
    expect(reasonBox(4)).toHaveValue('Other');
    expect(reasonBox(5)).toHaveValue('A court hearing');
    expect(reasonBox(1)).toHaveValue('The child was ill');
    expect(screen.queryByRole('textbox', { name: 'Reason 6' })).not.toBeInTheDocument();

    await save(user);
    expect(await screen.findByRole('alert', { name: 'Success' })).toHaveTextContent(
      'Settings saved',
    );
    const after = await api.getSettings();
    expect(after.version).toBe(before.version + 1);
    expect(after.lateReviewReasons).toEqual([
      { code: 'child-unwell', label: 'The child was ill', detailsRequired: false },
      {
        code: 'key-person-unavailable',
        label: 'A key person could not attend',
        detailsRequired: false,
      },
      { code: 'iro-unavailable', label: 'The IRO was unavailable', detailsRequired: false },
      { code: 'other', label: 'Other', detailsRequired: true },
      { code: 'a-court-hearing', label: 'A court hearing', detailsRequired: true },
    ]);
    // The page shows the list as saved, and a second save is not a conflict.
    expect(reasonBox(5)).toHaveValue('A court hearing');
    await retype(user, reasonBox(5), 'A court hearing on the day');
    await save(user);
    await screen.findByRole('alert', { name: 'Success' });
    expect((await api.getSettings()).lateReviewReasons.at(-1)).toEqual({
      code: 'a-court-hearing',
      label: 'A court hearing on the day',
      detailsRequired: true,
    });
  });

  it(
    'refuses a blank, a long and a repeated reason in the API’s words, each linked to its box',
    SLOW,
    async () => {
      const { user } = await openSettings();
      const before = await api.getSettings();
      await retype(user, reasonBox(2), '   ');
      await retype(user, reasonBox(3), 'x'.repeat(121));
      await addReason(user, ' the child  was UNWELL ');
      await save(user);
      expect(await errorSummaryMessages()).toEqual([
        'Enter reason 2',
        'Reason 3 must be 120 characters or fewer',
        'Reason 6 is the same as reason 1',
      ]);
      expect(summaryLink('Enter reason 2')).toBe('#lateReviewReasons-1-label');
      expect(summaryLink('Reason 6 is the same as reason 1')).toBe('#lateReviewReasons-5-label');
      expect(reasonBox(6)).toHaveAccessibleDescription(
        expect.stringContaining('Reason 6 is the same as reason 1') as string,
      );
      // Nothing was saved, and what was typed is still there to correct.
      expect((await api.getSettings()).version).toBe(before.version);
      expect(reasonBox(3)).toHaveValue('x'.repeat(121));

      await retype(user, reasonBox(2), 'A key person was ill');
      await retype(user, reasonBox(3), 'The IRO was off');
      await user.click(screen.getByRole('button', { name: 'Remove reason 6' }));
      await save(user);
      await screen.findByRole('alert', { name: 'Success' });
      expect((await api.getSettings()).lateReviewReasons.map((r) => r.label)).toEqual([
        'The child was unwell',
        'A key person was ill',
        'The IRO was off',
        'A placement move',
        'Other',
      ]);
    },
  );

  it('needs one reason at least, and 30 at most', SLOW, async () => {
    const { user } = await openSettings();
    for (let left = 5; left > 0; left--) {
      await user.click(screen.getByRole('button', { name: `Remove reason ${left}` }));
    }
    expect(screen.getByRole('button', { name: 'Add another reason' })).toHaveFocus();
    await save(user);
    expect(await errorSummaryMessages()).toEqual([
      'Enter at least one reason for holding a review late',
    ]);
    expect(summaryLink('Enter at least one reason for holding a review late')).toBe(
      '#lateReviewReasons-add',
    );
    expect(screen.getByRole('button', { name: 'Add another reason' })).toHaveAccessibleDescription(
      expect.stringContaining('Enter at least one reason') as string,
    );

    for (let n = 1; n <= 31; n++) await addReason(user, `Reason number ${n}`, { paste: true });
    await save(user);
    expect(await errorSummaryMessages()).toEqual([
      'Enter 30 reasons for holding a review late or fewer',
    ]);
    await user.click(screen.getByRole('button', { name: 'Remove reason 31' }));
    await save(user);
    await screen.findByRole('alert', { name: 'Success' });
    expect((await api.getSettings()).lateReviewReasons).toHaveLength(30);
  });

  it('says when someone else saved first, and reloads their reasons', SLOW, async () => {
    const { user } = await openSettings();
    const theirs = await api.getSettings();
    await api.updateSettings({
      ...bodyOf(theirs),
      lateReviewReasons: [
        ...theirs.lateReviewReasons,
        { code: 'transport', label: 'No transport', detailsRequired: false },
      ],
    });
    await addReason(user, 'A court hearing');
    await save(user);
    expect(
      await screen.findByRole('heading', { name: 'Someone else has changed this record' }),
    ).toBeVisible();
    expect((await api.getSettings()).lateReviewReasons.map((r) => r.code)).not.toContain(
      'a-court-hearing',
    );
    await user.click(screen.getByRole('button', { name: 'Reload the current record' }));
    expect(await screen.findByDisplayValue('No transport')).toHaveAccessibleName('Reason 6');
    expect(screen.queryByDisplayValue('A court hearing')).not.toBeInTheDocument();
  });
});

// eslint-disable-next-line testing-library/no-manual-cleanup
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api } from '@/lib/api/client';
import { paths } from '@/lib/paths';
import { AUTOSAVE_MS } from '@/lib/use-form-draft';
import { errorSummaryMessages, typeDate } from '@/test/form-helpers';
import { renderPage, STAFF } from '@/test/render-page';
import { leaveToday, seededChild } from '../testing/care-test-helpers';
import { currentDatabase } from '@mocks/db/current';
import { careRoutes as routes } from '../testing/routes';

async function open(path: string, heading: string, signInAs: string = STAFF.margaret) {
  const view = await renderPage({ routes, path, signInAs, keepDatabase: true });
  await screen.findByRole('heading', { level: 1, name: heading });
  return view;
}

const CHANGE = 'Record a change of placement or legal status';

describe('RecordChangePage', { timeout: 30_000 }, () => {
  it('checks the change as the domain does, warns of a new rule set, then saves it', async () => {
    const record = await seededChild();
    const { user, router } = await open(paths.careChange(record.id), CHANGE);
    expect(screen.getByRole('combobox', { name: 'New legal status' })).toHaveValue(
      record.legalStatus,
    );
    expect(screen.getByLabelText('Placement')).toHaveValue(record.placement.description);
    expect(
      screen.getByText(/The period of care goes on, and so does its review clock/),
    ).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Save the change' }));
    expect(await errorSummaryMessages()).toEqual([
      'Enter the date of the change',
      'Select what changed',
    ]);

    await typeDate(user, 'Date of the change', ['20', '3', '2026']);
    await user.click(screen.getByRole('radio', { name: 'Change of placement and carer(s) only' }));
    await user.click(screen.getByRole('button', { name: 'Save the change' }));
    expect(await errorSummaryMessages()).toEqual([
      'The date of the change must be today or in the past',
    ]);

    // Short breaks: the notice says at once what it does to the review rules.
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'New legal status' }),
      'V3: Series of short breaks: individual episodes recorded',
    );
    expect(screen.getByText(/The reviews stay on the standard cycle/)).toBeVisible();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'New legal status' }),
      record.legalStatus,
    );
    expect(screen.queryByText(/The reviews stay on the standard cycle/)).not.toBeInTheDocument();

    await typeDate(user, 'Date of the change', ['16', '3', '2026']);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'New placement type' }),
      'K2: Children’s home',
    );
    await user.clear(screen.getByLabelText('Placement'));
    await user.type(screen.getByLabelText('Placement'), 'Oak House children’s home');
    await user.click(screen.getByRole('button', { name: 'Save the change' }));
    expect(
      await screen.findByText(
        'Change recorded from 16 March 2026: P: Change of placement and carer(s) only',
      ),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe(paths.careRecord(record.id));
    const current = screen.getByRole('region', { name: 'Current period of care' });
    expect(within(current).getByText('K2: Children’s home')).toBeVisible();
    expect(screen.getByText('Oak House children’s home')).toBeVisible();
    // Same period, same clock.
    const after = await api.getChildCare(record.id);
    expect(after.periods).toHaveLength(record.periods.length);
    expect(after.nextReview).toEqual(record.nextReview);
  });

  it('refuses a change for a child who is not looked after', async () => {
    const record = await seededChild();
    await leaveToday(record);
    const { user } = await open(paths.careChange(record.id), CHANGE);
    expect(screen.getByText(/Record a return to care instead/)).toBeVisible();
    await typeDate(user, 'Date of the change', ['16', '3', '2026']);
    await user.click(screen.getByRole('radio', { name: 'Change of placement and carer(s) only' }));
    await user.click(screen.getByRole('button', { name: 'Save the change' }));
    expect(await errorSummaryMessages()).toEqual([
      'The child is not looked after: record them becoming looked after instead',
    ]);
  });
});

describe('RecordLeavingPage', { timeout: 30_000 }, () => {
  it('says what leaving means, then the care record says the child left care', async () => {
    const record = await seededChild({ withBookedMeeting: true });
    const { user } = await open(paths.careLeave(record.id), 'Record leaving care', STAFF.tracey);
    expect(screen.getByText(/nothing is due for them/)).toBeVisible();
    expect(screen.getByText(/Business support will be asked to cancel/)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Save: the child has left care' }));
    expect(await errorSummaryMessages()).toEqual([
      'Enter the date the child left care',
      'Select why the child left care',
    ]);
    await typeDate(user, 'Date the child left care', ['16', '3', '2026']);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Why did the child leave care?' }),
      'E13: Left care to live with parent(s), relative(s) or others without PR',
    );
    expect(
      within(screen.getByRole('combobox', { name: 'Why did the child leave care?' })).queryByRole(
        'option',
        { name: /^X1/ },
      ),
    ).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save: the child has left care' }));
    expect(
      await screen.findByText(
        'Left care on 16 March 2026 (E13: Left care to live with parent(s), relative(s) or others without PR)',
      ),
    ).toBeVisible();
    expect(screen.getByText('Nothing is due: the child has left care')).toBeVisible();
  });

  it('keeps what was typed as a draft, offered back after a reload, gone once saved', async () => {
    const record = await seededChild();
    const first = await open(paths.careLeave(record.id), 'Record leaving care', STAFF.tracey);
    await typeDate(first.user, 'Date the child left care', ['16', '3', '2026']);
    await first.user.selectOptions(
      screen.getByRole('combobox', { name: 'Why did the child leave care?' }),
      'E13: Left care to live with parent(s), relative(s) or others without PR',
    );
    await screen.findByText(/^Draft saved at \d\d:\d\d$/, {}, { timeout: AUTOSAVE_MS * 2 });

    cleanup();
    const again = await open(paths.careLeave(record.id), 'Record leaving care', STAFF.tracey);
    await again.user.click(await screen.findByRole('button', { name: 'Continue with the draft' }));
    expect(screen.getByRole('combobox', { name: 'Why did the child leave care?' })).toHaveValue(
      'E13',
    );
    expect(screen.getByLabelText('Day')).toHaveValue('16');
    await again.user.click(screen.getByRole('button', { name: 'Save: the child has left care' }));
    expect(await screen.findByText(/^Left care on 16 March 2026/)).toBeVisible();
    await waitFor(() => {
      expect(currentDatabase()?.count('drafts')).toBe(0);
    });
  });
});

describe('RecordReturnPage', { timeout: 30_000 }, () => {
  it('starts a new period of care: the first review is due again', async () => {
    const record = await seededChild();
    await leaveToday(record);
    const { user } = await open(paths.careReturn(record.id), 'Record a return to care');
    expect(screen.getByText(/starts a new period of care/)).toBeVisible();
    await typeDate(user, 'Date the child became looked after again', ['16', '3', '2026']);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Legal status' }),
      'V2: Single period of accommodation under section 20',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Placement type' }),
      'U4: Foster placement with other foster carer(s): long term',
    );
    await user.type(screen.getByLabelText('Placement'), 'Foster carers, Ms Green');
    await user.click(screen.getByRole('button', { name: 'Save and start the review clock' }));
    expect(
      await screen.findByText(
        'Return to care recorded from 16 March 2026: a new period of care, with the first review due on 15 April 2026',
      ),
    ).toBeVisible();
    expect(screen.getByText('Looked after since 16 March 2026')).toBeVisible();
    expect(
      screen.getByText('20 working days after becoming looked after on 16 March 2026'),
    ).toBeVisible();
    expect(screen.getByText('Earlier periods of care (1)', { exact: false })).toBeVisible();
  });

  it('refuses a return for a child who is looked after', async () => {
    const record = await seededChild();
    const { user } = await open(paths.careReturn(record.id), 'Record a return to care');
    await typeDate(user, 'Date the child became looked after again', ['16', '3', '2026']);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Legal status' }),
      'V2: Single period of accommodation under section 20',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Placement type' }),
      'U4: Foster placement with other foster carer(s): long term',
    );
    await user.type(screen.getByLabelText('Placement'), 'Foster carers, Ms Green');
    await user.click(screen.getByRole('button', { name: 'Save and start the review clock' }));
    expect(await errorSummaryMessages()).toEqual([
      'The child is already looked after: record a change of placement or legal status instead',
    ]);
  });
});

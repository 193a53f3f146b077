import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addMonths, compareDates } from '@/domain';
import { api } from '@/lib/api/client';
import { paths } from '@/lib/paths';
import { errorSummaryMessages } from '@/test/form-helpers';
import { renderPage, STAFF } from '@/test/render-page';
import { resetMockDatabase } from '@mocks/node';
import { seededChild } from '../testing/care-test-helpers';
import { careRoutes as routes } from '../testing/routes';

const TITLE = 'Correct the child’s details';
const SAVE = 'Save the details';

async function open(childId: string, signInAs: string = STAFF.tracey) {
  const view = await renderPage({
    routes,
    path: paths.careDetails(childId),
    signInAs,
    keepDatabase: true,
  });
  await screen.findByRole('heading', { level: 1, name: TITLE });
  return view;
}

describe('CorrectDetailsPage', { timeout: 30_000 }, () => {
  it('starts from the details as they are, checks them, and saves', async () => {
    const record = await seededChild();
    const { user, router } = await open(record.id);
    expect(screen.getByLabelText('First name')).toHaveValue(record.givenName);
    const socialWorker = screen.getByRole('group', { name: 'Social worker' });
    expect(within(socialWorker).getByLabelText('Name')).toHaveValue(record.socialWorker.name);

    await user.clear(screen.getByLabelText('Last name'));
    await user.click(screen.getByRole('button', { name: SAVE }));
    expect(await errorSummaryMessages()).toEqual([
      'Enter the child’s last name',
      ...(record.sex === null ? ['Select the child’s sex'] : []),
    ]);
    await user.click(screen.getByRole('radio', { name: 'Male' }));

    await user.type(screen.getByLabelText('Last name'), 'Okonkwo-Smith');
    await user.clear(within(socialWorker).getByLabelText('Name'));
    await user.type(within(socialWorker).getByLabelText('Name'), 'Jo March');
    await user.click(screen.getByRole('button', { name: SAVE }));
    expect(
      await screen.findByText(`${record.givenName} Okonkwo-Smith’s details saved`),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe(paths.careRecord(record.id));
    expect(screen.getByText(`Jo March, ${record.socialWorker.team}`)).toBeVisible();
  });

  it('explains a conflict with someone else’s change, and reloads the record as it is now', async () => {
    const record = await seededChild();
    const { user } = await open(record.id);
    // Someone else corrects the placement first.
    await api.updateChildDetails(record.id, {
      givenName: record.givenName,
      familyName: record.familyName,
      dateOfBirth: record.dateOfBirth,
      sex: record.sex ?? '1',
      placementDescription: 'Foster carers, Mr and Mrs Adeyemi',
      socialWorker: record.socialWorker,
      version: record.version,
    });
    await user.clear(screen.getByLabelText('First name'));
    await user.type(screen.getByLabelText('First name'), 'Josephine');
    await user.click(screen.getByRole('radio', { name: 'Female' }));
    await user.click(screen.getByRole('button', { name: SAVE }));
    const alert = await screen.findByRole('alert', {
      name: 'warning: Someone else has changed this record',
    });
    expect(within(alert).getByText(/Your changes have not been saved/)).toBeVisible();
    await user.click(within(alert).getByRole('button', { name: 'Reload the current record' }));
    expect(
      await screen.findByText(/This form now shows the child’s record as it is now/),
    ).toBeVisible();
    expect(screen.getByLabelText('Placement')).toHaveValue('Foster carers, Mr and Mrs Adeyemi');
    expect(screen.getByLabelText('First name')).toHaveValue(record.givenName);
  });

  it('says which reviews’ participation codes no longer fit a new date of birth', async () => {
    const db = resetMockDatabase();
    // A child with a review (PN1 to PN7) held before they would be 4 if born the day they first
    // became looked after.
    const fits = [...db.all('children')].flatMap((child) => {
      const first = [...child.episodes].sort((a, b) => compareDates(a.start, b.start))[0];
      if (first === undefined) return [];
      const reviews = db
        .forChild('reviews', child.id)
        .filter(
          (review) =>
            review.participationCode !== 'PN0' &&
            compareDates(review.heldOn, addMonths(first.start, 47)) < 0,
        );
      return reviews.length > 0 ? [{ child, bornOn: first.start, count: reviews.length }] : [];
    })[0];
    if (fits === undefined) throw new Error('No child in the seed fits');
    const { user } = await open(fits.child.id, STAFF.margaret);
    const [year, month, day] = fits.bornOn.split('-');
    const group = screen.getByRole('group', { name: 'Date of birth' });
    for (const [label, value] of [
      ['Day', String(Number(day))],
      ['Month', String(Number(month))],
      ['Year', year!],
    ] as const) {
      await user.clear(within(group).getByLabelText(label));
      await user.type(within(group).getByLabelText(label), value);
    }
    await user.click(screen.getByRole('radio', { name: 'Male' }));
    await user.click(screen.getByRole('button', { name: SAVE }));
    const warning = await screen.findByRole('region', { name: /no longer fits the child’s age/ });
    expect(within(warning).getAllByRole('listitem')).toHaveLength(fits.count);
    expect(within(warning).getAllByText(/^The review on /)[0]).toBeVisible();
  });
});

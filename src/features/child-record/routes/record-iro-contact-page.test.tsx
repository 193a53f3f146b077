import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/lib/paths';
import { childrenVisibleTo, renderPage, STAFF } from '@/test/render-page';
import { errorSummaryMessages, typeDate } from '@/test/form-helpers';
import { childRecordRoutes as routes } from '../testing/routes';

const DATE = 'Date of the contact';
const TITLE = 'Record a contact with the child';

async function openForm() {
  const children = await childrenVisibleTo(STAFF.hannah);
  const child = children[0]!;
  const view = await renderPage({
    routes,
    path: paths.recordIroContact(child.id),
    keepDatabase: true,
  });
  await screen.findByRole('heading', { level: 1, name: TITLE });
  return { ...view, child };
}

describe('RecordIroContactPage', () => {
  it('checks every field, and asks "seen alone" for a visit or video call only', async () => {
    const { user } = await openForm();
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    expect(await errorSummaryMessages()).toEqual([
      'Enter the date of the contact',
      'Select the type of contact',
    ]);
    expect(screen.queryByRole('group', { name: 'Was the child seen alone?' })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Visit' }));
    expect(screen.getByRole('group', { name: 'Was the child seen alone?' })).toBeVisible();
    await typeDate(user, DATE, ['1', '1', '2099']);
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    expect(await errorSummaryMessages()).toEqual([
      'Date of the contact must be today or in the past',
      'Select whether the child was seen alone',
    ]);
    await user.click(screen.getByRole('radio', { name: 'Phone call' }));
    expect(screen.queryByRole('group', { name: 'Was the child seen alone?' })).toBeNull();
  });

  it('saves a visit and the child record shows the child last seen then', async () => {
    const { user, router, child } = await openForm();
    await typeDate(user, DATE, ['16', '3', '2026']);
    await user.click(screen.getByRole('radio', { name: 'Visit' }));
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    await user.type(screen.getByLabelText('Note (optional)'), 'Talked about the new school');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    expect(await screen.findByText('Contact of 16 March 2026 recorded')).toBeVisible();
    expect(router.state.location.pathname).toBe(paths.child(child.id));
    const section = screen.getByRole('region', { name: 'Contacts with the IRO' });
    expect(
      await within(section).findByText(
        (_, element) =>
          element?.textContent === 'Last seen by the IRO: 16 March 2026, a visit, seen alone',
      ),
    ).toBeVisible();
    expect(within(section).getByText('Talked about the new school')).toBeVisible();
    expect(within(section).getByRole('button', { name: 'Record a contact' })).toHaveAttribute(
      'href',
      paths.recordIroContact(child.id),
    );
  });

  it('shows a team manager the contacts, with no link to record one', async () => {
    const children = await childrenVisibleTo(STAFF.hannah);
    await renderPage({ routes, path: paths.child(children[0]!.id), signInAs: STAFF.margaret });
    const section = await screen.findByRole('region', { name: 'Contacts with the IRO' });
    expect(await within(section).findByText('Last seen by the IRO:')).toBeVisible();
    expect(within(section).queryByRole('button', { name: 'Record a contact' })).toBeNull();
  });
});

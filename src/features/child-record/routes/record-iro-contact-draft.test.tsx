// The IRO contact form keeps what was typed as a draft in the (mock) backend: it survives leaving
// the page (here: the page unmounted and rendered again, as after going elsewhere or a reload),
// is offered back, and goes once the contact is saved.
// eslint-disable-next-line testing-library/no-manual-cleanup
import { cleanup, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/lib/paths';
import { AUTOSAVE_MS } from '@/lib/use-form-draft';
import { childrenVisibleTo, renderPage, STAFF } from '@/test/render-page';
import { typeDate } from '@/test/form-helpers';
import { currentDatabase } from '@mocks/db/current';
import { childRecordRoutes as routes } from '../testing/routes';

const DATE = 'Date of the contact';
const TITLE = 'Record a contact with the child';
const SAVED_WITHIN = { timeout: AUTOSAVE_MS * 2 };
const WITH_AUTOSAVES = 30_000;

async function openForm(childId?: string) {
  const id = childId ?? (await childrenVisibleTo(STAFF.hannah))[0]!.id;
  const view = await renderPage({ routes, path: paths.recordIroContact(id), keepDatabase: true });
  await screen.findByRole('heading', { level: 1, name: TITLE });
  return { ...view, childId: id };
}

function dateParts() {
  return ['Day', 'Month', 'Year'].map(
    (part) => screen.getByLabelText<HTMLInputElement>(part).value,
  );
}

describe('the IRO contact form’s draft', () => {
  it(
    'survives leaving the page, is offered back, and goes when the contact is saved',
    async () => {
      const first = await openForm();
      await typeDate(first.user, DATE, ['16', '3', '2026']);
      await first.user.click(screen.getByRole('radio', { name: 'Video call' }));
      await first.user.click(screen.getByRole('radio', { name: 'No' }));
      await first.user.type(screen.getByLabelText('Note (optional)'), 'Foster carer in the room');
      expect(await screen.findByText(/^Draft saved at \d\d:\d\d$/, {}, SAVED_WITHIN)).toBeVisible();

      cleanup();
      const second = await openForm(first.childId);
      const offer = await screen.findByRole('region', { name: 'Important' });
      expect(offer).toHaveTextContent(/You have a draft from \d\d:\d\d on 16 March 2026/);
      // Nothing is put in the form until the person chooses.
      expect(screen.getByLabelText('Note (optional)')).toHaveValue('');
      await second.user.click(screen.getByRole('button', { name: 'Continue with the draft' }));
      expect(dateParts()).toEqual(['16', '3', '2026']);
      expect(screen.getByRole('radio', { name: 'Video call' })).toBeChecked();
      expect(screen.getByRole('radio', { name: 'No' })).toBeChecked();
      expect(screen.getByLabelText('Note (optional)')).toHaveValue('Foster carer in the room');

      await second.user.click(screen.getByRole('button', { name: 'Save contact' }));
      expect(
        await screen.findByText('Contact of 16 March 2026 recorded', {}, { timeout: 5000 }),
      ).toBeVisible();
      await waitFor(() => {
        expect(currentDatabase()?.count('drafts')).toBe(0);
      });
      cleanup();
      await openForm(first.childId);
      expect(screen.queryByText(/You have a draft/)).not.toBeInTheDocument();
    },
    WITH_AUTOSAVES,
  );

  it(
    'is kept at once when the person leaves before the next autosave',
    async () => {
      const first = await openForm();
      await first.user.click(screen.getByRole('radio', { name: 'Message' }));
      await first.user.type(screen.getByLabelText('Note (optional)'), 'Sent my number');
      // Leaving the page (going elsewhere in the app) saves the draft there and then.
      cleanup();
      await waitFor(() => {
        expect(currentDatabase()?.count('drafts')).toBe(1);
      });
      const second = await openForm(first.childId);
      await second.user.click(
        await screen.findByRole('button', { name: 'Continue with the draft' }),
      );
      expect(screen.getByRole('radio', { name: 'Message' })).toBeChecked();
      expect(screen.getByLabelText('Note (optional)')).toHaveValue('Sent my number');
    },
    WITH_AUTOSAVES,
  );
});

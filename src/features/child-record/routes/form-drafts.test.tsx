// A form's draft, kept by the real mock backend: autosaved, offered back when the person returns
// (here: the page unmounted and rendered again, as after a reload), discarded on save or cancel.
// The page is unmounted mid-test and rendered again: that is the reload (or a closed lid).
// eslint-disable-next-line testing-library/no-manual-cleanup
import { cleanup, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { paths } from '@/lib/paths';
import { AUTOSAVE_MS } from '@/lib/use-form-draft';
import { childrenVisibleTo, renderPage, server } from '@/test/render-page';
import { typeDate } from '@/test/form-helpers';
import { currentDatabase } from '@mocks/db/current';
import { childRecordRoutes as routes } from '../testing/routes';

const DATE = 'Date of the midpoint check';
const SAVED_WITHIN = { timeout: AUTOSAVE_MS * 2 };
/** Each test waits for an autosave or two (AUTOSAVE_MS apart) on top of the form's own work. */
const WITH_AUTOSAVES = 30_000;

async function openForm(childId?: string) {
  const id = childId ?? (await childrenVisibleTo())[0]!.id;
  const view = await renderPage({ routes, path: paths.recordMidpoint(id), keepDatabase: true });
  await screen.findByRole('heading', { level: 1, name: 'Record a midpoint check' });
  return { ...view, childId: id };
}

async function typeACheck(view: Awaited<ReturnType<typeof openForm>>) {
  await typeDate(view.user, DATE, ['12', '3', '2026']);
  await view.user.click(screen.getByRole('radio', { name: 'Concerns' }));
  await view.user.type(screen.getByLabelText('Note (optional)'), 'Contact with mum stopped');
}

function dateParts() {
  return ['Day', 'Month', 'Year'].map(
    (part) => screen.getByLabelText<HTMLInputElement>(part).value,
  );
}

describe('form drafts (midpoint check)', () => {
  it(
    'autosaves quietly, offers the draft back after a reload and restores exactly what was typed',
    async () => {
      const first = await openForm();
      // Nothing said until there is something saved (the page's other live region says the
      // record has loaded).
      expect(screen.queryByText(/Draft saved/)).not.toBeInTheDocument();
      await typeACheck(first);
      const saved = await screen.findByText(/^Draft saved at \d\d:\d\d$/, {}, SAVED_WITHIN);
      expect(saved).toBeVisible();
      expect(saved).toHaveAttribute('role', 'status');

      cleanup();
      await openForm(first.childId);
      const offer = await screen.findByRole('region', { name: 'Important' });
      expect(offer).toHaveTextContent(/You have a draft from \d\d:\d\d on 16 March 2026/);
      expect(offer).not.toHaveTextContent('The record has changed');
      // Nothing is put in the form until the person chooses.
      expect(screen.getByLabelText('Note (optional)')).toHaveValue('');
      await first.user.click(screen.getByRole('button', { name: 'Continue with the draft' }));
      expect(screen.queryByRole('region', { name: 'Important' })).not.toBeInTheDocument();
      expect(dateParts()).toEqual(['12', '3', '2026']);
      expect(screen.getByRole('radio', { name: 'Concerns' })).toBeChecked();
      expect(screen.getByLabelText('Note (optional)')).toHaveValue('Contact with mum stopped');
      await waitFor(() => {
        expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
      });

      // Saving the check discards the draft: the form is offered nothing next time.
      await first.user.click(screen.getByRole('button', { name: 'Save midpoint check' }));
      expect(
        await screen.findByText('Midpoint check of 12 March 2026 recorded', {}, { timeout: 5000 }),
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
    'discards the draft when asked, and when the form is cancelled',
    async () => {
      const first = await openForm();
      await typeACheck(first);
      await screen.findByText(/^Draft saved at/, {}, SAVED_WITHIN);
      cleanup();

      const second = await openForm(first.childId);
      await second.user.click(await screen.findByRole('button', { name: 'Discard the draft' }));
      expect(screen.getByLabelText('Note (optional)')).toHaveValue('');
      await waitFor(() => {
        expect(currentDatabase()?.count('drafts')).toBe(0);
      });

      await typeACheck(second);
      await screen.findByText(/^Draft saved at/, {}, SAVED_WITHIN);
      expect(currentDatabase()?.count('drafts')).toBe(1);
      await second.user.click(screen.getByRole('link', { name: 'Cancel' }));
      await second.user.click(await screen.findByRole('button', { name: 'Leave without saving' }));
      await waitFor(() => {
        expect(currentDatabase()?.count('drafts')).toBe(0);
      });
    },
    WITH_AUTOSAVES,
  );

  it(
    'says when the record has changed since the draft was saved',
    async () => {
      const first = await openForm();
      await typeACheck(first);
      await screen.findByText(/^Draft saved at/, {}, SAVED_WITHIN);
      cleanup();
      const db = currentDatabase();
      const child = db?.get('children', first.childId);
      if (db === null || child === undefined) throw new Error('No child');
      await db.commit({
        puts: { children: [{ ...child, version: child.version + 1 }] },
        deletes: {},
      });

      await openForm(first.childId);
      expect(await screen.findByRole('region', { name: 'Important' })).toHaveTextContent(
        'The record has changed since you saved the draft.',
      );
    },
    WITH_AUTOSAVES,
  );

  it(
    'a draft save still on its way when the form is saved does not bring the draft back',
    async () => {
      // The first autosave is held up on its way (as on a slow connection), then goes on to the
      // real handler: it reaches the backend after the draft was removed on saving.
      let arrived: () => void = () => undefined;
      const sent = new Promise<void>((resolve) => {
        arrived = resolve;
      });
      let release: () => void = () => undefined;
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      let answered: () => void = () => undefined;
      const late = new Promise<void>((resolve) => {
        answered = resolve;
      });
      let heldUp = false;
      server.use(
        http.put('*/api/drafts/:formKey', async () => {
          if (heldUp) return undefined;
          heldUp = true;
          arrived();
          await released;
          // Answered by the next handler (the real one) once this one gives nothing back.
          setTimeout(answered, 200);
          return undefined;
        }),
      );
      const view = await openForm();
      await typeACheck(view);
      await sent;
      await view.user.click(screen.getByRole('button', { name: 'Save midpoint check' }));
      expect(
        await screen.findByText('Midpoint check of 12 March 2026 recorded', {}, { timeout: 5000 }),
      ).toBeVisible();
      // Removed on saving, then the held-up save arrives and stores the draft again.
      await waitFor(() => {
        expect(currentDatabase()?.count('drafts')).toBe(0);
      });
      release();
      await late;
      await waitFor(() => {
        expect(currentDatabase()?.count('drafts')).toBe(0);
      });
      cleanup();
      await openForm(view.childId);
      expect(screen.queryByText(/You have a draft/)).not.toBeInTheDocument();
    },
    WITH_AUTOSAVES,
  );

  it(
    'a draft that cannot be saved says so and blocks nothing',
    async () => {
      server.use(http.put('*/api/drafts/:formKey', () => HttpResponse.error()));
      const view = await openForm();
      await typeACheck(view);
      expect(
        await screen.findByText(/^The draft could not be saved at \d\d:\d\d/, {}, SAVED_WITHIN),
      ).toBeVisible();
      expect(screen.getByLabelText('Note (optional)')).toHaveValue('Contact with mum stopped');
      await view.user.click(screen.getByRole('button', { name: 'Save midpoint check' }));
      expect(
        await screen.findByText('Midpoint check of 12 March 2026 recorded', {}, { timeout: 5000 }),
      ).toBeVisible();
    },
    WITH_AUTOSAVES,
  );
});

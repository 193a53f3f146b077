// Sharing the imported children out can move their booked review meetings into a clash in the new
// IRO's diary: the page names every clash and lets the manager confirm, as the team's reallocate
// page does. Real router, real MSW handlers, the e2e journey's SSDA903 fixture files.
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { api } from '@/lib/api/client';
import { paths } from '@/lib/paths';
import { renderPage, server, STAFF } from '@/test/render-page';
import { errorSummaryLinks, importTheValidChildren, uploadFixtures } from '../testing/page-helpers';
import { ImportReturnPage } from './import-return-page';

// The fixtures' "today": Monday 23 November 2026.
const TODAY = '2026-11-23';
const GARETH = 'st_04';
const CONFIRM = 'Move the meetings anyway: I will rearrange them';

const routes = [
  { path: paths.ssda903Import, element: <ImportReturnPage /> },
  { path: paths.caseload, element: <h1>Caseloads</h1> },
];

async function childByRef(childRef: string) {
  const child = (await api.listChildren({ q: childRef })).items[0];
  if (child === undefined) throw new Error(`${childRef} was not imported`);
  return child;
}

/**
 * Imports the fixture's four children (to Gareth Lloyd), then books two of them a meeting each
 * that overlaps one of Hannah Okoye's: moving both to Hannah makes two clashes in her diary.
 */
async function importWithMeetingsClashingInHannahsDiary() {
  const view = await renderPage({
    routes,
    path: paths.ssda903Import,
    signInAs: STAFF.margaret,
    db: { today: TODAY },
  });
  const { user } = view;
  await uploadFixtures(user);
  await importTheValidChildren(user, /^Gareth Lloyd/);
  await screen.findByRole('heading', { name: '4 children imported' });

  const hannahs = (await api.listChildren({ iroId: STAFF.hannah, sort: 'childRef' })).items;
  const slots = [
    { imported: 'NB900001', date: '2026-12-08', start: '10:00', hers: '10:30' },
    { imported: 'NB900002', date: '2026-11-26', start: '14:00', hers: '15:00' },
  ];
  for (const [index, slot] of slots.entries()) {
    const hersFor = hannahs[index];
    if (hersFor === undefined) throw new Error('Hannah Okoye has too few children');
    await api.bookMeeting(hersFor.id, {
      date: slot.date,
      startTime: slot.hers,
      durationMinutes: 60,
      format: 'virtual',
      virtualLink: 'https://meet.example.org/review',
      iroId: STAFF.hannah,
      outOfTimescaleReason: 'The family asked for this date',
    });
    const child = await childByRef(slot.imported);
    await api.bookMeeting(child.id, {
      date: slot.date,
      startTime: slot.start,
      durationMinutes: 90,
      format: 'in-person',
      venue: 'Riverside Family Centre',
      outOfTimescaleReason: 'The family asked for this date',
    });
  }
  return view;
}

describe('Allocating imported children into clashes', { timeout: 30_000 }, () => {
  it('names every clash, asks to confirm, forgets the warning when the choice changes, and allocates once confirmed', async () => {
    const { user } = await importWithMeetingsClashingInHannahsDiary();
    const first = screen.getByRole('checkbox', { name: 'Child NB900001' });
    const second = screen.getByRole('checkbox', { name: 'Child NB900002' });
    const to = screen.getByRole('combobox', { name: 'Allocate them to' });
    await user.click(first);
    await user.click(second);
    await user.selectOptions(to, screen.getByRole('option', { name: /^Hannah Okoye/ }));
    await user.click(screen.getByRole('button', { name: 'Allocate' }));

    const links = await errorSummaryLinks();
    expect(links).toHaveLength(3);
    const clashes = links.slice(0, 2);
    for (const text of clashes) expect(text).toMatch(/in Hannah Okoye’s diary$/);
    expect(clashes[0]).toMatch(/review meeting on Thursday 26 November 2026 at 14:00/);
    expect(clashes[1]).toMatch(/review meeting on Tuesday 8 December 2026 at 10:00/);
    expect(links[2]).toBe(`Choose another IRO, or select “${CONFIRM}”`);
    const summary = screen.getByRole('alert');
    for (const text of clashes) {
      expect(within(summary).getByRole('link', { name: text })).toHaveAttribute('href', '#toIroId');
    }
    expect(within(summary).getByRole('link', { name: links[2] })).toHaveAttribute(
      'href',
      '#acceptClashes',
    );
    // Every clash by the IRO field; nothing chosen is lost, and nobody moved.
    expect(to).toHaveAccessibleDescription(`Error: ${clashes.join('')}`);
    expect(first).toBeChecked();
    expect(second).toBeChecked();
    expect(to).toHaveValue(STAFF.hannah);
    expect((await childByRef('NB900001')).iroId).toBe(GARETH);

    // Another IRO, or other children: the warning was about that choice, so it goes.
    const confirm = screen.getByRole('checkbox', { name: CONFIRM });
    expect(confirm).not.toBeChecked();
    await user.click(confirm);
    await user.selectOptions(to, screen.getByRole('option', { name: /^Daniel Fletcher/ }));
    expect(screen.queryByRole('checkbox', { name: CONFIRM })).not.toBeInTheDocument();
    await user.selectOptions(to, screen.getByRole('option', { name: /^Hannah Okoye/ }));
    expect(screen.queryByRole('checkbox', { name: CONFIRM })).not.toBeInTheDocument();
    expect(to).not.toHaveAccessibleDescription(/Error/);
    await user.click(screen.getByRole('button', { name: 'Allocate' }));
    expect(await screen.findByRole('checkbox', { name: CONFIRM })).not.toBeChecked();
    await user.click(second);
    expect(screen.queryByRole('checkbox', { name: CONFIRM })).not.toBeInTheDocument();
    await user.click(second);
    await user.click(screen.getByRole('button', { name: 'Allocate' }));

    // Confirmed, but the save fails: every choice is kept, the confirmation too.
    await user.click(await screen.findByRole('checkbox', { name: CONFIRM }));
    server.use(http.post('*/api/children/reallocate', () => HttpResponse.error(), { once: true }));
    await user.click(screen.getByRole('button', { name: 'Allocate' }));
    expect(
      await screen.findByRole('heading', { name: 'The children have not been allocated' }),
    ).toBeVisible();
    expect(screen.getByRole('checkbox', { name: CONFIRM })).toBeChecked();
    expect(first).toBeChecked();
    expect(second).toBeChecked();
    expect(to).toHaveValue(STAFF.hannah);
    expect((await childByRef('NB900002')).iroId).toBe(GARETH);

    await user.click(screen.getByRole('button', { name: 'Allocate' }));
    expect(await screen.findByText('2 children allocated to Hannah Okoye')).toBeVisible();
    expect(
      screen.getByText(
        'Review meetings now overlap others in Hannah Okoye’s diary: rearrange them. The team calendar marks each clash.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('checkbox', { name: CONFIRM })).not.toBeInTheDocument();
    for (const ref of ['NB900001', 'NB900002']) {
      const child = await childByRef(ref);
      expect(child.iroId).toBe(STAFF.hannah);
      const audit = await api.listAuditEvents({ childId: child.id });
      expect(audit.items.find((event) => event.action === 'reallocated')?.summary).toMatch(
        /to Hannah Okoye, accepting a clash in Hannah Okoye’s diary$/,
      );
    }
  });
});

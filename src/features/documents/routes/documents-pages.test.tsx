import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api } from '@/lib/api/client';
import type { ReviewMeeting } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import { errorSummaryMessages } from '@/test/form-helpers';
import { childrenVisibleTo, renderPage, signIn, STAFF, TEST_TODAY } from '@/test/render-page';
import { resetMockDatabase } from '@mocks/node';
import { documentRoutes as routes } from '../testing/routes';

const SLOW = { timeout: 30_000 };

describe('document templates (a team manager)', () => {
  it(
    'shows an unknown placeholder at once, naming it and its line, and refuses to save it',
    SLOW,
    async () => {
      const { user } = await renderPage({
        routes,
        path: paths.documentTemplates,
        signInAs: STAFF.margaret,
      });
      await screen.findByRole('heading', { level: 1, name: 'Document templates' });
      await user.click(screen.getByRole('link', { name: 'Change invitation to the review' }));
      const text = await screen.findByRole('textbox', { name: 'Text' });
      await user.clear(text);
      await user.click(text);
      await user.paste('Dear {{invitee.name}},\n\nCome on {{meeting.day}}.');
      // Before saving: the message is beside the field as soon as it is typed.
      expect(
        screen.getByText(
          'Line 3 has a placeholder this template cannot use: {{meeting.day}}. Use one from the list of placeholders',
          { exact: false },
        ),
      ).toBeVisible();
      await user.click(screen.getByRole('button', { name: 'Save template' }));
      expect(await errorSummaryMessages()).toEqual([
        'Line 3 has a placeholder this template cannot use: {{meeting.day}}. Use one from the list of placeholders',
      ]);
      // The list of placeholders says what each stands for.
      const table = screen.getByRole('table', { name: 'Placeholders this template can use' });
      expect(within(table).getByRole('rowheader', { name: '{{meeting.date}}' })).toBeVisible();

      await user.clear(text);
      await user.paste('Dear {{invitee.name}},\n\nCome on {{meeting.date}}.');
      await user.click(screen.getByRole('button', { name: 'Save template' }));
      await screen.findByRole('heading', { level: 1, name: 'Document templates' });
      const row = screen.getByRole('row', { name: /Invitation to the review/ });
      expect(row).toHaveTextContent('by Margaret Osei-Bonsu');
    },
  );

  it(
    'refuses an empty text and title, with the fields named in the error summary',
    SLOW,
    async () => {
      const { user } = await renderPage({
        routes,
        path: paths.editDocumentTemplate('letter-to-child'),
        signInAs: STAFF.margaret,
      });
      await user.clear(await screen.findByRole('textbox', { name: 'Title' }));
      await user.clear(screen.getByRole('textbox', { name: 'Text' }));
      await user.click(screen.getByRole('button', { name: 'Save template' }));
      expect(await errorSummaryMessages()).toEqual([
        'Enter the document’s title',
        'Enter the text of the template',
      ]);
    },
  );
});

/** A seeded meeting, booked from today on, inviting someone. */
async function seededMeeting(): Promise<ReviewMeeting> {
  resetMockDatabase();
  await signIn(STAFF.tracey);
  const meetings = await api.listMeetings({ from: TEST_TODAY, pageSize: 10_000 });
  const meeting = meetings.items.find(
    (each) =>
      each.status === 'booked' &&
      each.invitees.some((invitee) => invitee.role === 'carer' || invitee.role === 'parent'),
  );
  if (meeting === undefined) throw new Error('No booked meeting inviting a parent or carer');
  return meeting;
}

describe('a meeting’s invitations and consultation forms (business support)', () => {
  it('lists one invitation per invitee in their contact method, and prints one', SLOW, async () => {
    const meeting = await seededMeeting();
    const { user } = await renderPage({
      routes,
      path: paths.meetingDocuments(meeting.id),
      signInAs: STAFF.tracey,
      keepDatabase: true,
    });
    await screen.findByRole('heading', { level: 1, name: 'Invitations and consultation forms' });
    const invitations = screen.getAllByRole('button', { name: /^Download as Word invitation/ });
    expect(invitations).toHaveLength(meeting.invitees.length);
    const family = meeting.invitees.find(
      (invitee) => invitee.role === 'carer' || invitee.role === 'parent',
    );
    expect(
      screen.getByRole('button', {
        name: `Download as Word consultation form for parents and carers for ${family?.name ?? ''}`,
      }),
    ).toBeEnabled();
    await user.click(
      screen.getByRole('link', {
        name: `View and print invitation to the review for ${family?.name ?? ''}`,
      }),
    );
    await screen.findByRole('button', { name: 'Print this page' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      /^Invitation to .+’s review$/,
    );
    expect(screen.getByText(`Dear ${family?.name ?? ''},`)).toBeVisible();
  });
});

describe('a review’s letter to the child (the IRO)', () => {
  it('shows the letter built from the decisions, with its reading age', SLOW, async () => {
    const children = await childrenVisibleTo(STAFF.hannah);
    let found: { childId: string; reviewId: string; decisions: string } | null = null;
    for (const child of children.slice(0, 30)) {
      const detail = await api.getChild(child.id);
      const review = detail.reviews.find(
        (each) => each.withdrawn === null && each.decisions !== null,
      );
      if (review?.decisions) {
        found = { childId: child.id, reviewId: review.id, decisions: review.decisions };
        break;
      }
    }
    if (found === null) throw new Error('No review with decisions');
    await renderPage({
      routes,
      path: paths.reviewDocuments(found.childId, found.reviewId),
      keepDatabase: true,
    });
    await screen.findByRole('heading', {
      level: 1,
      name: 'Letter to the child and decisions summary',
    });
    const letter = screen.getByRole('region', {
      name: 'Letter to the child (the record of the review)',
    });
    expect(within(letter).getByText(/^Reading age \d+: /)).toBeVisible();
    expect(
      within(letter).getAllByText(found.decisions.split('\n')[0] ?? '', { exact: false })[0],
    ).toBeVisible();
    expect(within(letter).getByRole('link', { name: /View and print/ })).toHaveAttribute(
      'href',
      paths.printReviewDocument(found.childId, found.reviewId, 'letter-to-child'),
    );
  });

  it('is refused to business support, who never see review content', SLOW, async () => {
    const children = await childrenVisibleTo(STAFF.hannah);
    const child = await api.getChild(children[0]?.id ?? '');
    const review = child.reviews[0];
    if (review === undefined) throw new Error('No review');
    await renderPage({
      routes,
      path: paths.reviewDocuments(child.id, review.id),
      signInAs: STAFF.tracey,
      keepDatabase: true,
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You cannot see these documents' }),
    ).toBeVisible();
    expect(
      screen.getByText(
        'Business support cannot see the letter to the child or the decisions summary: they hold the review’s content',
      ),
    ).toBeVisible();
  });
});

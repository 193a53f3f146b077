import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/lib/paths';
import { renderPage, STAFF } from '@/test/render-page';
import { buildDigests, digestMessageId } from '@mocks/digest-compute';
import { resetMockDatabase, TEST_TODAY } from '@mocks/node';
import { outboxRoutes as routes } from '../testing/routes';

function rows(): HTMLElement[] {
  return within(screen.getByRole('table')).getAllByRole('row').slice(1);
}

/** A freshly seeded database with today's reminders built, as the daily run leaves it. */
async function withDigests() {
  const db = resetMockDatabase();
  const result = await buildDigests(db);
  return { db, result };
}

// Page tests drive a real router and the mock backend: allow for a busy machine.
describe('the outbox', { timeout: 20_000 }, () => {
  it('lets a team manager send today’s reminders, once, and read one', async () => {
    const { user } = await renderPage({ routes, path: paths.outbox, signInAs: STAFF.margaret });
    expect(await screen.findByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
    expect(await screen.findByRole('heading', { name: 'No reminders yet' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Send today’s reminders' }));
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent(/^Success\d+ new reminders built\./);
    const built = Number(/(\d+) new/.exec(banner.textContent)?.[1]);
    expect(built).toBeGreaterThan(3);
    expect(await screen.findByText(`${built} messages`)).toBeVisible();
    expect(rows()).toHaveLength(built);
    const hannah = rows().find((row) => within(row).queryByText('Hannah Okoye') !== null);
    expect(hannah).toBeDefined();
    expect(within(hannah!).getByText('IRO')).toBeVisible();
    expect(within(hannah!).getByText('Not sent yet')).toBeVisible();
    expect(hannah).toHaveTextContent('16 March 2026');

    // Again the same day: nothing built twice.
    await user.click(screen.getByRole('button', { name: 'Send today’s reminders' }));
    expect(await screen.findByText(/No new reminders/)).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent(
      `${built} people had theirs for 16 March 2026 already: nothing is sent twice.`,
    );
    expect(rows()).toHaveLength(built);

    const subject = within(hannah!).getByRole('link');
    const subjectText = subject.textContent;
    expect(subjectText).toMatch(/^IRO Review Tracker: \d+ tasks? (late|due)/);
    await user.click(subject);
    expect(await screen.findByRole('heading', { level: 1, name: subjectText })).toBeVisible();
    expect(screen.getByText('Reminder to Hannah Okoye')).toBeVisible();
    expect(
      screen.getByText('Hannah Okoye (hannah.okoye@northbridge.example.gov.uk)'),
    ).toBeVisible();
    // The email from its data, each task a link to its page; the plain text and HTML as sent.
    expect(screen.getByText('Hello Hannah Okoye,')).toBeVisible();
    const taskLinks = screen
      .getAllByRole('link')
      .filter((link) => link.getAttribute('href')?.startsWith('http://localhost'));
    expect(taskLinks.length).toBeGreaterThan(0);
    const asSent = (start: string) =>
      screen.getByText(
        (_, element) => element?.tagName === 'PRE' && element.textContent.startsWith(start),
      );
    expect(
      asSent('Hello Hannah Okoye,\n\nYour tasks in IRO Review Tracker on Monday 16 March 2026'),
    ).toBeVisible();
    expect(asSent('<!DOCTYPE html>')).toHaveTextContent('<p>Hello Hannah Okoye,</p>');
  });

  it('shows an IRO only the reminders sent to them, with no button to send', async () => {
    const { db } = await withDigests();
    await renderPage({ routes, path: paths.outbox, signInAs: STAFF.hannah, keepDatabase: true });
    expect(await screen.findByText('1 message')).toBeVisible();
    expect(rows()).toHaveLength(1);
    expect(rows()[0]).toHaveTextContent('Hannah Okoye');
    expect(screen.queryByRole('button', { name: 'Send today’s reminders' })).toBeNull();
    expect(db.get('outbox', digestMessageId(STAFF.daniel, TEST_TODAY))).toBeDefined();
  });

  it('refuses an IRO someone else’s reminder', async () => {
    await withDigests();
    await renderPage({
      routes,
      path: paths.outboxMessage(digestMessageId(STAFF.daniel, TEST_TODAY)),
      signInAs: STAFF.hannah,
      keepDatabase: true,
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You cannot see this message' }),
    ).toBeVisible();
    expect(screen.getByText('You can only see the messages addressed to you')).toBeVisible();
  });

  it('shows business support their own', async () => {
    await withDigests();
    await renderPage({ routes, path: paths.outbox, signInAs: STAFF.tracey, keepDatabase: true });
    expect(await screen.findByText('1 message')).toBeVisible();
    expect(rows()[0]).toHaveTextContent('Tracey Dunn');
  });
});

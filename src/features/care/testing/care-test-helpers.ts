// Helpers for the care pages' tests (not used by the app itself).
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { api } from '@/lib/api/client';
import type { CareRecord, CreateChildBody } from '@/lib/api/schemas';
import { typeDate } from '@/test/form-helpers';
import { signIn, STAFF, TEST_TODAY } from '@/test/render-page';
import { resetMockDatabase } from '@mocks/node';

export interface NewChildAnswers {
  givenName: string;
  familyName: string;
  dateOfBirth: [string, string, string];
  sex: 'Male' | 'Female';
  childRef: string;
  lookedAfterOn: [string, string, string];
  legalStatus: string;
  placementType: string;
  placement: string;
  socialWorker: string;
  team: string;
}

export const NEW_CHILD: NewChildAnswers = {
  givenName: 'Poppy',
  familyName: 'Reyes',
  dateOfBirth: ['4', '7', '2017'],
  sex: 'Female',
  childRef: 'LA900001',
  lookedAfterOn: ['16', '3', '2026'],
  legalStatus: 'C1: Interim care order',
  placementType: 'U6: Foster placement with other foster carer(s): other',
  placement: 'Foster carers, Mr and Mrs Khan',
  socialWorker: 'Sam Patel',
  team: 'Children in care team 2',
};

/** Fills the new-child form as a person would. */
export async function fillNewChild(user: UserEvent, answers: NewChildAnswers): Promise<void> {
  await user.type(screen.getByLabelText('First name'), answers.givenName);
  await user.type(screen.getByLabelText('Last name'), answers.familyName);
  await typeDate(user, 'Date of birth', answers.dateOfBirth);
  await user.click(screen.getByRole('radio', { name: answers.sex }));
  await user.type(screen.getByLabelText('Council reference'), answers.childRef);
  await typeDate(user, 'Date the child became looked after', answers.lookedAfterOn);
  await user.selectOptions(
    screen.getByRole('combobox', { name: 'Legal status' }),
    answers.legalStatus,
  );
  await user.selectOptions(
    screen.getByRole('combobox', { name: 'Placement type' }),
    answers.placementType,
  );
  await user.type(screen.getByLabelText('Placement'), answers.placement);
  const socialWorker = screen.getByRole('group', { name: 'Social worker' });
  await user.type(within(socialWorker).getByLabelText('Name'), answers.socialWorker);
  await user.type(within(socialWorker).getByLabelText('Team'), answers.team);
}

/** A new child's body for the API. */
export function newChildBody(overrides: Partial<CreateChildBody> = {}): CreateChildBody {
  return {
    childRef: 'LA900002',
    givenName: 'Jamie',
    familyName: 'Okafor',
    dateOfBirth: '2015-05-20',
    sex: '1',
    becameLookedAfterOn: TEST_TODAY,
    legalStatus: 'V2',
    placementType: 'U4',
    placementDescription: 'Foster carers, Ms Green',
    socialWorker: { name: 'Alex Brown', team: 'Assessment team' },
    ...overrides,
  };
}

/**
 * A fresh seeded database and a looked-after child with an IRO and (when asked) a meeting still
 * booked, as a team manager sees it through the API (signed in as Margaret Osei-Bonsu).
 */
export async function seededChild(
  options: { withBookedMeeting?: boolean; iroId?: string } = {},
): Promise<CareRecord> {
  const db = resetMockDatabase();
  await signIn(STAFF.margaret);
  for (const child of db.all('children')) {
    if (child.iroId === null) continue;
    if (options.iroId !== undefined && child.iroId !== options.iroId) continue;
    const record = await api.getChildCare(child.id);
    const episode = record.periods.at(-1)?.episodes.at(-1);
    if (record.care.status !== 'looked-after' || episode === undefined) continue;
    // Room for a change today: the open episode started before today, and not on short breaks.
    if (episode.start >= TEST_TODAY || ['V3', 'V4'].includes(record.legalStatus)) continue;
    if (options.withBookedMeeting === true && record.bookedMeetings.length === 0) continue;
    return record;
  }
  throw new Error('No child in the seed fits');
}

/** Records the child leaving care today through the API (as whoever is signed in). */
export async function leaveToday(record: CareRecord): Promise<CareRecord> {
  return api.recordCareEvent(record.id, {
    kind: 'leave',
    date: TEST_TODAY,
    reasonEnded: 'E4A',
    version: record.version,
  });
}

// A small hand-built dataset in the real mock database, for tests whose expected answers are worked
// out by hand: the seeded staff (Hannah Okoye st_01, Daniel Fletcher st_02, ...) with no seeded
// children, then exactly the records a test gives. Builders fill the fields a test does not care about.
import {
  unwrittenReviewRecord,
  type Child,
  type Escalation,
  type MidpointCheck,
  type Review,
  type ReviewMeeting,
} from '@/lib/api/schemas';
import { resetMockDatabase, TEST_TODAY } from '@mocks/node';

export interface HandBuiltData {
  today?: string;
  children: Child[];
  reviews?: Review[];
  meetings?: ReviewMeeting[];
  midpointChecks?: MidpointCheck[];
  escalations?: Escalation[];
}

/** Reseeds with the staff only, then stores exactly these records. */
export async function loadHandBuiltData(data: HandBuiltData): Promise<void> {
  const db = resetMockDatabase({ size: 0, today: data.today ?? TEST_TODAY });
  await db.commit({
    puts: {
      children: data.children,
      reviews: data.reviews ?? [],
      meetings: data.meetings ?? [],
      midpointChecks: data.midpointChecks ?? [],
      escalations: data.escalations ?? [],
    },
    deletes: {},
  });
}

/** A child looked after since `start` (one open episode, standard review rules). */
export function handBuiltChild(
  fields: Pick<Child, 'id' | 'givenName' | 'familyName' | 'dateOfBirth' | 'iroId'> & {
    start: string;
    childRef?: string;
  },
): Child {
  return {
    id: fields.id,
    childRef: fields.childRef ?? `LA${fields.id.toUpperCase()}`,
    givenName: fields.givenName,
    familyName: fields.familyName,
    dateOfBirth: fields.dateOfBirth,
    sex: null,
    legalStatus: 'C2',
    placement: { type: 'U6', description: 'Foster placement' },
    socialWorker: { name: 'Sam Social', team: 'Children in Care Team 1' },
    iroId: fields.iroId,
    version: 1,
    episodes: [
      {
        id: `ep_${fields.id}`,
        start: fields.start,
        end: null,
        reasonForNewEpisode: 'S',
        legalStatus: 'C2',
        placementType: 'U6',
        reasonEnded: null,
      },
    ],
  };
}

/** A review held on `heldOn`; record, decisions and sign-off dates as given (default none). */
export function handBuiltReview(
  fields: Pick<Review, 'id' | 'childId' | 'heldOn' | 'participationCode'> &
    Partial<
      Pick<
        Review,
        'recordOfReviewCompletedOn' | 'decisionsSentOn' | 'managerSignOffOn' | 'participationMethod'
      >
    > & { advocacyReferral?: { on: string; provider: string } },
): Review {
  const referral = fields.advocacyReferral;
  return {
    id: fields.id,
    childId: fields.childId,
    heldOn: fields.heldOn,
    participationCode: fields.participationCode,
    participationMethod: fields.participationMethod ?? 'in-person',
    advocacy: {
      offered: referral !== undefined,
      referralMade: referral !== undefined,
      referralDate: referral?.on ?? null,
      provider: referral?.provider ?? null,
      declined: false,
      outcome: null,
    },
    recommendations: [],
    ...unwrittenReviewRecord(),
    // Decisions sent are words the manager can read.
    decisions: fields.decisionsSentOn ? 'The care plan continues as agreed.' : null,
    carePlanEndorsed: fields.decisionsSentOn ? true : null,
    recordOfReviewCompletedOn: fields.recordOfReviewCompletedOn ?? null,
    decisionsSentOn: fields.decisionsSentOn ?? null,
    managerSignOffOn: fields.managerSignOffOn ?? null,
    lateReason: null,
    lateEntry: null,
    withdrawn: null,
    version: 1,
    recordedBy: 'st_01',
    recordedAt: `${fields.heldOn}T16:00:00.000Z`,
  };
}

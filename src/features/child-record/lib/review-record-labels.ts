import { PARTICIPATION_CODES, PARTICIPATION_METHODS } from '@/domain';
import type { AttendanceMethod, Review } from '@/lib/api/schemas';

/** How someone took part in the review meeting, in words. */
export const ATTENDANCE_METHOD_LABELS: Record<AttendanceMethod, string> = {
  'in-person': 'In person',
  video: 'By video call',
  phone: 'By phone',
  written: 'In writing',
};

/** 'PN1: child attends and speaks for themselves (In person)'. */
export function participationText(
  review: Pick<Review, 'participationCode' | 'participationMethod'>,
): string {
  const code = PARTICIPATION_CODES.find((entry) => entry.code === review.participationCode);
  const method = PARTICIPATION_METHODS.find((entry) => entry.method === review.participationMethod);
  return `${review.participationCode}${code ? `: ${code.meaning}` : ''} (${method?.label ?? review.participationMethod})`;
}

/** 'Yes', 'No' or 'Not answered'. */
export function carePlanEndorsedText(endorsed: boolean | null): string {
  if (endorsed === null) return 'Not answered';
  return endorsed ? 'Yes' : 'No';
}

import { REVIEW_STATUS_LABELS, type ReviewStatus } from '@/domain';
import { Tag, type TagColour } from './govuk/tag';

const STATUS_COLOURS: Record<ReviewStatus, TagColour> = {
  overdue: 'red',
  'booked-late': 'orange',
  'at-risk': 'yellow',
  booked: 'blue',
  'on-track': 'green',
};

export type ReviewStatusTagProps = { status: ReviewStatus };

/** A review status in words (never colour alone), coloured by urgency. */
export function ReviewStatusTag({ status }: ReviewStatusTagProps) {
  return <Tag colour={STATUS_COLOURS[status]}>{REVIEW_STATUS_LABELS[status]}</Tag>;
}

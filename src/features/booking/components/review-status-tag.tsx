import { Tag, type TagColour } from '@/components';
import { REVIEW_STATUS_LABELS, type ReviewStatus } from '@/domain';

const STATUS_COLOURS: Record<ReviewStatus, TagColour> = {
  overdue: 'red',
  'booked-late': 'orange',
  'at-risk': 'yellow',
  booked: 'blue',
  'on-track': 'green',
};

/** A review status in words (never colour alone), coloured by urgency. */
export function ReviewStatusTag({ status }: { status: ReviewStatus }) {
  return <Tag colour={STATUS_COLOURS[status]}>{REVIEW_STATUS_LABELS[status]}</Tag>;
}

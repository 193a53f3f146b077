import { Tag, type TagColour } from '@/components';
import { AT_RISK_CATEGORY_LABELS, type AtRiskCategory } from '@/domain';

const COLOURS: Record<AtRiskCategory, TagColour> = {
  overdue: 'red',
  'not-booked': 'yellow',
  'booked-late': 'orange',
};

/** Why a review is on the at-risk list, in words (never colour alone). */
export function AtRiskTag({ category }: { category: AtRiskCategory }) {
  return <Tag colour={COLOURS[category]}>{AT_RISK_CATEGORY_LABELS[category]}</Tag>;
}

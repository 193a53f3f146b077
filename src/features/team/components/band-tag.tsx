import { Tag } from '@/components';

/** Where a caseload per FTE sits against the band, in words: flagged above, noted below. */
export function BandTag({
  position,
  band,
}: {
  position: 'below' | 'within' | 'above' | null;
  band: { min: number; max: number };
}) {
  if (position === 'above') return <Tag colour="red">Above {band.max}</Tag>;
  if (position === 'below') return <Tag colour="grey">Below {band.min}</Tag>;
  return null;
}

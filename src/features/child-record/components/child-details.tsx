import { formatIsoDate, SummaryList } from '@/components';
import { describeCode } from '@/domain';
import type { ChildDetail } from '@/lib/api/schemas';

/** Who the child is and who is involved: the facts the review cycle depends on. */
export function ChildDetails({ child, iroName }: { child: ChildDetail; iroName: string }) {
  return (
    <SummaryList
      rows={[
        {
          key: 'Date of birth',
          value: `${formatIsoDate(child.dateOfBirth)} (age ${child.age})`,
        },
        { key: 'Legal status', value: describeCode('legalStatus', child.legalStatus) },
        {
          key: 'Placement',
          value: `${child.placement.description} (${child.placement.type})`,
        },
        {
          key: 'Social worker',
          value: `${child.socialWorker.name}, ${child.socialWorker.team}`,
        },
        { key: 'IRO', value: iroName },
        {
          key: 'Current period of care started',
          value: formatIsoDate(child.currentPeriod.start),
        },
        { key: 'Review rules', value: child.currentPeriod.ruleSet.label },
      ]}
    />
  );
}

import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { SummaryList, Tag } from '@/components';
import { describeCode, formatDate } from '@/domain';
import type { CareRecord } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import { fullName, lastPeriod, sexText } from '../lib/care-format';

function Secondary({ children }: { children: ReactNode }) {
  return (
    <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0 govuk-!-margin-top-1">
      {children}
    </span>
  );
}

/** Looked after since …, or left care on … (why). */
export function careStateText(record: CareRecord): string {
  const { leftCare } = record.care;
  if (leftCare !== null) {
    return `Left care on ${formatDate(leftCare.on)} (${describeCode('reasonEnded', leftCare.reasonEnded)})`;
  }
  const period = lastPeriod(record);
  return period === null ? 'Looked after' : `Looked after since ${formatDate(period.start)}`;
}

/** Awaiting an IRO: allocate by … (late flagged in words), or the IRO's name. */
function IroValue({ record, canAllocate }: { record: CareRecord; canAllocate: boolean }) {
  const { allocation } = record;
  if (record.iroId !== null) return <>{record.iroName ?? 'Not known'}</>;
  if (allocation === null) return <>No IRO allocated</>;
  return (
    <>
      <span className="govuk-!-font-weight-bold">
        Awaiting an IRO: allocate by {formatDate(allocation.due)}
      </span>{' '}
      {allocation.late && <Tag colour="red">Late</Tag>}
      <Secondary>{allocation.reason}</Secondary>
      {canAllocate && (
        <Secondary>
          <Link className="govuk-link" to={paths.allocateChild(record.id)}>
            Allocate an IRO <span className="govuk-visually-hidden">to {fullName(record)}</span>
          </Link>
        </Secondary>
      )}
    </>
  );
}

/** Who the child is, whether they are looked after, what is due next and who their IRO is. */
export function CareSummary({ record, canAllocate }: { record: CareRecord; canAllocate: boolean }) {
  const inCare = record.care.status === 'looked-after';
  return (
    <SummaryList
      rows={[
        { key: 'In care', value: careStateText(record) },
        {
          key: 'Next review due',
          value:
            record.nextReview === null ? (
              'Nothing is due: the child has left care'
            ) : (
              <>
                <span className="govuk-!-font-weight-bold">
                  {formatDate(record.nextReview.due)}
                </span>
                <Secondary>{record.nextReview.reason}</Secondary>
              </>
            ),
        },
        inCare && {
          key: 'IRO',
          value: <IroValue record={record} canAllocate={canAllocate} />,
        },
        !inCare && { key: 'Last IRO', value: record.iroName ?? 'None' },
        { key: 'Council reference', value: record.childRef },
        {
          key: 'Date of birth',
          value: `${formatDate(record.dateOfBirth)} (age ${record.age})`,
        },
        { key: 'Sex', value: sexText(record.sex) },
        inCare && { key: 'Legal status', value: describeCode('legalStatus', record.legalStatus) },
        inCare && {
          key: 'Placement',
          value: (
            <>
              {record.placement.description}
              <Secondary>{describeCode('placementType', record.placement.type)}</Secondary>
            </>
          ),
        },
        {
          key: 'Social worker',
          value: `${record.socialWorker.name}, ${record.socialWorker.team}`,
        },
      ]}
    />
  );
}

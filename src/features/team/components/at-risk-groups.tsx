import { Fragment } from 'react';
import { Link } from 'react-router';
import { DueDate, Table } from '@/components';
import { addDays, compareDates, formatDate, weekStarting } from '@/domain';
import type { AtRiskList, AtRiskReview } from '@/lib/api/team-schemas';
import { paths } from '@/lib/paths';
import { fullName, reviewsText } from '../lib/format';
import { AtRiskTag } from './at-risk-tag';
import { ChildNameCell } from './child-name-cell';
import { TableScroll } from './table-scroll';

/** 'Due in the week of Monday 30 November 2026: 12 reviews' ('Was due' for a week gone by). */
export function weekHeading(weekOf: string, count: number, today: string): string {
  const past = compareDates(addDays(weekOf, 6), today) < 0;
  return `${past ? 'Was due' : 'Due'} in the week of Monday ${formatDate(weekOf)}: ${reviewsText(count)}`;
}

function ReviewsTable({ items, caption }: { items: AtRiskReview[]; caption: string }) {
  return (
    <Table
      caption={caption}
      captionClassName="govuk-visually-hidden"
      className="app-team-table"
      firstCellIsHeader
      rowKeys={items.map((item) => item.childId)}
      head={[
        { content: 'Child' },
        { content: 'Due' },
        { content: 'Working days left', numeric: true },
        { content: 'Status' },
        { content: 'Reason' },
        { content: 'Action' },
      ]}
      rows={items.map((item) => [
        { content: <ChildNameCell child={item} /> },
        {
          content: (
            <DueDate
              due={item.due}
              workingDaysLeft={item.workingDaysLeft}
              daysOverdue={item.daysOverdue}
            />
          ),
        },
        {
          // Overdue: said as such, in calendar days (the CSV keeps the signed count).
          content:
            item.category === 'overdue'
              ? `Overdue by ${item.daysOverdue} ${item.daysOverdue === 1 ? 'day' : 'days'}`
              : item.workingDaysLeft,
          numeric: true,
        },
        {
          content: <AtRiskTag category={item.category} />,
        },
        { content: item.statusReason },
        {
          content: (
            <Link
              className="govuk-link govuk-link--no-visited-state"
              to={`${paths.reallocate}?from=${encodeURIComponent(item.iroId)}&child=${encodeURIComponent(item.childId)}`}
            >
              Reallocate <span className="govuk-visually-hidden">{fullName(item)}</span>
            </Link>
          ),
        },
      ])}
    />
  );
}

/**
 * One page of the list under headings per week due, then per IRO. The counts in the headings are
 * the whole list's (from the backend); a group split across pages says how many are on this one.
 */
export function AtRiskGroups({ list }: { list: AtRiskList }) {
  return (
    <>
      {list.groups.map((week) => {
        const inWeek = list.items.filter((item) => weekStarting(item.due) === week.weekOf);
        if (inWeek.length === 0) return null;
        return (
          <section key={week.weekOf} className="app-at-risk-week">
            <h2 className="govuk-heading-m">
              {weekHeading(week.weekOf, week.count, list.today)}
              {inWeek.length < week.count && ` (${inWeek.length} on this page)`}
            </h2>
            {week.iros.map((iro) => {
              const items = inWeek.filter((item) => item.iroId === iro.iroId);
              if (items.length === 0) return null;
              const caption = `Reviews at risk due in the week of Monday ${formatDate(week.weekOf)}, ${iro.iroName}`;
              return (
                <Fragment key={iro.iroId}>
                  <h3 className="govuk-heading-s">
                    {iro.iroName}: {reviewsText(iro.count)}
                    {items.length < iro.count && ` (${items.length} on this page)`}
                  </h3>
                  <TableScroll label={caption}>
                    <ReviewsTable items={items} caption={caption} />
                  </TableScroll>
                </Fragment>
              );
            })}
          </section>
        );
      })}
    </>
  );
}

import type { ReactNode } from 'react';
import { ListPagination } from '@/components';
import { formatDate, formatPercent, PARTICIPATION_CODES } from '@/domain';
import type { AnnualReport, ReportRatio, Settings } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import { lateReviewRow, reportSections, type LateReview } from '../lib/report-tables';
import { BarChart } from './bar-chart';
import { MonthChart } from './month-chart';
import { ReportTableView } from './report-table';

function percentOnly(value: ReportRatio): string {
  return value.outOf === 0 ? 'n/a' : formatPercent(value);
}

function Headline({ report }: { report: AnnualReport }) {
  const items: { label: string; value: string; detail: string }[] = [
    {
      label: 'Children looked after at the end of the period',
      value: String(report.childrenLookedAfterAtEnd.value),
      // A period not yet ended is counted to today, never stated for its future last day.
      detail:
        report.period.soFarTo === null
          ? `on ${formatDate(report.period.to)}`
          : `so far, to ${formatDate(report.period.soFarTo)}`,
    },
    {
      label: 'Reviews held',
      value: String(report.reviewsHeld.value),
      detail: `${report.lateReviews.value.totalItems} held late`,
    },
    {
      label: 'Reviews held in timescale',
      value: percentOnly(report.reviewsInTimescale.value),
      detail: `${report.reviewsInTimescale.value.count} of ${report.reviewsInTimescale.value.outOf}`,
    },
    {
      label: 'Participation (children aged 4 or over)',
      value: percentOnly(report.participation.value),
      detail: `${report.participation.value.count} of ${report.participation.value.outOf} reviews`,
    },
    {
      label: `Seen by their IRO in the last ${report.settings.iroContactMonths} months`,
      value: percentOnly(report.seenByIroInLastMonths.value),
      detail: `${report.seenByIroInLastMonths.value.count} of ${report.seenByIroInLastMonths.value.outOf} children looked after`,
    },
    {
      label: report.recordOfReviewWithinLimit.label,
      value: percentOnly(report.recordOfReviewWithinLimit.value),
      detail: `${report.recordOfReviewWithinLimit.value.count} of ${report.recordOfReviewWithinLimit.value.outOf}`,
    },
  ];
  return (
    <section aria-labelledby="headline-heading" className="app-report__section">
      <h2 className="govuk-heading-m" id="headline-heading">
        Headline figures
      </h2>
      <dl className="app-report__headline">
        {items.map((item) => (
          <div key={item.label} className="app-report__headline-item">
            <dt className="govuk-body-s app-report__headline-label">{item.label}</dt>
            <dd className="app-report__headline-value app-numeric">{item.value}</dd>
            <dd className="govuk-body-s app-report__headline-detail">{item.detail}</dd>
          </div>
        ))}
      </dl>
      {report.period.soFarTo !== null && (
        <p className="govuk-inset-text">
          This period has not ended: every figure is so far, to {formatDate(report.period.soFarTo)}.
        </p>
      )}
      <p className="govuk-body-s">
        What each figure counts is written beside it in the sections below.
      </p>
    </section>
  );
}

/** The report itself: headline figures, then each section's charts and tables. */
export function ReportView({
  report,
  settings,
  periodName,
  lateReviewsHref,
  everyLateReview,
}: {
  report: AnnualReport;
  settings: Settings;
  /** The link to another page of the late reviews. */
  lateReviewsHref: (page: number) => string;
  /** Every late review of the report (the CSV file holds them all, not the page shown). */
  everyLateReview: () => Promise<LateReview[]>;
  /** '2025-26' or '1 April 2025 to 30 June 2025', for CSV file names. */
  periodName: string;
}) {
  const childHref = (childId: string) => paths.child(childId);
  const sections = reportSections(report, { childHref, caseloadBand: settings.caseloadBand });
  const held = report.reviewsHeld.value;
  const codes = report.participationByCode.value;
  const c = report.caseloads.value;
  const biggest = c.byIro.reduce<(typeof c.byIro)[number] | null>(
    (b, row) => (b === null || row.children > b.children ? row : b),
    null,
  );
  const charts: Record<string, ReactNode> = {
    'reviews-by-month': (
      <MonthChart
        id="chart-months"
        title="Chart: reviews held each month, and held in timescale"
        months={report.reviewsByMonth.value}
      />
    ),
    'participation-codes': (
      <BarChart
        id="chart-codes"
        labelWidth={70}
        title="Chart: reviews by participation code"
        summary={`Reviews held in the period by participation code, PN0 to PN7, ${held} in all. The table below gives the meaning of each code and every figure.`}
        bars={PARTICIPATION_CODES.map((code) => ({
          key: code.code,
          label: code.code,
          value: codes[code.code],
          valueText: `${codes[code.code]}${held === 0 ? '' : ` (${formatPercent((codes[code.code] * 100) / held)})`}`,
        }))}
      />
    ),
    caseloads: (
      <BarChart
        id="chart-caseloads"
        labelWidth={170}
        title="Chart: children allocated to each IRO"
        summary={`Children looked after at the end of the period allocated to each of ${c.byIro.length} IROs, with the recommended range for each IRO’s FTE behind their bar.${biggest !== null ? ` The largest caseload is ${biggest.name}’s (${biggest.children}).` : ''} The table below gives every figure.`}
        bandLabel={`Recommended range (${settings.caseloadBand.min} to ${settings.caseloadBand.max} per full-time IRO, scaled by FTE)`}
        bars={c.byIro.map((row) => ({
          key: row.iroId,
          label: row.name,
          value: row.children,
          valueText: String(row.children),
          band: {
            min: Math.round(settings.caseloadBand.min * row.fte),
            max: Math.round(settings.caseloadBand.max * row.fte),
          },
        }))}
      />
    ),
  };
  const prefix = ['IRO annual report', periodName];
  return (
    <div className="app-report__body">
      <Headline report={report} />
      {sections.map((section) => (
        <section
          key={section.id}
          aria-labelledby={`${section.id}-heading`}
          className="app-report__section"
        >
          <h2 className="govuk-heading-m" id={`${section.id}-heading`}>
            {section.title}
          </h2>
          {section.tables.map((table) => (
            <div key={table.id} className="app-report__block">
              {charts[table.id]}
              <ReportTableView
                table={table}
                filenamePrefix={prefix}
                hideCaption={table.title === section.title}
                {...(table.page !== undefined && {
                  pagination: (
                    <ListPagination
                      info={table.page}
                      noun="Late reviews"
                      hrefFor={lateReviewsHref}
                      landmarkLabel="Pages of late reviews"
                    />
                  ),
                  everyRow: async () =>
                    (await everyLateReview()).map((l) => lateReviewRow(l, { childHref })),
                })}
              />
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

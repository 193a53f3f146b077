import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button, Details, ErrorState, LoadingState, Select, SummaryList } from '@/components';
import { collectionYear, financialYearOf, formatDate, ssda903ReviewsCsv } from '@/domain';
import type { Ssda903ReviewsExport } from '@/lib/api/ssda903-schemas';
import { useToday } from '@/lib/session';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useReviewsExport } from '../api/get-reviews-export';
import { plural } from '../lib/words';

const TITLE = 'Download the SSDA903 reviews file';
const YEARS_OFFERED = 6;
const PREVIEW_ROWS = 10;

/** 'DfE rule 399', 'Integrity check INT04', or the tracker's own check. */
function ruleName(rule: string): string {
  if (rule.startsWith('INT')) return `Integrity check ${rule}`;
  return /^\d+$/.test(rule) ? `DfE rule ${rule}` : 'Tracker check';
}

/**
 * A link to the CSV as a file: an object URL (released when the page moves on), or a data URL
 * where there is no URL.createObjectURL (jsdom).
 */
function useCsvUrl(data: Ssda903ReviewsExport | undefined): string | null {
  const url = useMemo(() => {
    if (data === undefined) return null;
    const csv = ssda903ReviewsCsv(data.rows);
    return typeof URL.createObjectURL === 'function'
      ? URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }))
      : `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
  }, [data]);
  useEffect(
    () => () => {
      if (url?.startsWith('blob:')) URL.revokeObjectURL(url);
    },
    [url],
  );
  return url;
}

function ExportResult({ year }: { year: number }) {
  const query = useReviewsExport(year);
  const url = useCsvUrl(query.data);
  if (query.isPending) return <LoadingState label="Finding the reviews" />;
  if (query.isError) {
    return (
      <ErrorState
        title="The reviews could not be loaded"
        message={query.error.message}
        headingLevel={2}
        onRetry={() => void query.refetch()}
      />
    );
  }
  const { rows, collectionYear: period, leftOut, leftOutByRule, leftOutSummary } = query.data;
  return (
    <section aria-labelledby="export-result">
      <h2 className="govuk-heading-m" id="export-result">
        Collection year {period.label}
      </h2>
      <SummaryList
        rows={[
          {
            key: 'Period',
            value: `${formatDate(period.start)} to ${formatDate(period.end)}`,
          },
          { key: 'Reviews', value: plural(rows.length, 'review') },
          {
            key: 'Left out',
            value:
              leftOut.length === 0
                ? 'None'
                : `${plural(leftOut.length, 'review')}: ${Object.entries(leftOutByRule)
                    .map(([rule, n]) => `${ruleName(rule)} (${String(n)})`)
                    .join(', ')}`,
          },
          { key: 'Columns', value: 'CHILD, DOB, REVIEW, REVIEW_CODE (dates as dd/mm/yyyy)' },
        ]}
      />
      {leftOut.length > 0 && (
        <Details summary={`Why ${plural(leftOut.length, 'review was', 'reviews were')} left out`}>
          <p className="govuk-body">{leftOutSummary}</p>
          <ul className="govuk-list govuk-list--bullet">
            {leftOut.slice(0, 500).map((item) => (
              <li key={`${item.childRef}-${item.heldOn}-${item.rule}`}>
                {item.childRef}, {formatDate(item.heldOn)}: {ruleName(item.rule)}, {item.reason}
              </li>
            ))}
          </ul>
        </Details>
      )}
      {url !== null && (
        <a className="govuk-button" href={url} download={`ssda903-reviews-${period.label}.csv`}>
          Download the reviews file ({plural(rows.length, 'row')})
        </a>
      )}
      {rows.length > 0 && (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">
            {rows.length > PREVIEW_ROWS
              ? `The first ${PREVIEW_ROWS} rows of the file`
              : 'The rows of the file'}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {(['CHILD', 'DOB', 'REVIEW', 'REVIEW_CODE'] as const).map((column) => (
                <th scope="col" className="govuk-table__header" key={column}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {rows.slice(0, PREVIEW_ROWS).map((row) => (
              <tr className="govuk-table__row" key={`${row.CHILD}-${row.REVIEW}`}>
                <td className="govuk-table__cell">{row.CHILD}</td>
                <td className="govuk-table__cell">{row.DOB}</td>
                <td className="govuk-table__cell">{row.REVIEW}</td>
                <td className="govuk-table__cell">{row.REVIEW_CODE}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Route: paths.ssda903Export. The reviews file of the return for a collection year. */
export function ExportReviewsPage() {
  useDocumentTitle(TITLE);
  const today = useToday();
  const [params, setParams] = useSearchParams();
  const currentStart = Number(financialYearOf(today).start.slice(0, 4));
  const years = Array.from({ length: YEARS_OFFERED }, (_, i) => currentStart - i);
  const fromUrl = Number(params.get('year'));
  const shown = years.includes(fromUrl) ? fromUrl : null;
  const [choice, setChoice] = useState(String(shown ?? currentStart - 1));

  return (
    <>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <p className="govuk-body">
        The reviews held in a collection year (1 April to 31 March), in the reviews file format of
        the DfE SSDA903 return, ready to go back into the return.
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setParams({ year: choice });
        }}
      >
        <Select
          id="year"
          label="Collection year"
          labelSize="s"
          value={choice}
          onChange={(event) => {
            setChoice(event.currentTarget.value);
          }}
          options={years.map((start) => {
            const year = collectionYear(start);
            return {
              value: String(start),
              text: `${year.label} (${formatDate(year.start)} to ${formatDate(year.end)})${start === currentStart ? ', so far' : ''}`,
            };
          })}
        />
        <Button type="submit" variant="secondary">
          Show the reviews
        </Button>
      </form>
      {shown !== null && <ExportResult year={shown} />}
    </>
  );
}

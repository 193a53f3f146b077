import { useState, type SyntheticEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  Button,
  Checkboxes,
  DateInput,
  dateInputToIso,
  EmptyState,
  ErrorState,
  ErrorSummary,
  emptyDateInput,
  isoToDateInput,
  LoadingState,
  missingDateParts,
  Pagination,
  Radios,
  Select,
  type DateInputValue,
} from '@/components';
import {
  AT_RISK_CATEGORIES,
  AT_RISK_CATEGORY_LABELS,
  AT_RISK_HORIZON_WEEKS,
  addDays,
  compareDates,
  type AtRiskCategory,
} from '@/domain';
import { api, isApiError } from '@/lib/api/client';
import { MAX_PAGE_SIZE } from '@/lib/api/schemas';
import type { AtRiskList, AtRiskParams } from '@/lib/api/team-schemas';
import { downloadTextFile } from '@/lib/download';
import { useToday } from '@/lib/session';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useReviewsAtRisk } from '../api/get-reviews-at-risk';
import { useTeamOverview } from '../api/get-team-overview';
import { AtRiskGroups } from '../components/at-risk-groups';
import { atRiskCsv, atRiskCsvFilename } from '../lib/at-risk-csv';
import {
  apiParams,
  atRiskSearchParams,
  parseAtRiskSearch,
  type AtRiskSearch,
} from '../lib/at-risk-params';
import { horizonPhrase, reviewsText } from '../lib/format';

const DATE_CHOICE = 'date';

interface FormState {
  horizon: string;
  until: DateInputValue;
  iro: string;
  categories: AtRiskCategory[];
}

function formFrom(search: AtRiskSearch): FormState {
  return {
    horizon: search.until === null ? String(search.weeks ?? 4) : DATE_CHOICE,
    until: search.until === null ? { ...emptyDateInput } : isoToDateInput(search.until),
    iro: search.iro ?? '',
    categories: search.categories,
  };
}

/** '27 4 2026': six weeks from today, in the GOV.UK hint style. */
function dateExample(today: string): string {
  const [year, month, day] = addDays(today, 42).split('-');
  return `${Number(day)} ${Number(month)} ${year ?? ''}`;
}

/** GOV.UK wording for the look-ahead date; null when it is fine. */
function untilError(value: DateInputValue, today: string): string | null {
  const missing = missingDateParts(value);
  if (missing.length === 3) return 'Enter the date to look ahead to';
  if (missing.length > 0) return `Date to look ahead to must include a ${missing.join(' and ')}`;
  const iso = dateInputToIso(value);
  if (iso === null) return 'Date to look ahead to must be a real date';
  if (compareDates(iso, today) < 0) return 'Date to look ahead to must be today or in the future';
  return null;
}

/** 'Showing 2 reviews at risk ...', or 'Showing 21 to 40 of 79 reviews at risk ...' when paged. */
function showingText(list: AtRiskList): string {
  const when = `at risk ${horizonPhrase(list.horizon)}`;
  if (list.totalPages <= 1 || list.items.length === 0) {
    return `Showing ${reviewsText(list.totalItems)} ${when}`;
  }
  const first = (list.page - 1) * list.pageSize + 1;
  const last = first + list.items.length - 1;
  return `Showing ${first} to ${last} of ${reviewsText(list.totalItems)} ${when}, page ${list.page} of ${list.totalPages}`;
}

/** The whole list, page by page at the largest page size, for the CSV file. */
async function everyReviewAtRisk(params: AtRiskParams): Promise<AtRiskList> {
  const first = await api.listReviewsAtRisk({ ...params, page: 1, pageSize: MAX_PAGE_SIZE });
  const items = [...first.items];
  for (let page = 2; page <= first.totalPages; page++) {
    items.push(
      ...(await api.listReviewsAtRisk({ ...params, page, pageSize: MAX_PAGE_SIZE })).items,
    );
  }
  return { ...first, items };
}

/**
 * Every review at risk across the team: overdue, or due within the horizon and not booked or
 * booked after the due date. Filters live in the URL; the list exports as CSV.
 */
export function AtRiskPage() {
  const [searchParams] = useSearchParams();
  // A new search (a link, back or forward) starts the form again from the URL.
  return <AtRiskList key={searchParams.toString()} />;
}

function AtRiskList() {
  const today = useToday();
  const [searchParams, setSearchParams] = useSearchParams();
  const search = parseAtRiskSearch(searchParams);
  const [form, setForm] = useState<FormState>(() => formFrom(search));
  const [dateError, setDateError] = useState<string | null>(null);
  useDocumentTitle('Reviews at risk', { hasErrors: dateError !== null });
  const [submitCount, setSubmitCount] = useState(0);
  const overview = useTeamOverview();
  const list = useReviewsAtRisk(apiParams(search));
  const iros = overview.data?.iros ?? [];

  function apply(event: SyntheticEvent) {
    event.preventDefault();
    setSubmitCount((count) => count + 1);
    let until: string | null = null;
    if (form.horizon === DATE_CHOICE) {
      const error = untilError(form.until, today);
      setDateError(error);
      if (error !== null) return;
      until = dateInputToIso(form.until);
    } else {
      setDateError(null);
    }
    setSearchParams(
      atRiskSearchParams({
        weeks: until === null ? Number(form.horizon) : null,
        until,
        iro: form.iro === '' ? null : form.iro,
        categories: form.categories,
      }),
    );
  }

  const serverDateError =
    list.error && isApiError(list.error) && list.error.isValidation
      ? (list.error.fieldErrors.until ?? list.error.message)
      : null;

  const [exportError, setExportError] = useState(false);
  async function exportCsv() {
    setExportError(false);
    try {
      // Every row, not just the page shown: the pages are fetched as large as the API allows.
      const all = await everyReviewAtRisk(apiParams(search));
      downloadTextFile(atRiskCsvFilename(all), atRiskCsv(all));
    } catch {
      setExportError(true);
    }
  }

  const counts = list.data?.counts;
  const showing = list.data ? showingText(list.data) : '';

  return (
    <>
      {dateError !== null && (
        <ErrorSummary errors={[{ href: '#until-day', text: dateError }]} focusKey={submitCount} />
      )}
      <h1 className="govuk-heading-l">Reviews at risk</h1>
      <p className="govuk-body">
        Every review that is overdue, and every review due within the time you choose that has no
        meeting booked or is booked after its due date. Grouped by the week they are due, then by
        IRO, earliest first.
      </p>

      <form className="app-at-risk-filters" onSubmit={apply} noValidate>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <Radios
              name="horizon"
              legend="Look ahead"
              legendSize="s"
              small
              value={form.horizon}
              onChange={(value) => {
                setForm((current) => ({ ...current, horizon: value }));
              }}
              items={[
                ...AT_RISK_HORIZON_WEEKS.map((weeks) => ({
                  value: String(weeks),
                  text: `${weeks} weeks`,
                })),
                {
                  value: DATE_CHOICE,
                  text: 'To a date',
                  conditional: (
                    <DateInput
                      id="until"
                      legend="Date to look ahead to"
                      legendSize="s"
                      hint={`For example, ${dateExample(today)}`}
                      error={dateError ?? serverDateError ?? undefined}
                      value={form.until}
                      onChange={(until) => {
                        setForm((current) => ({ ...current, until }));
                      }}
                    />
                  ),
                },
              ]}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <Select
              id="iro"
              label="IRO"
              labelSize="s"
              value={form.iro}
              onChange={(event) => {
                setForm((current) => ({ ...current, iro: event.target.value }));
              }}
              options={[
                { value: '', text: 'All IROs' },
                ...iros.map((row) => ({ value: row.id, text: row.name })),
              ]}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <Checkboxes
              name="status"
              legend="Status"
              legendSize="s"
              hint="Leave all unticked to see every status"
              small
              values={form.categories}
              onChange={(values) => {
                setForm((current) => ({
                  ...current,
                  categories: AT_RISK_CATEGORIES.filter((category) => values.includes(category)),
                }));
              }}
              items={AT_RISK_CATEGORIES.map((category) => ({
                value: category,
                text: AT_RISK_CATEGORY_LABELS[category],
              }))}
            />
          </div>
        </div>
        <Button type="submit">Show reviews</Button>
      </form>

      <div role="status" aria-live="polite" aria-atomic="true" className="govuk-body">
        {showing}
      </div>

      {list.isPending ? (
        <LoadingState label="Loading reviews at risk" />
      ) : list.isError ? (
        serverDateError !== null ? null : (
          <ErrorState
            message="The reviews at risk could not be loaded."
            onRetry={() => void list.refetch()}
          />
        )
      ) : (
        <>
          {counts && (
            <p className="govuk-body">
              {counts.overdue} overdue, {counts.notBooked} not booked, {counts.bookedLate} booked
              after the due date
              {search.iro !== null && iros.length > 0
                ? ` for ${iros.find((row) => row.id === search.iro)?.name ?? 'the IRO chosen'}`
                : ' across the team'}
              .
            </p>
          )}
          <Button
            variant="secondary"
            onClick={() => void exportCsv()}
            disabled={list.data.totalItems === 0}
          >
            Export as CSV{' '}
            <span className="govuk-visually-hidden">
              (every page: {reviewsText(list.data.totalItems)})
            </span>
          </Button>
          {exportError && (
            <p className="govuk-error-message" role="alert">
              <span className="govuk-visually-hidden">Error:</span> The CSV file could not be made.
              Try again.
            </p>
          )}
          {list.data.totalItems === 0 ? (
            <EmptyState title="No reviews at risk">
              <p className="govuk-body">
                No review matches these choices. Look further ahead or change the filters.
              </p>
            </EmptyState>
          ) : list.data.items.length === 0 ? (
            <EmptyState title="There are no reviews on this page">
              <p className="govuk-body">
                <Link className="govuk-link" to={`?${atRiskSearchParams({ ...search, page: 1 })}`}>
                  Go to the first page
                </Link>
              </p>
            </EmptyState>
          ) : (
            <>
              <AtRiskGroups list={list.data} />
              <Pagination
                page={list.data.page}
                totalPages={list.data.totalPages}
                hrefFor={(page) => `?${atRiskSearchParams({ ...search, page })}`}
                landmarkLabel="Pages of reviews at risk"
              />
            </>
          )}
        </>
      )}
    </>
  );
}

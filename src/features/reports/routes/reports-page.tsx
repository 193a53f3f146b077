import { useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  AppLink,
  Button,
  ErrorState,
  ErrorSummary,
  LoadingState,
  type SelectOption,
} from '@/components';
import { formatDate } from '@/domain';
import { ApiError } from '@/lib/api/client';
import { useCurrentUser, useSettings, useToday } from '@/lib/session';
import { hrefForPage, pageFromSearch } from '@/lib/page-param';
import { paths } from '@/lib/paths';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useStaff } from '@/lib/queries/get-staff';
import { everyLateReview, useAnnualReport } from '../api/get-annual-report';
import { PeriodForm } from '../components/period-form';
import { ReportView } from '../components/report-view';
import { periodFromSearchParams, periodSearchParams, type FieldError } from '../lib/period';
import '../reports.scss';

/**
 * The annual IRO report for any period: a financial year (the current one by default) or any
 * dates, all in the URL. Team managers see every child (or one IRO's); an IRO sees the children
 * allocated to them. Every figure is computed by the backend with the domain's rules.
 */
export function ReportsPage() {
  const user = useCurrentUser();
  const today = useToday();
  const settings = useSettings();
  const [searchParams, setSearchParams] = useSearchParams();
  const { period, problem } = periodFromSearchParams(searchParams, today);
  const isManager = user.role === 'team-manager';
  const iroParam = searchParams.get('iro');
  const iroId = isManager && iroParam !== null && iroParam !== '' ? iroParam : null;

  const staff = useStaff(isManager);
  const iroOptions: SelectOption[] | null = isManager
    ? [
        { value: '', text: 'All IROs' },
        ...(staff.data ?? [])
          .filter((s) => s.role === 'iro' && (s.active || s.id === iroId))
          .map((s) => ({ value: s.id, text: s.name })),
      ]
    : null;

  // The page of the late reviews table (the one list in the report), in the URL like the period.
  const latePage = pageFromSearch(searchParams.get('page'));
  const params =
    period === null
      ? null
      : { from: period.from, to: period.to, ...(iroId === null ? {} : { iroId }) };
  const report = useAnnualReport(params === null ? null : { ...params, page: latePage });
  const lateReviewsHref = (page: number) =>
    `${hrefForPage(paths.reports, searchParams, page)}#late-reviews`;
  const error = report.error;
  const serverErrors: FieldError[] =
    error instanceof ApiError && error.isValidation
      ? Object.entries(error.fieldErrors)
          .filter(([field]) => field === 'from' || field === 'to')
          .map(([field, message]) => ({ field: field as 'from' | 'to', message }))
      : [];

  // Errors in the dates typed (the form), else from the backend (422), else from the link.
  const [typed, setTyped] = useState<{ errors: FieldError[]; attempt: number }>({
    errors: [],
    attempt: 0,
  });
  const errors: FieldError[] =
    typed.errors.length > 0
      ? typed.errors
      : serverErrors.length > 0
        ? serverErrors
        : problem !== null
          ? [{ field: 'from', message: `${problem}: choose the period again` }]
          : [];
  useDocumentTitle('Annual IRO report', { hasErrors: errors.length > 0 });

  const periodName = period === null ? '' : period.kind === 'year' ? period.year : period.label;
  const scopeText =
    report.data?.scope.description ??
    (user.role === 'iro' ? 'The children allocated to you now' : 'All children, all IROs');

  return (
    <div className="app-report">
      {errors.length > 0 && (
        <ErrorSummary
          className="app-no-print"
          focusKey={typed.attempt}
          errors={errors.map((e) => ({
            href:
              typed.errors.length > 0 || serverErrors.length > 0 ? `#${e.field}-day` : '#period',
            text: e.message,
          }))}
        />
      )}
      <span className="govuk-caption-l">{settings.councilName}</span>
      <h1 className="govuk-heading-l">Annual IRO report</h1>
      {period !== null && (
        <p className="govuk-body-l app-report__period">
          {period.kind === 'year' ? `Financial year ${period.label}` : period.label}
          {/* Not ended yet: the figures are counted to today, and the heading says so. */}
          {report.data?.period.soFarTo != null &&
            `, so far, to ${formatDate(report.data.period.soFarTo)}`}
        </p>
      )}
      <p className="govuk-body app-report__scope">
        {scopeText}. Figures worked out on {formatDate(report.data?.today ?? today)} from the
        records in this service.
      </p>

      {isManager && (
        <p className="govuk-body app-no-print">
          <AppLink href={paths.annexAList8}>Ofsted Annex A, List 8: children in care</AppLink> (a
          CSV or Excel file for a date you choose)
        </p>
      )}

      <PeriodForm
        key={searchParams.toString()}
        today={today}
        current={period}
        iroId={iroId}
        iroOptions={iroOptions}
        errors={errors}
        onInvalid={(invalid) => {
          setTyped((previous) => ({ errors: invalid, attempt: previous.attempt + 1 }));
        }}
        onSubmit={(values) => {
          setTyped((previous) => ({ errors: [], attempt: previous.attempt }));
          setSearchParams(periodSearchParams(values.period, values.iroId));
        }}
      />

      {period !== null && report.isPending && <LoadingState label="Working out the figures" />}
      {error !== null && serverErrors.length === 0 && (
        <ErrorState
          message={
            error instanceof ApiError && error.problem !== null
              ? error.problem.detail
              : 'The figures could not be worked out. Try again later.'
          }
          onRetry={() => void report.refetch()}
        />
      )}
      {report.data !== undefined && (
        <>
          <div className="app-no-print app-report__actions">
            <Button
              variant="secondary"
              onClick={() => {
                window.print();
              }}
            >
              Print or save as PDF
            </Button>
          </div>
          <ReportView
            report={report.data}
            settings={settings}
            periodName={periodName}
            lateReviewsHref={lateReviewsHref}
            everyLateReview={() =>
              params === null ? Promise.resolve([]) : everyLateReview(params)
            }
          />
        </>
      )}
    </div>
  );
}

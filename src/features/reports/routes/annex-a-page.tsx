import { useState, type SyntheticEvent } from 'react';
import {
  Button,
  checkDate,
  DateInput,
  dateErrorParts,
  ErrorSummary,
  isoToDateInput,
  type DateInputValue,
} from '@/components';
import { ANNEX_A_LIST_8_COLUMNS, ANNEX_A_LIST_8_FILLED } from '@/domain';
import { api, ApiError } from '@/lib/api/client';
import type { AnnexAFormat } from '@/lib/api/schemas';
import { saveBlob } from '@/lib/download';
import { useSettings, useToday } from '@/lib/session';
import { useDocumentTitle } from '@/lib/use-document-title';
import '../reports.scss';

const TITLE = 'Ofsted Annex A, List 8: children in care';
const DATE_LABEL = 'Date the list is as at';
const FORMAT_NAMES: Record<AnnexAFormat, string> = { csv: 'CSV', xlsx: 'Excel' };

type Download =
  | { state: 'idle' }
  | { state: 'working'; format: AnnexAFormat }
  | { state: 'done'; filename: string }
  | { state: 'failed'; message: string };

/**
 * Ofsted's ILACS Annex A, List 8 for a chosen date, as a CSV or an Excel file made by the backend
 * (team managers only; each download is audited). The columns the tracker does not hold are left
 * empty for the case system, and the page says which.
 */
export function AnnexAPage() {
  const today = useToday();
  const settings = useSettings();
  const [asAt, setAsAt] = useState<DateInputValue>(isoToDateInput(today));
  const [error, setError] = useState<{ message: string; attempt: number } | null>(null);
  const [download, setDownload] = useState<Download>({ state: 'idle' });
  useDocumentTitle(TITLE, { hasErrors: error !== null });
  const left = ANNEX_A_LIST_8_COLUMNS.filter((column) => !ANNEX_A_LIST_8_FILLED.includes(column));

  async function start(format: AnnexAFormat) {
    const checked = checkDate(asAt, { label: DATE_LABEL, required: true, notAfter: today });
    if (checked.error !== null || checked.iso === null) {
      setError((previous) => ({
        message: checked.error ?? `Enter the ${DATE_LABEL.toLowerCase()}`,
        attempt: (previous?.attempt ?? 0) + 1,
      }));
      return;
    }
    setError(null);
    setDownload({ state: 'working', format });
    try {
      const file = await api.getAnnexAList8({ asAt: checked.iso, format });
      saveBlob(file.filename, file.blob);
      setDownload({ state: 'done', filename: file.filename });
    } catch (cause) {
      const message = cause instanceof ApiError ? cause.fieldErrors.asAt : undefined;
      if (message !== undefined) {
        setError((previous) => ({ message, attempt: (previous?.attempt ?? 0) + 1 }));
        setDownload({ state: 'idle' });
      } else {
        setDownload({
          state: 'failed',
          message:
            cause instanceof Error ? cause.message : 'The list could not be made. Try again later.',
        });
      }
    }
  }

  function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    void start('csv');
  }

  const working = download.state === 'working';
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {error !== null && (
          <ErrorSummary
            focusKey={error.attempt}
            errors={[{ href: '#asAt-day', text: error.message }]}
          />
        )}
        <span className="govuk-caption-l">{settings.councilName}</span>
        <h1 className="govuk-heading-l">{TITLE}</h1>
        <p className="govuk-body">
          The children looked after on the date you choose, one row each, with Ofsted’s column
          headings in Ofsted’s order and dates written DD/MM/YYYY. Every download is recorded in the
          audit trail.
        </p>
        <form noValidate onSubmit={submit} aria-label="Download List 8">
          <DateInput
            id="asAt"
            namePrefix="asAt"
            legend={DATE_LABEL}
            legendSize="m"
            hint="The list has the children looked after on that day. For example, 31 3 2026"
            value={asAt}
            onChange={setAsAt}
            error={error?.message}
            errorParts={dateErrorParts(asAt, error?.message)}
          />
          <div className="govuk-button-group">
            <Button type="submit" disabled={working}>
              Download as CSV
            </Button>
            <Button
              type="button"
              variant="secondary"
              disabled={working}
              onClick={() => void start('xlsx')}
            >
              Download as Excel (.xlsx)
            </Button>
          </div>
        </form>
        <p className="govuk-body" role="status">
          {download.state === 'working' &&
            `Making the ${FORMAT_NAMES[download.format]} file of List 8`}
          {download.state === 'done' && `Downloaded ${download.filename}`}
        </p>
        {download.state === 'failed' && (
          <div className="govuk-error-summary" role="alert">
            <h2 className="govuk-error-summary__title">The list could not be downloaded</h2>
            <div className="govuk-error-summary__body">
              <p className="govuk-body">{download.message}</p>
            </div>
          </div>
        )}
        <h2 className="govuk-heading-m" id="filled-columns">
          What the tracker fills in
        </h2>
        <ul className="govuk-list govuk-list--bullet" aria-labelledby="filled-columns">
          {ANNEX_A_LIST_8_FILLED.map((column) => (
            <li key={column}>{column}</li>
          ))}
        </ul>
        <h2 className="govuk-heading-m" id="left-columns">
          Left empty for the case system
        </h2>
        <p className="govuk-body">
          The tracker does not hold these, so their cells are empty: fill them from the council’s
          case system before the list goes to Ofsted. The date and reason ceased to be looked after
          stay empty for every child: everyone listed is still looked after on the date.
        </p>
        <ul className="govuk-list govuk-list--bullet" aria-labelledby="left-columns">
          {left.map((column) => (
            <li key={column}>{column}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

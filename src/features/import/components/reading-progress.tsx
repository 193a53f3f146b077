export type ReadingProgressProps = {
  /** 0 to 1. */
  fraction: number;
  stage: string;
};

/**
 * A native progress bar (role progressbar, its value read out) with the stage in words. The
 * live region announces each stage once, not every percentage.
 */
export function ReadingProgress({ fraction, stage }: ReadingProgressProps) {
  const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return (
    <div className="govuk-form-group app-import-progress">
      <label className="govuk-label govuk-label--s" htmlFor="import-progress">
        Reading the files
      </label>
      <progress
        id="import-progress"
        className="app-import-progress__bar"
        max={100}
        value={percent}
        aria-describedby="import-progress-stage"
      >
        {percent}%
      </progress>
      <p className="govuk-body govuk-!-margin-top-2" id="import-progress-stage">
        <span role="status">{stage}</span> <span aria-hidden="true">({percent}%)</span>
      </p>
    </div>
  );
}

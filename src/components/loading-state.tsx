import { cx } from './cx';

export type LoadingStateProps = {
  /** What is loading, e.g. 'Loading caseload'; the default is 'Loading…'. */
  label?: string;
  className?: string;
};

/** A loading message in a polite status region (announced without moving focus). */
export function LoadingState({ label = 'Loading…', className }: LoadingStateProps) {
  return (
    <div role="status" className={cx('app-loading-state', className)}>
      <p className="govuk-body">{label}</p>
    </div>
  );
}

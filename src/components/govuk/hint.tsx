import type { ReactNode } from 'react';
import { cx } from '../cx';

export type HintProps = { id?: string; children: ReactNode; className?: string };

/** GOV.UK hint text. */
export function Hint({ id, children, className }: HintProps) {
  return (
    <div id={id} className={cx('govuk-hint', className)}>
      {children}
    </div>
  );
}

import type { ReactNode } from 'react';
import { cx } from '../cx';

export type LegendSize = 's' | 'm' | 'l' | 'xl';

export type FieldsetProps = {
  legend?: ReactNode;
  legendSize?: LegendSize;
  /** Renders the legend text inside an `<h1 class="govuk-fieldset__heading">`. */
  legendIsPageHeading?: boolean;
  describedBy?: string;
  role?: 'group';
  className?: string;
  children?: ReactNode;
};

/** GOV.UK fieldset with legend. */
export function Fieldset({
  legend,
  legendSize,
  legendIsPageHeading,
  describedBy,
  role,
  className,
  children,
}: FieldsetProps) {
  return (
    <fieldset
      className={cx('govuk-fieldset', className)}
      role={role}
      aria-describedby={describedBy || undefined}
    >
      {legend !== undefined && legend !== null && legend !== '' && (
        <legend
          className={cx(
            'govuk-fieldset__legend',
            legendSize && `govuk-fieldset__legend--${legendSize}`,
          )}
        >
          {legendIsPageHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
        </legend>
      )}
      {children}
    </fieldset>
  );
}

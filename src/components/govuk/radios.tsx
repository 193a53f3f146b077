import { Fragment, type ChangeEvent, type ReactNode } from 'react';
import { cx } from '../cx';
import { ErrorMessage } from './error-message';
import { Fieldset, type LegendSize } from './fieldset';
import { Hint } from './hint';

export type RadioItem = {
  value: string;
  text: ReactNode;
  hint?: ReactNode;
  /** Content revealed below the item while it is selected (GOV.UK conditional reveal). */
  conditional?: ReactNode;
  disabled?: boolean;
  /** Overrides the generated id (`idPrefix`, `idPrefix-2`, ...). */
  id?: string;
};
export type RadioDivider = { divider: string };

export type RadiosProps = {
  name: string;
  /** Prefix for item ids; defaults to `name`. The first item's id is the prefix itself. */
  idPrefix?: string;
  /** Legend; without one the radios are not wrapped in a fieldset. */
  legend?: ReactNode;
  legendSize?: LegendSize;
  legendIsPageHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  items: (RadioItem | RadioDivider)[];
  /** The selected value (controlled). */
  value: string | null | undefined;
  onChange: (value: string, event: ChangeEvent<HTMLInputElement>) => void;
  inline?: boolean;
  small?: boolean;
  describedBy?: string;
  className?: string;
  formGroupClassName?: string;
};

/** GOV.UK radios, controlled, with conditional reveal re-implemented in React. */
export function Radios({
  name,
  idPrefix = name,
  legend,
  legendSize,
  legendIsPageHeading,
  hint,
  error,
  items,
  value,
  onChange,
  inline,
  small,
  describedBy,
  className,
  formGroupClassName,
}: RadiosProps) {
  const hintId = hint ? `${idPrefix}-hint` : undefined;
  const errorId = error ? `${idPrefix}-error` : undefined;
  const fieldsetDescribedBy = [describedBy, hintId, errorId].filter(Boolean).join(' ') || undefined;

  const inner = (
    <>
      {hint ? <Hint id={hintId}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <div
        className={cx(
          'govuk-radios',
          small && 'govuk-radios--small',
          inline && 'govuk-radios--inline',
          className,
        )}
      >
        {items.map((item, index) => {
          if ('divider' in item) {
            return (
              <div key={`divider-${index}`} className="govuk-radios__divider">
                {item.divider}
              </div>
            );
          }
          const itemId = item.id ?? (index === 0 ? idPrefix : `${idPrefix}-${index + 1}`);
          const conditionalId = `conditional-${itemId}`;
          const itemHintId = `${itemId}-item-hint`;
          const isChecked = value !== null && value !== undefined && item.value === value;
          const hasConditional = item.conditional !== undefined && item.conditional !== null;
          return (
            <Fragment key={itemId}>
              <div className="govuk-radios__item">
                <input
                  className="govuk-radios__input"
                  id={itemId}
                  name={name}
                  type="radio"
                  value={item.value}
                  checked={isChecked}
                  disabled={item.disabled}
                  aria-controls={hasConditional ? conditionalId : undefined}
                  aria-describedby={item.hint ? itemHintId : undefined}
                  onChange={(event) => {
                    onChange(item.value, event);
                  }}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={itemId}>
                  {item.text}
                </label>
                {item.hint ? (
                  <Hint id={itemHintId} className="govuk-radios__hint">
                    {item.hint}
                  </Hint>
                ) : null}
              </div>
              {hasConditional && (
                <div
                  className={cx(
                    'govuk-radios__conditional',
                    !isChecked && 'govuk-radios__conditional--hidden',
                  )}
                  id={conditionalId}
                  // Hidden without CSS too (and from assistive technology) while not selected.
                  hidden={!isChecked}
                >
                  {item.conditional}
                </div>
              )}
            </Fragment>
          );
        })}
      </div>
    </>
  );

  return (
    <div
      className={cx(
        'govuk-form-group',
        Boolean(error) && 'govuk-form-group--error',
        formGroupClassName,
      )}
    >
      {legend ? (
        <Fieldset
          legend={legend}
          legendSize={legendSize}
          legendIsPageHeading={legendIsPageHeading}
          describedBy={fieldsetDescribedBy}
        >
          {inner}
        </Fieldset>
      ) : (
        inner
      )}
    </div>
  );
}

import { Fragment, type ChangeEvent, type ReactNode } from 'react';
import { cx } from '../cx';
import { ErrorMessage } from './error-message';
import { Fieldset, type LegendSize } from './fieldset';
import { Hint } from './hint';

export type CheckboxItem = {
  value: string;
  text: ReactNode;
  hint?: ReactNode;
  /** Content revealed below the item while it is checked. */
  conditional?: ReactNode;
  disabled?: boolean;
  /** A 'None' option: checking it unchecks the others, and checking another unchecks it. */
  exclusive?: boolean;
  id?: string;
};
export type CheckboxDivider = { divider: string };

export type CheckboxesProps = {
  name: string;
  idPrefix?: string;
  legend?: ReactNode;
  legendSize?: LegendSize;
  legendIsPageHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  items: (CheckboxItem | CheckboxDivider)[];
  /** The checked values (controlled). */
  values: readonly string[];
  onChange: (values: string[], event: ChangeEvent<HTMLInputElement>) => void;
  small?: boolean;
  describedBy?: string;
  className?: string;
  formGroupClassName?: string;
};

/** GOV.UK checkboxes, controlled, with conditional reveal and exclusive ('None') behaviour. */
export function Checkboxes({
  name,
  idPrefix = name,
  legend,
  legendSize,
  legendIsPageHeading,
  hint,
  error,
  items,
  values,
  onChange,
  small,
  describedBy,
  className,
  formGroupClassName,
}: CheckboxesProps) {
  const hintId = hint ? `${idPrefix}-hint` : undefined;
  const errorId = error ? `${idPrefix}-error` : undefined;
  const groupDescribedBy = [describedBy, hintId, errorId].filter(Boolean).join(' ');
  const hasFieldset = Boolean(legend);
  const exclusiveValues = items.flatMap((item) =>
    'divider' in item || !item.exclusive ? [] : [item.value],
  );

  function toggle(item: CheckboxItem, checked: boolean, event: ChangeEvent<HTMLInputElement>) {
    let next: string[];
    if (!checked) next = values.filter((v) => v !== item.value);
    else if (item.exclusive) next = [item.value];
    else next = [...values.filter((v) => !exclusiveValues.includes(v)), item.value];
    onChange(next, event);
  }

  const inner = (
    <>
      {hint ? <Hint id={hintId}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <div className={cx('govuk-checkboxes', small && 'govuk-checkboxes--small', className)}>
        {items.map((item, index) => {
          if ('divider' in item) {
            return (
              <div key={`divider-${index}`} className="govuk-checkboxes__divider">
                {item.divider}
              </div>
            );
          }
          const itemId = item.id ?? (index === 0 ? idPrefix : `${idPrefix}-${index + 1}`);
          const conditionalId = `conditional-${itemId}`;
          const itemHintId = item.hint ? `${itemId}-item-hint` : undefined;
          const itemDescribedBy =
            [hasFieldset ? undefined : groupDescribedBy, itemHintId].filter(Boolean).join(' ') ||
            undefined;
          const isChecked = values.includes(item.value);
          const hasConditional = item.conditional !== undefined && item.conditional !== null;
          return (
            <Fragment key={itemId}>
              <div className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  id={itemId}
                  name={name}
                  type="checkbox"
                  value={item.value}
                  checked={isChecked}
                  disabled={item.disabled}
                  aria-controls={hasConditional ? conditionalId : undefined}
                  aria-expanded={hasConditional ? isChecked : undefined}
                  data-behaviour={item.exclusive ? 'exclusive' : undefined}
                  aria-describedby={itemDescribedBy}
                  onChange={(event) => {
                    toggle(item, event.target.checked, event);
                  }}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={itemId}>
                  {item.text}
                </label>
                {item.hint ? (
                  <Hint id={itemHintId} className="govuk-checkboxes__hint">
                    {item.hint}
                  </Hint>
                ) : null}
              </div>
              {hasConditional && (
                <div
                  className={cx(
                    'govuk-checkboxes__conditional',
                    !isChecked && 'govuk-checkboxes__conditional--hidden',
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
      {hasFieldset ? (
        <Fieldset
          legend={legend}
          legendSize={legendSize}
          legendIsPageHeading={legendIsPageHeading}
          describedBy={groupDescribedBy || undefined}
        >
          {inner}
        </Fieldset>
      ) : (
        inner
      )}
    </div>
  );
}

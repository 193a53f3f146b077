import type { ChangeEvent } from 'react';
import { cx } from '../cx';
import { ChoiceItems, type ChoiceGroupProps, type ChoiceOption } from './choice-item';
import { FieldsetFormGroup } from './form-group';

export type RadioItem = ChoiceOption;
export type RadioDivider = { divider: string };

export type RadiosProps = ChoiceGroupProps & {
  items: (RadioItem | RadioDivider)[];
  /** The selected value (controlled). */
  value: string | null | undefined;
  onChange: (value: string, event: ChangeEvent<HTMLInputElement>) => void;
  inline?: boolean;
};

/** GOV.UK radios, controlled, with conditional reveal re-implemented in React. */
export function Radios({
  name,
  idPrefix = name,
  items,
  value,
  onChange,
  inline,
  small,
  className,
  formGroupClassName,
  ...group
}: RadiosProps) {
  return (
    <FieldsetFormGroup idPrefix={idPrefix} {...group} className={formGroupClassName}>
      <div
        className={cx(
          'govuk-radios',
          small && 'govuk-radios--small',
          inline && 'govuk-radios--inline',
          className,
        )}
      >
        <ChoiceItems
          block="radios"
          name={name}
          idPrefix={idPrefix}
          items={items}
          isChecked={(item) => value !== null && value !== undefined && item.value === value}
          onChange={(item, event) => {
            onChange(item.value, event);
          }}
        />
      </div>
    </FieldsetFormGroup>
  );
}

import type { ChangeEvent } from 'react';
import { cx } from '../cx';
import { ChoiceItems, type ChoiceGroupProps, type ChoiceOption } from './choice-item';
import { fieldIds } from './form-field';
import { FieldsetFormGroup } from './form-group';

export type CheckboxItem = ChoiceOption & {
  /** A 'None' option: checking it unchecks the others, and checking another unchecks it. */
  exclusive?: boolean;
};
export type CheckboxDivider = { divider: string };

export type CheckboxesProps = ChoiceGroupProps & {
  items: (CheckboxItem | CheckboxDivider)[];
  /** The checked values (controlled). */
  values: readonly string[];
  onChange: (values: string[], event: ChangeEvent<HTMLInputElement>) => void;
};

/** GOV.UK checkboxes, controlled, with conditional reveal and exclusive ('None') behaviour. */
export function Checkboxes({
  name,
  idPrefix = name,
  items,
  values,
  onChange,
  small,
  className,
  formGroupClassName,
  ...group
}: CheckboxesProps) {
  const { ariaDescribedBy: groupDescribedBy } = fieldIds(idPrefix, group);
  const hasFieldset = Boolean(group.legend);
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

  return (
    <FieldsetFormGroup idPrefix={idPrefix} {...group} className={formGroupClassName}>
      <div className={cx('govuk-checkboxes', small && 'govuk-checkboxes--small', className)}>
        <ChoiceItems
          block="checkboxes"
          name={name}
          idPrefix={idPrefix}
          items={items}
          isChecked={(item) => values.includes(item.value)}
          describedBy={hasFieldset ? undefined : groupDescribedBy}
          onChange={(item, event) => {
            toggle(item, event.target.checked, event);
          }}
        />
      </div>
    </FieldsetFormGroup>
  );
}

import type { ChangeEvent, ReactNode } from 'react';
import { cx } from '../cx';
import type { LegendSize } from './fieldset';
import { Hint } from './hint';

/** The two GOV.UK choice components, whose items share one markup under their own class names. */
export type ChoiceBlock = 'checkboxes' | 'radios';

/** What a checkbox and a radio item have in common. */
export type ChoiceOption = {
  value: string;
  text: ReactNode;
  hint?: ReactNode;
  /** Content revealed below the item while it is checked. */
  conditional?: ReactNode;
  disabled?: boolean;
  /** Overrides the generated id (`idPrefix`, `idPrefix-2`, ...). */
  id?: string;
};

/** The props checkboxes and radios share. */
export type ChoiceGroupProps = {
  name: string;
  /** Prefix for item ids; defaults to `name`. The first item's id is the prefix itself. */
  idPrefix?: string;
  /** Legend; without one the items are not wrapped in a fieldset. */
  legend?: ReactNode;
  legendSize?: LegendSize;
  legendIsPageHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  small?: boolean;
  describedBy?: string;
  className?: string;
  formGroupClassName?: string;
};

export type ChoiceItemProps = {
  block: ChoiceBlock;
  name: string;
  item: ChoiceOption & { exclusive?: boolean };
  id: string;
  isChecked: boolean;
  /** ids the input is described by before its own hint. */
  describedBy?: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
};

/**
 * One checkbox or radio: the input, its label and hint, and its conditional reveal. Checkboxes
 * also say whether their reveal is expanded.
 */
export function ChoiceItem({
  block,
  name,
  item,
  id,
  isChecked,
  describedBy,
  onChange,
}: ChoiceItemProps) {
  const conditionalId = `conditional-${id}`;
  const hintId = `${id}-item-hint`;
  const hasConditional = item.conditional !== undefined && item.conditional !== null;
  return (
    <>
      <div className={`govuk-${block}__item`}>
        <input
          className={`govuk-${block}__input`}
          id={id}
          name={name}
          type={block === 'checkboxes' ? 'checkbox' : 'radio'}
          value={item.value}
          checked={isChecked}
          disabled={item.disabled}
          aria-controls={hasConditional ? conditionalId : undefined}
          aria-expanded={block === 'checkboxes' && hasConditional ? isChecked : undefined}
          data-behaviour={item.exclusive ? 'exclusive' : undefined}
          aria-describedby={
            [describedBy, item.hint ? hintId : undefined].filter(Boolean).join(' ') || undefined
          }
          onChange={onChange}
        />
        <label className={`govuk-label govuk-${block}__label`} htmlFor={id}>
          {item.text}
        </label>
        {item.hint ? (
          <Hint id={hintId} className={`govuk-${block}__hint`}>
            {item.hint}
          </Hint>
        ) : null}
      </div>
      {hasConditional && (
        <div
          className={cx(
            `govuk-${block}__conditional`,
            !isChecked && `govuk-${block}__conditional--hidden`,
          )}
          id={conditionalId}
          // Hidden without CSS too (and from assistive technology) while not selected.
          hidden={!isChecked}
        >
          {item.conditional}
        </div>
      )}
    </>
  );
}

export type ChoiceItemsProps<Item extends ChoiceOption> = {
  block: ChoiceBlock;
  name: string;
  idPrefix: string;
  /** The items, with dividers ('or') between them. */
  items: (Item | { divider: string })[];
  isChecked: (item: Item) => boolean;
  /** ids each input is described by before its own hint. */
  describedBy?: string;
  onChange: (item: Item, event: ChangeEvent<HTMLInputElement>) => void;
};

/**
 * The items of a checkboxes or radios component. An item's id is its own, or the prefix for the
 * first, then `prefix-2`, `prefix-3`...
 */
export function ChoiceItems<Item extends ChoiceOption>({
  block,
  name,
  idPrefix,
  items,
  isChecked,
  describedBy,
  onChange,
}: ChoiceItemsProps<Item>) {
  return items.map((item, index) => {
    if ('divider' in item) {
      return (
        <div key={`divider-${index}`} className={`govuk-${block}__divider`}>
          {item.divider}
        </div>
      );
    }
    const itemId = item.id ?? (index === 0 ? idPrefix : `${idPrefix}-${index + 1}`);
    return (
      <ChoiceItem
        key={itemId}
        block={block}
        name={name}
        item={item}
        id={itemId}
        isChecked={isChecked(item)}
        describedBy={describedBy}
        onChange={(event) => {
          onChange(item, event);
        }}
      />
    );
  });
}

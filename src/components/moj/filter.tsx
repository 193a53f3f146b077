import type { ReactNode } from 'react';
import { cx } from '../cx';
import { Button } from '../govuk/button';

export type SelectedFilterTag = {
  /** The filter value, e.g. 'Overdue'. */
  text: string;
  /** Removes this filter. */
  onRemove: () => void;
};

export type SelectedFilterCategory = { heading: string; items: readonly SelectedFilterTag[] };

export type FilterProps = {
  heading?: ReactNode;
  /** Filters in force, shown as removable tags above the options. */
  selected?: {
    heading?: ReactNode;
    categories: readonly SelectedFilterCategory[];
    onClear: () => void;
    clearText?: string;
  };
  /** With `onSubmit` the options are a form with an 'Apply filters' button; without, they apply as changed. */
  onSubmit?: () => void;
  submitText?: string;
  /** The filter controls (checkboxes, inputs...). */
  children: ReactNode;
  className?: string;
};

/**
 * MOJ filter panel markup. Selected-filter tags and 'Clear filters' are buttons (they change
 * state, not location) styled as MOJ filter tags and a link.
 */
export function Filter({
  heading = 'Filter',
  selected,
  onSubmit,
  submitText = 'Apply filters',
  children,
  className,
}: FilterProps) {
  const hasSelected = selected && selected.categories.some((category) => category.items.length > 0);
  const options = (
    <div className="moj-filter__options">
      {onSubmit && <Button>{submitText}</Button>}
      {children}
    </div>
  );
  return (
    <div className={cx('moj-filter', className)}>
      <div className="moj-filter__header">
        <div className="moj-filter__header-title">
          <h2 className="govuk-heading-m">{heading}</h2>
        </div>
        <div className="moj-filter__header-action" />
      </div>
      <div className="moj-filter__content">
        {hasSelected && (
          <div className="moj-filter__selected">
            <div className="moj-filter__selected-heading">
              <div className="moj-filter__heading-title">
                <h2 className="govuk-heading-m">{selected.heading ?? 'Selected filters'}</h2>
              </div>
              <div className="moj-filter__heading-action">
                <p>
                  <button
                    type="button"
                    className="app-link-button govuk-link--no-visited-state"
                    onClick={selected.onClear}
                  >
                    {selected.clearText ?? 'Clear filters'}
                  </button>
                </p>
              </div>
            </div>
            {selected.categories
              .filter((category) => category.items.length > 0)
              .map((category) => (
                <div key={category.heading}>
                  <h3 className="govuk-heading-s govuk-!-margin-bottom-0">{category.heading}</h3>
                  <ul className="moj-filter-tags">
                    {category.items.map((item) => (
                      <li key={item.text}>
                        <button type="button" className="moj-filter__tag" onClick={item.onRemove}>
                          <span className="govuk-visually-hidden">Remove this filter</span>{' '}
                          {item.text}
                        </button>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
          </div>
        )}
        {onSubmit ? (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              onSubmit();
            }}
          >
            {options}
          </form>
        ) : (
          options
        )}
      </div>
    </div>
  );
}

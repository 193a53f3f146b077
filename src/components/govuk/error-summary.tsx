import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { cx } from '../cx';
import { setFocus } from '../set-focus';

export type ErrorSummaryItem = {
  /** '#field-id' of the field in error (for a date input, its first part: '#dob-day'). */
  href?: string;
  text: ReactNode;
};

export type ErrorSummaryProps = {
  errors: readonly ErrorSummaryItem[];
  title?: ReactNode;
  description?: ReactNode;
  /** Change this (e.g. a submit count) to move focus to the summary again with the same errors. */
  focusKey?: unknown;
  disableAutoFocus?: boolean;
  className?: string;
};

/** The label or legend to scroll into view when a field is focused from the summary (GOV.UK behaviour). */
function labelOrLegendFor(input: HTMLInputElement): HTMLElement | null {
  const fieldset = input.closest('fieldset');
  const legend = fieldset?.querySelector('legend');
  if (legend) {
    const inputTop = input.getBoundingClientRect().top;
    const legendTop = legend.getBoundingClientRect().top;
    // Prefer the legend when it is close enough to be seen with the field.
    if (
      inputTop - legendTop < window.innerHeight / 2 ||
      input.type === 'checkbox' ||
      input.type === 'radio'
    ) {
      return legend;
    }
  }
  return (
    document.querySelector<HTMLElement>(`label[for="${CSS.escape(input.id)}"]`) ??
    input.closest('label')
  );
}

/**
 * GOV.UK error summary. Renders nothing without errors or a description. Takes focus when errors
 * appear or change; its links focus the field and bring its label or legend into view.
 */
export function ErrorSummary({
  errors,
  title = 'There is a problem',
  description,
  focusKey,
  disableAutoFocus,
  className,
}: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const hasContent = errors.length > 0 || Boolean(description);
  const signature = errors
    .map((error) => `${error.href ?? ''} ${typeof error.text === 'string' ? error.text : ''}`)
    .join('\n');

  useEffect(() => {
    if (!hasContent || disableAutoFocus) return;
    if (ref.current) setFocus(ref.current);
  }, [hasContent, signature, focusKey, disableAutoFocus]);

  if (!hasContent) return null;

  function onLinkClick(event: MouseEvent<HTMLAnchorElement>, href: string) {
    if (!href.startsWith('#')) return;
    const target = document.getElementById(decodeURIComponent(href.slice(1)));
    if (!target) return;
    event.preventDefault();
    const anchor =
      target instanceof HTMLInputElement ? (labelOrLegendFor(target) ?? target) : target;
    if (typeof anchor.scrollIntoView === 'function') anchor.scrollIntoView();
    target.focus({ preventScroll: true });
  }

  return (
    <div className={cx('govuk-error-summary', className)} ref={ref}>
      {/* role="alert" sits on a child so focusing the summary does not race the announcement. */}
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          {description ? <p>{description}</p> : null}
          {errors.length > 0 && (
            <ul className="govuk-list govuk-error-summary__list">
              {errors.map((error, index) => (
                <li key={`${error.href ?? ''}-${index}`}>
                  {error.href ? (
                    <a
                      href={error.href}
                      onClick={(event) => {
                        onLinkClick(event, error.href ?? '');
                      }}
                    >
                      {error.text}
                    </a>
                  ) : (
                    error.text
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}

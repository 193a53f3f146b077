/**
 * Moves focus to an element that is not normally focusable, as govuk-frontend does: adds
 * tabindex="-1" for as long as it has focus, then removes it.
 */
export function setFocus(element: HTMLElement, options?: FocusOptions): void {
  if (!element.hasAttribute('tabindex')) {
    element.setAttribute('tabindex', '-1');
    element.addEventListener(
      'blur',
      () => {
        element.removeAttribute('tabindex');
      },
      { once: true },
    );
  }
  element.focus(options);
}

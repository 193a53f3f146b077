// Helpers for filling GOV.UK form components in page tests (not used by the app itself).
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** Types a date into the date input whose legend is `legend`: '16', '3', '2026'. */
export async function typeDate(
  user: UserEvent,
  legend: string,
  [day, month, year]: [string, string, string],
): Promise<void> {
  const group = screen.getByRole('group', { name: legend });
  for (const [label, value] of [
    ['Day', day],
    ['Month', month],
    ['Year', year],
  ] as const) {
    const input = within(group).getByLabelText(label);
    await user.clear(input);
    if (value !== '') await user.type(input, value);
  }
}

/** The error summary's links, in order. */
export async function errorSummaryMessages(): Promise<string[]> {
  const summary = await screen.findByRole('heading', { name: 'There is a problem' });
  const box = summary.closest('.govuk-error-summary');
  if (!(box instanceof HTMLElement)) throw new Error('No error summary');
  return within(box)
    .queryAllByRole('link')
    .map((link) => link.textContent);
}

/** The error summary box (to check it has focus). */
export function errorSummaryBox(): HTMLElement {
  const heading = screen.getByRole('heading', { name: /There is a problem|not been saved/ });
  const box = heading.closest('.govuk-error-summary');
  if (!(box instanceof HTMLElement)) throw new Error('No error summary');
  return box;
}

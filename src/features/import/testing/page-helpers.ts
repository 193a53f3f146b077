// Helpers for the import pages' tests (not used by the app itself).
import { screen, within } from '@testing-library/react';

/** The links of the error summary titled `title`, in order. */
export async function errorSummaryLinks(title = 'There is a problem'): Promise<string[]> {
  const heading = await screen.findByRole('heading', { name: title });
  const box = heading.closest('.govuk-error-summary');
  if (!(box instanceof HTMLElement)) throw new Error('No error summary');
  return within(box)
    .queryAllByRole('link')
    .map((link) => link.textContent);
}

/** The value beside a key in a GOV.UK summary list. */
export function summaryValue(key: string): string {
  const term = screen.getByText(key, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

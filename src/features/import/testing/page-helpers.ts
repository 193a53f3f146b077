// Helpers for the import pages' tests (not used by the app itself).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** One of the e2e journey's SSDA903 fixture files, as the user would choose it. */
export function fixture(name: 'header' | 'episodes' | 'reviews'): File {
  // Vitest runs from the repository root.
  const text = readFileSync(
    join(process.cwd(), 'e2e', 'fixtures', 'ssda903', `${name}.csv`),
    'utf8',
  );
  return new File([text], `${name}.csv`, { type: 'text/csv' });
}

/** Chooses the three fixture files and checks them: the preview page is shown. */
export async function uploadFixtures(user: UserEvent): Promise<void> {
  await user.upload(screen.getByLabelText('Header file'), fixture('header'));
  await user.upload(screen.getByLabelText('Episodes file'), fixture('episodes'));
  await user.upload(screen.getByLabelText('Reviews file'), fixture('reviews'));
  await user.click(screen.getByRole('button', { name: 'Check the files' }));
  await screen.findByRole('heading', { level: 1, name: 'Check the return before importing' });
}

/**
 * On the preview page: imports the children with no problems, allocated to the IRO whose option
 * matches `iro`, with the button that names how many (`Import 4 children`).
 */
export async function importTheValidChildren(
  user: UserEvent,
  iro: RegExp,
  button = 'Import 4 children',
): Promise<void> {
  await user.click(screen.getByRole('radio', { name: 'Import the 4 children with no problems' }));
  await user.selectOptions(
    screen.getByLabelText('Allocate the imported children to'),
    await screen.findByRole('option', { name: iro }),
  );
  await user.click(screen.getByRole('button', { name: button }));
}

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

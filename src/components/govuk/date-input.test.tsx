import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { govukFixture, normaliseHtml } from '../testing/govuk-fixtures';
import {
  DateInput,
  dateInputToIso,
  emptyDateInput,
  isoToDateInput,
  missingDateParts,
  type DateInputValue,
} from './date-input';

describe('dateInputToIso', () => {
  it.each([
    [{ day: '14', month: '3', year: '2026' }, '2026-03-14'],
    [{ day: ' 1 ', month: '01', year: '2026' }, '2026-01-01'],
    [{ day: '29', month: '2', year: '2024' }, '2024-02-29'],
    [{ day: '29', month: '2', year: '2000' }, '2000-02-29'],
    [{ day: '31', month: '12', year: '2026' }, '2026-12-31'],
  ])('turns real dates into ISO dates: %o', (parts, iso) => {
    expect(dateInputToIso(parts)).toBe(iso);
  });

  it.each([
    [{ day: '30', month: '2', year: '2026' }],
    [{ day: '29', month: '2', year: '2026' }],
    [{ day: '29', month: '2', year: '1900' }],
    [{ day: '31', month: '4', year: '2026' }],
    [{ day: '0', month: '3', year: '2026' }],
    [{ day: '14', month: '13', year: '2026' }],
    [{ day: '14', month: '3', year: '26' }],
    [{ day: '14', month: 'March', year: '2026' }],
    [{ day: '', month: '3', year: '2026' }],
    [{ day: '1.5', month: '3', year: '2026' }],
  ])('returns null for anything that is not a real date: %o', (parts) => {
    expect(dateInputToIso(parts)).toBeNull();
  });

  it('round-trips with isoToDateInput', () => {
    expect(isoToDateInput('2026-03-04')).toEqual({ day: '4', month: '3', year: '2026' });
    expect(dateInputToIso(isoToDateInput('2026-03-04'))).toBe('2026-03-04');
    expect(isoToDateInput(null)).toEqual(emptyDateInput);
    expect(isoToDateInput('not a date')).toEqual(emptyDateInput);
  });

  it('lists the missing parts', () => {
    expect(missingDateParts({ day: '14', month: ' ', year: '' })).toEqual(['month', 'year']);
  });
});

describe('DateInput', () => {
  it('renders the govuk-frontend "with error on single field" fixture markup', () => {
    const fixture = govukFixture('date-input', 'with error on single field');
    const { container } = render(
      <DateInput
        id="dob-errors"
        legend="What is your date of birth?"
        hint="For example, 31 3 1980"
        error="Error message goes here"
        errorParts={['day']}
        value={emptyDateInput}
        onChange={() => undefined}
      />,
    );
    expect(normaliseHtml(container)).toBe(normaliseHtml(fixture.html));
  });

  it('renders the govuk-frontend "with error message and hint" fixture markup (every part highlighted)', () => {
    const fixture = govukFixture('date-input', 'with error message and hint');
    const { container } = render(
      <DateInput
        id="dob-errors"
        legend="What is your date of birth?"
        hint="For example, 31 3 1980"
        error="Error message goes here"
        value={emptyDateInput}
        onChange={() => undefined}
      />,
    );
    expect(normaliseHtml(container)).toBe(normaliseHtml(fixture.html));
  });

  it('is controlled and highlights only the parts in error', async () => {
    const user = userEvent.setup();
    function Question() {
      const [value, setValue] = useState<DateInputValue>(emptyDateInput);
      return (
        <>
          <DateInput
            id="review-date"
            namePrefix="review-date"
            legend="Date of review"
            hint="For example, 27 3 2026"
            error="Date of review must include a year"
            errorParts={['year']}
            value={value}
            onChange={setValue}
          />
          <output>{dateInputToIso(value) ?? 'invalid'}</output>
        </>
      );
    }
    render(<Question />);
    const group = screen.getByRole('group', { name: 'Date of review' });
    expect(group).toHaveAccessibleDescription(
      'For example, 27 3 2026 Error: Date of review must include a year',
    );
    await user.type(screen.getByRole('textbox', { name: 'Day' }), '14');
    await user.type(screen.getByRole('textbox', { name: 'Month' }), '3');
    await user.type(screen.getByRole('textbox', { name: 'Year' }), '2026');
    expect(screen.getByRole('status')).toHaveTextContent('2026-03-14');

    expect(screen.getByRole('textbox', { name: 'Year' })).toHaveClass('govuk-input--error');
    expect(screen.getByRole('textbox', { name: 'Day' })).not.toHaveClass('govuk-input--error');
    expect(screen.getByRole('textbox', { name: 'Month' })).toHaveAttribute(
      'name',
      'review-date-month',
    );
  });
});

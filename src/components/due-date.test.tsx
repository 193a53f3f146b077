import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DueDate, dueDateRelativeText } from './due-date';
import { formatIsoDate } from './format-date';

describe('DueDate', () => {
  it('formats ISO dates without shifting with the time zone', () => {
    expect(formatIsoDate('2026-03-14')).toBe('14 March 2026');
    expect(formatIsoDate('2026-01-01')).toBe('1 January 2026');
    expect(formatIsoDate('2025-12-31')).toBe('31 December 2025');
  });

  it.each([
    [9, 0, 'in 9 working days'],
    [1, 0, 'in 1 working day'],
    [0, 0, 'today'],
    [0, 1, '1 day overdue'],
    [0, 12, '12 days overdue'],
  ])('says how near it is (%i working days left, %i days overdue)', (left, overdue, text) => {
    expect(dueDateRelativeText(left, overdue)).toBe(text);
  });

  it('renders the date and, under it, the relative text', () => {
    render(<DueDate due="2026-03-14" workingDaysLeft={0} daysOverdue={12} />);
    const date = screen.getByText('14 March 2026');
    expect(date).toHaveAttribute('datetime', '2026-03-14');
    expect(screen.getByText('12 days overdue')).toBeInTheDocument();
  });
});

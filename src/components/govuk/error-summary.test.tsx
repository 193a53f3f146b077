import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { govukFixture, normaliseHtml } from '../testing/govuk-fixtures';
import { DateInput, emptyDateInput } from './date-input';
import { ErrorSummary, type ErrorSummaryItem } from './error-summary';
import { Input } from './input';

describe('ErrorSummary', () => {
  it.each(['default', 'without links'])(
    'renders the govuk-frontend "%s" fixture markup',
    (name) => {
      const fixture = govukFixture('error-summary', name);
      const { errorList } = fixture.options as { errorList: ErrorSummaryItem[] };
      // Autofocus adds tabindex="-1" while focused, which the static fixture does not have.
      const { container } = render(<ErrorSummary errors={errorList} disableAutoFocus />);
      expect(normaliseHtml(container)).toBe(normaliseHtml(fixture.html));
    },
  );

  it('renders nothing without errors', () => {
    render(<ErrorSummary errors={[]} />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('takes focus when it appears, and again when the errors change', async () => {
    const user = userEvent.setup();
    function Form() {
      const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
      const [name, setName] = useState('');
      return (
        <>
          <ErrorSummary errors={errors} />
          <Input
            id="name"
            label="Full name"
            value={name}
            onChange={(e) => {
              setName(e.target.value);
            }}
          />
          <button
            type="button"
            onClick={() => {
              setErrors([{ href: '#name', text: 'Enter a name' }]);
            }}
          >
            Save
          </button>
          <button
            type="button"
            onClick={() => {
              setErrors([{ href: '#name', text: 'Name must be 100 characters or fewer' }]);
            }}
          >
            Save again
          </button>
        </>
      );
    }
    render(<Form />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    // Focus is on the summary when the next Tab reaches its first link (not the field after the button).
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert')).toHaveTextContent('There is a problem');
    expect(screen.getByRole('button', { name: 'Save' })).not.toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Enter a name' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Save again' }));
    expect(screen.getByRole('button', { name: 'Save again' })).not.toHaveFocus();
    await user.tab();
    expect(
      screen.getByRole('link', { name: 'Name must be 100 characters or fewer' }),
    ).toHaveFocus();
  });

  it('focuses the field when its link is followed', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ErrorSummary
          errors={[
            { href: '#name', text: 'Enter a name' },
            { href: '#review-date-day', text: 'Date of review must be a real date' },
          ]}
        />
        <Input id="name" label="Full name" error="Enter a name" />
        <DateInput
          id="review-date"
          legend="Date of review"
          error="Date of review must be a real date"
          value={emptyDateInput}
          onChange={() => undefined}
        />
      </>,
    );
    await user.click(screen.getByRole('link', { name: 'Enter a name' }));
    expect(screen.getByRole('textbox', { name: /Full name/ })).toHaveFocus();

    await user.click(screen.getByRole('link', { name: 'Date of review must be a real date' }));
    expect(screen.getByRole('textbox', { name: 'Day' })).toHaveFocus();
  });
});

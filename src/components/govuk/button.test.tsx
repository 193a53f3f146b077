import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Button } from './button';

describe('Button', () => {
  it('renders a submit button by default, with variants', () => {
    render(
      <>
        <Button>Save</Button>
        <Button type="button" variant="secondary">
          Cancel
        </Button>
        <Button variant="warning" disabled>
          Delete
        </Button>
      </>,
    );
    expect(screen.getByRole('button', { name: 'Save' })).toHaveAttribute('type', 'submit');
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveClass(
      'govuk-button govuk-button--secondary',
    );
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('renders a link styled as a button that also works with the space key', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn((event: { preventDefault: () => void }) => {
      event.preventDefault();
    });
    render(
      <Button href="/reviews/new" start onClick={onClick}>
        Start now
      </Button>,
    );
    const link = screen.getByRole('button', { name: 'Start now' });
    expect(link).toHaveAttribute('href', '/reviews/new');
    expect(link).toHaveClass('govuk-button govuk-button--start');
    link.focus();
    await user.keyboard(' ');
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('ignores a second click within a second when preventDoubleClick is set', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    render(
      <Button type="button" preventDoubleClick onClick={onClick}>
        Confirm
      </Button>,
    );
    await user.dblClick(screen.getByRole('button', { name: 'Confirm' }));
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});

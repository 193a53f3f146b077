import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { CharacterCount, characterCountMessage } from './character-count';

function Notes({ limit = 10 }: { limit?: number }) {
  const [value, setValue] = useState('');
  return (
    <CharacterCount
      id="notes"
      label="Notes"
      hint="Do not include personal details"
      limit={limit}
      value={value}
      onChange={setValue}
      announceDelayMs={0}
    />
  );
}

describe('CharacterCount', () => {
  it('words the count as GOV.UK does', () => {
    expect(characterCountMessage(10, 9)).toBe('You have 1 character remaining');
    expect(characterCountMessage(10, 10)).toBe('You have 0 characters remaining');
    expect(characterCountMessage(10, 11)).toBe('You have 1 character too many');
    expect(characterCountMessage(10, 14)).toBe('You have 4 characters too many');
  });

  it('describes the limit, counts as the user types and announces politely', async () => {
    const user = userEvent.setup();
    render(<Notes />);
    const textarea = screen.getByRole('textbox', { name: 'Notes' });
    expect(textarea).toHaveAccessibleDescription(
      'You can enter up to 10 characters Do not include personal details',
    );
    expect(textarea).not.toHaveAttribute('maxlength');

    await user.type(textarea, 'Hello');
    const messages = await screen.findAllByText('You have 5 characters remaining');
    // One visible (hidden from screen readers), one in the polite live region.
    expect(messages).toHaveLength(2);
    expect(messages.map((m) => m.getAttribute('aria-live'))).toContain('polite');
    expect(messages.map((m) => m.getAttribute('aria-hidden'))).toContain('true');
  });

  it('lets the user type past the limit and shows the excess as an error', async () => {
    const user = userEvent.setup();
    render(<Notes limit={3} />);
    const textarea = screen.getByRole('textbox', { name: 'Notes' });
    await user.type(textarea, 'Hello');
    expect(textarea).toHaveValue('Hello');
    expect(textarea).toHaveClass('govuk-textarea--error');
    const messages = await screen.findAllByText('You have 2 characters too many');
    expect(messages).toHaveLength(2);
    expect(messages.some((m) => m.classList.contains('govuk-error-message'))).toBe(true);
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { govukFixture, normaliseHtml } from '../testing/govuk-fixtures';
import { Radios, type RadioItem } from './radios';

// The conditional HTML of the "with conditional item checked" fixture, as JSX.
function conditionalField(id: string, label: string) {
  return (
    <>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <input className="govuk-input govuk-!-width-one-third" name={id} type="text" id={id} />
    </>
  );
}

const contactItems: RadioItem[] = [
  { value: 'email', text: 'Email', conditional: conditionalField('context-email', 'Email') },
  { value: 'phone', text: 'Phone', conditional: conditionalField('contact-phone', 'Phone number') },
  {
    value: 'text',
    text: 'Text message',
    conditional: conditionalField('contact-text-message', 'Mobile phone number'),
  },
];

describe('Radios', () => {
  it('renders the govuk-frontend "with conditional item checked" fixture markup', () => {
    const fixture = govukFixture('radios', 'with conditional item checked');
    const { container } = render(
      <Radios
        idPrefix="how-contacted-checked"
        name="how-contacted-checked"
        legend="How do you want to be contacted?"
        items={contactItems}
        value="email"
        onChange={() => undefined}
      />,
    );
    expect(normaliseHtml(container)).toBe(normaliseHtml(fixture.html));
  });

  it('renders the govuk-frontend "with hints on items" fixture markup', () => {
    const fixture = govukFixture('radios', 'with hints on items');
    const { items } = fixture.options as {
      items: { value: string; text: string; id: string; hint: { text: string } }[];
    };
    const { container } = render(
      <Radios
        idPrefix="gov"
        name="gov"
        legend="How do you want to sign in?"
        legendSize="l"
        legendIsPageHeading
        items={items.map((item) => ({ ...item, hint: item.hint.text }))}
        value={undefined}
        onChange={() => undefined}
      />,
    );
    expect(normaliseHtml(container)).toBe(normaliseHtml(fixture.html));
  });

  it('is controlled, and reveals the conditional content of the selected item only', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    function Question() {
      const [value, setValue] = useState<string>();
      return (
        <Radios
          name="contact"
          legend="How do you want to be contacted?"
          items={contactItems}
          value={value}
          onChange={(next) => {
            onChange(next);
            setValue(next);
          }}
          small
        />
      );
    }
    render(<Question />);
    expect(
      screen.getByRole('group', { name: 'How do you want to be contacted?' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Phone number' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Phone' }));
    expect(onChange).toHaveBeenLastCalledWith('phone');
    expect(screen.getByRole('radio', { name: 'Phone' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Phone number' })).toBeVisible();
    expect(screen.queryByRole('textbox', { name: 'Email' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Email' }));
    expect(screen.getByRole('textbox', { name: 'Email' })).toBeVisible();
    expect(screen.queryByRole('textbox', { name: 'Phone number' })).not.toBeInTheDocument();
  });

  it('describes the group by its hint and error', () => {
    render(
      <Radios
        name="outcome"
        legend="Outcome"
        hint="Select one"
        error="Select the outcome"
        items={[
          { value: 'held', text: 'Held' },
          { divider: 'or' },
          { value: 'cancelled', text: 'Cancelled' },
        ]}
        value={null}
        onChange={() => undefined}
        inline
      />,
    );
    const group = screen.getByRole('group', { name: 'Outcome' });
    expect(group).toHaveAccessibleDescription('Select one Error: Select the outcome');
    // Ids follow GOV.UK: the first item's id is the prefix itself (for error summary links).
    expect(screen.getByRole('radio', { name: 'Held' })).toHaveAttribute('id', 'outcome');
    expect(screen.getByRole('radio', { name: 'Cancelled' })).toHaveAttribute('id', 'outcome-3');
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { govukFixture, normaliseHtml } from '../testing/govuk-fixtures';
import { Checkboxes } from './checkboxes';

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

describe('Checkboxes', () => {
  it('renders the govuk-frontend "with conditional items" fixture markup', () => {
    const fixture = govukFixture('checkboxes', 'with conditional items');
    const { container } = render(
      <Checkboxes
        name="with-conditional-items"
        idPrefix="how-contacted"
        legend="How do you want to be contacted?"
        items={[
          {
            value: 'email',
            text: 'Email',
            conditional: conditionalField('context-email', 'Email address'),
          },
          {
            value: 'phone',
            text: 'Phone',
            conditional: conditionalField('contact-phone', 'Phone number'),
          },
          {
            value: 'text',
            text: 'Text message',
            conditional: conditionalField('contact-text-message', 'Mobile phone number'),
          },
        ]}
        values={[]}
        onChange={() => undefined}
      />,
    );
    expect(normaliseHtml(container)).toBe(normaliseHtml(fixture.html));
  });

  it('keeps several values and clears the others when the exclusive option is checked', async () => {
    const user = userEvent.setup();
    function Question() {
      const [values, setValues] = useState<string[]>([]);
      return (
        <>
          <Checkboxes
            name="needs"
            legend="Access needs"
            items={[
              { value: 'interpreter', text: 'Interpreter' },
              { value: 'advocate', text: 'Advocate' },
              { divider: 'or' },
              { value: 'none', text: 'None', exclusive: true },
            ]}
            values={values}
            onChange={setValues}
          />
          <output>{values.join(',')}</output>
        </>
      );
    }
    render(<Question />);
    await user.click(screen.getByRole('checkbox', { name: 'Interpreter' }));
    await user.click(screen.getByRole('checkbox', { name: 'Advocate' }));
    expect(screen.getByRole('status')).toHaveTextContent('interpreter,advocate');

    await user.click(screen.getByRole('checkbox', { name: 'None' }));
    expect(screen.getByRole('status')).toHaveTextContent('none');
    expect(screen.getByRole('checkbox', { name: 'Interpreter' })).not.toBeChecked();

    await user.click(screen.getByRole('checkbox', { name: 'Advocate' }));
    expect(screen.getByRole('status')).toHaveTextContent('advocate');
    expect(screen.getByRole('checkbox', { name: 'None' })).not.toBeChecked();
  });
});

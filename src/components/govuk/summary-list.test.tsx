import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { govukFixture, normaliseHtml } from '../testing/govuk-fixtures';
import { SummaryList, type SummaryListRow } from './summary-list';

type FixtureRow = {
  key: { text: string };
  value: { text?: string; html?: string };
  actions?: { items: { href: string; text: string; visuallyHiddenText?: string }[] };
};

// The one HTML value in the "with actions" fixture, as JSX.
const contactInformation = (
  <>
    <p className="govuk-body">email@email.com</p>
    <p className="govuk-body">
      Address line 1<br />
      Address line 2<br />
      Address line 3<br />
      Address line 4<br />
      Address line 5
    </p>
  </>
);

function toRow(row: FixtureRow): SummaryListRow {
  return {
    key: row.key.text,
    value: row.value.text ?? contactInformation,
    actions: row.actions?.items,
  };
}

describe('SummaryList', () => {
  it.each(['default', 'with actions', 'with some actions'])(
    'renders the govuk-frontend "%s" fixture markup',
    (name) => {
      const fixture = govukFixture('summary-list', name);
      const { rows } = fixture.options as { rows: FixtureRow[] };
      const { container } = render(<SummaryList rows={rows.map(toRow)} />);
      expect(normaliseHtml(container)).toBe(normaliseHtml(fixture.html));
    },
  );

  it('completes action link text for screen readers, including the card title', () => {
    render(
      <SummaryList
        card={{ title: 'Placement' }}
        rows={[
          {
            key: 'Carer',
            value: 'Jo Bloggs',
            actions: [{ href: '/placement/edit', text: 'Change', visuallyHiddenText: 'carer' }],
          },
        ]}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Placement' })).toBeInTheDocument();
    // The hidden text starts with a space (GOV.UK markup); jsdom's name computation drops it.
    expect(screen.getByRole('link', { name: /^Change\s?carer \(Placement\)$/ })).toHaveAttribute(
      'href',
      '/placement/edit',
    );
  });
});

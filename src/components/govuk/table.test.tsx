import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { govukFixture, normaliseHtml } from '../testing/govuk-fixtures';
import { Table, type TableCell } from './table';

type FixtureCell = { text: string; format?: 'numeric' };

const toCell = (cell: FixtureCell): TableCell => ({
  content: cell.text,
  numeric: cell.format === 'numeric',
});

describe('Table', () => {
  it('renders the govuk-frontend "with head and caption" fixture markup', () => {
    const fixture = govukFixture('table', 'with head and caption');
    const options = fixture.options as {
      caption: string;
      captionClasses: string;
      head: FixtureCell[];
      rows: FixtureCell[][];
    };
    const { container } = render(
      <Table
        caption={options.caption}
        captionClassName={options.captionClasses}
        firstCellIsHeader
        head={options.head.map(toCell)}
        rows={options.rows.map((row) => row.map(toCell))}
        // govuk-frontend's own markup: the narrow-screen labels are ours.
        stacked={false}
      />,
    );
    expect(normaliseHtml(container)).toBe(normaliseHtml(fixture.html));
  });

  it('exposes row headers and numeric cells', () => {
    render(
      <Table
        caption="Reviews"
        firstCellIsHeader
        head={[{ content: 'Child' }, { content: 'Reviews', numeric: true }]}
        rows={[[{ content: 'Ada' }, { content: 3, numeric: true }]]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Reviews' });
    expect(within(table).getByRole('rowheader', { name: 'Ada' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: '3' })).toHaveClass(
      'govuk-table__cell--numeric',
    );
  });

  it("names each cell by its column, following the head's spans, to stack on narrow screens", () => {
    render(
      <Table
        caption="Meetings"
        firstCellIsHeader
        head={[
          { content: 'Child' },
          { content: 'When', colSpan: 2 },
          { content: <span className="govuk-visually-hidden">Action</span>, label: 'Action' },
          { content: '' },
        ]}
        rows={[
          [
            { content: 'Ada' },
            { content: '3 March 2026' },
            { content: '10:00' },
            { content: 'Change' },
            { content: 'Note' },
          ],
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Meetings' });
    expect(table).toHaveClass('app-table--stacked');
    const labels = within(table)
      .getAllByRole('cell')
      .map((cell) => cell.dataset.label);
    expect(labels).toEqual(['When', 'When', 'Action', undefined]);
    expect(within(table).getByRole('rowheader', { name: 'Ada' })).toHaveAttribute(
      'data-label',
      'Child',
    );
  });
});

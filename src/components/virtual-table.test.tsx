import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { TableColumn } from './moj/sort-header';
import { VirtualTable } from './virtual-table';

type Row = { id: string; name: string; reviews: number };

const rows: Row[] = Array.from({ length: 5000 }, (_, i) => ({
  id: `child-${i + 1}`,
  name: `Child ${i + 1}`,
  reviews: i % 7,
}));

const columns: TableColumn<Row>[] = [
  {
    key: 'name',
    header: 'Child',
    render: (r) => r.name,
    sortable: true,
    rowHeader: true,
    width: '40%',
  },
  {
    key: 'reviews',
    header: 'Reviews held',
    render: (r) => r.reviews,
    sortable: true,
    numeric: true,
  },
];

describe('VirtualTable', () => {
  it('renders a window of rows, not all 5,000, and keeps table semantics', () => {
    render(
      <VirtualTable
        caption="All children"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        sort={{ key: 'name', direction: 'ascending' }}
        onSortChange={() => undefined}
      />,
    );
    const region = screen.getByRole('region', { name: 'All children (scrollable)' });
    expect(region).toHaveAttribute('tabindex', '0');

    const table = within(region).getByRole('table', { name: /All children/ });
    expect(table).toHaveAttribute('aria-rowcount', '5001');

    // Spacer rows are aria-hidden, so only the header and the rendered data rows are rows.
    const dataRows = within(table).getAllByRole('row').slice(1);
    expect(dataRows.length).toBeGreaterThan(10);
    expect(dataRows.length).toBeLessThan(100);
    expect(dataRows[0]).toHaveAttribute('aria-rowindex', '2');
    expect(within(table).getByRole('rowheader', { name: 'Child 1' })).toBeInTheDocument();
    expect(within(table).queryByRole('rowheader', { name: 'Child 5000' })).not.toBeInTheDocument();
    expect(within(table).getAllByRole('cell')[0]).toHaveClass('govuk-table__cell--numeric');
  });

  it('has sortable headers that report the sort', async () => {
    const user = userEvent.setup();
    const onSortChange = vi.fn();
    render(
      <VirtualTable
        caption="All children"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        sort={{ key: 'name', direction: 'ascending' }}
        onSortChange={onSortChange}
      />,
    );
    expect(screen.getByRole('columnheader', { name: /Child/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await user.click(screen.getByRole('button', { name: 'Child' }));
    expect(onSortChange).toHaveBeenCalledWith({ key: 'name', direction: 'descending' });
    await user.click(screen.getByRole('button', { name: 'Reviews held' }));
    expect(onSortChange).toHaveBeenLastCalledWith({ key: 'reviews', direction: 'ascending' });
    expect(screen.getByRole('status')).toHaveTextContent('Sorted by Child, ascending');
  });
});

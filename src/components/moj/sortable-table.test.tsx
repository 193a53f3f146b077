import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { SortableTable } from './sortable-table';
import type { SortState, TableColumn } from './sort-header';

type Child = { id: string; name: string; due: string };

const children: Child[] = [
  { id: 'c1', name: 'Bea', due: '2026-03-14' },
  { id: 'c2', name: 'Ada', due: '2026-05-01' },
  { id: 'c3', name: 'Cal', due: '2026-01-20' },
];

const columns: TableColumn<Child>[] = [
  { key: 'name', header: 'Child', render: (c) => c.name, sortable: true, rowHeader: true },
  { key: 'due', header: 'Next review due', render: (c) => c.due, sortable: true },
  { key: 'id', header: 'ID', render: (c) => c.id },
];

function Caseload({ onSortChange }: { onSortChange: (sort: SortState) => void }) {
  const [sort, setSort] = useState<SortState>({ key: 'name', direction: 'ascending' });
  const key = sort.key as 'name' | 'due';
  const rows = [...children].sort(
    (a, b) => a[key].localeCompare(b[key]) * (sort.direction === 'ascending' ? 1 : -1),
  );
  return (
    <SortableTable
      caption="Caseload"
      columns={columns}
      rows={rows}
      rowKey={(c) => c.id}
      sort={sort}
      onSortChange={(next) => {
        onSortChange(next);
        setSort(next);
      }}
    />
  );
}

function firstColumn() {
  return screen.getAllByRole('rowheader').map((cell) => cell.textContent);
}

describe('SortableTable', () => {
  it('puts aria-sort on sortable headers only, with buttons inside', () => {
    render(<Caseload onSortChange={() => undefined} />);
    expect(screen.getByRole('table', { name: /Caseload/ })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /Child/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(screen.getByRole('columnheader', { name: /Next review due/ })).toHaveAttribute(
      'aria-sort',
      'none',
    );
    expect(screen.getByRole('columnheader', { name: 'ID' })).not.toHaveAttribute('aria-sort');
    expect(
      within(screen.getByRole('columnheader', { name: /Next review due/ })).getByRole('button', {
        name: 'Next review due',
      }),
    ).toHaveAttribute('type', 'button');
    // Nothing is announced on load.
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('sorts ascending then descending, calls onSortChange and announces the sort', async () => {
    const user = userEvent.setup();
    const onSortChange = vi.fn();
    render(<Caseload onSortChange={onSortChange} />);
    expect(firstColumn()).toEqual(['Ada', 'Bea', 'Cal']);

    await user.click(screen.getByRole('button', { name: 'Next review due' }));
    expect(onSortChange).toHaveBeenLastCalledWith({ key: 'due', direction: 'ascending' });
    expect(screen.getByRole('columnheader', { name: /Next review due/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(screen.getByRole('columnheader', { name: /Child/ })).toHaveAttribute(
      'aria-sort',
      'none',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Sorted by Next review due, ascending');
    expect(firstColumn()).toEqual(['Cal', 'Bea', 'Ada']);

    await user.click(screen.getByRole('button', { name: 'Next review due' }));
    expect(onSortChange).toHaveBeenLastCalledWith({ key: 'due', direction: 'descending' });
    expect(screen.getByRole('columnheader', { name: /Next review due/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Sorted by Next review due, descending');
    expect(firstColumn()).toEqual(['Ada', 'Bea', 'Cal']);
  });
});

// Every list endpoint a page at a time (issue 19): page 1 of 50 unless asked, each page following
// on from the last in the list's own order, and the counts beside the items always of the whole
// result, whichever page is asked for.
import { describe, expect, it } from 'vitest';
import type { StaffRole } from '@/lib/api/schemas';
import { call, fieldErrors, signInAs, useMockBackend, type Json } from '../test/support';

const ctx = useMockBackend({ size: 450 });

type Listed = {
  items: Json[];
  page: number;
  pageSize: number;
  totalItems: number;
  totalPages: number;
};

/** The list endpoints paged with one list of items, who may call them and an item's key. */
const LISTS: { path: string; role: StaffRole; key: (item: Json) => string }[] = [
  { path: '/team/sign-off-queue', role: 'team-manager', key: (item) => item.reviewId },
  { path: '/team/escalations', role: 'team-manager', key: (item) => item.id },
  { path: '/children/left-care', role: 'team-manager', key: (item) => item.id },
  { path: '/allocation-queue', role: 'team-manager', key: (item) => item.id },
  { path: '/meetings', role: 'business-support', key: (item) => item.id },
];

async function get(path: string, role: StaffRole): Promise<Listed & Record<string, Json>> {
  const { token } = await signInAs(ctx.db, role);
  const result = await call('GET', path, { token });
  expect({ path, status: result.status }).toEqual({ path, status: 200 });
  return result.body;
}

/** Everything but the page's own fields: the counts of the whole result. */
function wholeResultFields(body: Record<string, Json>) {
  const { items: _items, page: _page, pageSize: _size, totalPages: _pages, ...rest } = body;
  return rest;
}

describe('list endpoints, paged', () => {
  it.each(LISTS)(
    '$path: page 2 follows page 1 and the counts are of the whole list',
    async (list) => {
      const whole = await get(`${list.path}?pageSize=10000`, list.role);
      // Enough items in the seed for three pages of one.
      expect(whole.totalItems).toBeGreaterThanOrEqual(3);
      expect(whole.items).toHaveLength(whole.totalItems);

      const first = await get(list.path, list.role);
      expect(first).toMatchObject({ page: 1, pageSize: 50 });
      expect(first.items.map(list.key)).toEqual(whole.items.slice(0, 50).map(list.key));

      const second = await get(`${list.path}?page=2&pageSize=1`, list.role);
      expect(second).toMatchObject({
        page: 2,
        pageSize: 1,
        totalItems: whole.totalItems,
        totalPages: whole.totalItems,
      });
      expect(second.items.map(list.key)).toEqual([list.key(whole.items[1])]);
      expect(wholeResultFields(second)).toEqual(wholeResultFields(whole));

      const past = await get(`${list.path}?page=${whole.totalItems + 1}&pageSize=1`, list.role);
      expect(past.items).toEqual([]);
      expect(wholeResultFields(past)).toEqual(wholeResultFields(whole));
    },
  );

  it.each(LISTS)('$path: a page that is not a whole number from 1 is a 422', async (list) => {
    const { token } = await signInAs(ctx.db, list.role);
    const bad = await call('GET', `${list.path}?page=0&pageSize=10001`, { token });
    expect(bad.status).toBe(422);
    expect(fieldErrors(bad.body)).toMatchObject({
      page: 'Page must be 1 or more',
      pageSize: 'Page size must be 10000 or fewer',
    });
  });

  it('the booking queue: the same page of every list, with each list’s whole count', async () => {
    const whole = await get('/booking-queue?pageSize=10000&weeks=12', 'business-support');
    const lists = [
      'toBook',
      'bookedAfterDue',
      'cancelledWithoutNewDate',
      'invitationsNotSent',
      'leftCare',
    ] as const;
    for (const name of lists) expect(whole[name]).toHaveLength(whole.counts[name]);
    expect(whole.counts.toBook).toBeGreaterThan(2);
    expect(whole.counts.overdue).toBe(
      (whole.toBook as Json[]).filter((item) => item.review.daysOverdue > 0).length,
    );
    const longest = Math.max(...lists.map((name) => whole.counts[name] as number));
    expect(whole.totalItems).toBe(longest);

    const first = await get('/booking-queue?weeks=12', 'business-support');
    expect(first).toMatchObject({ page: 1, pageSize: 50, counts: whole.counts });

    const second = await get('/booking-queue?weeks=12&page=2&pageSize=2', 'business-support');
    expect(second).toMatchObject({
      page: 2,
      pageSize: 2,
      totalItems: longest,
      totalPages: Math.ceil(longest / 2),
      counts: whole.counts,
    });
    for (const name of lists) {
      const key = (item: Json) => `${item.child.id}:${item.meeting?.id ?? ''}`;
      expect({ name, keys: second[name].map(key) }).toEqual({
        name,
        keys: whole[name].slice(2, 4).map(key),
      });
    }
  });
});

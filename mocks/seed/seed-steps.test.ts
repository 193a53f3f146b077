// The seed made faster or in slices is still exactly the seed: the same records, field for field,
// as the generator gave before (fingerprints taken from it, 1 December 2026), whether run in one
// go or in slices with the event loop given turns between them.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../db/types';
import { seedDatabase, seedDatabaseInSlices } from './seed';

/** Each table's record count and the start of the SHA-256 of its records as JSON, in order. */
function fingerprint(snapshot: Snapshot): string {
  return Object.entries(snapshot.tables)
    .map(([name, rows]) => {
      const hash = createHash('sha256');
      for (const row of rows) hash.update(JSON.stringify(row));
      return `${name}=${rows.length}:${hash.digest('hex').slice(0, 12)}`;
    })
    .join(' ');
}

const PINNED = [
  {
    options: { size: 60, seed: 20260314, today: '2026-03-16' },
    fingerprint:
      'staff=14:a2091c12fa5f children=66:fc26c009e118 reviews=398:7f97ca6f1558 midpointChecks=129:0cd46f263dee meetings=87:28fdec3f023c escalations=0:e3b0c44298fc iroContacts=124:7eecbb63b495 auditEvents=0:e3b0c44298fc sessions=0:e3b0c44298fc drafts=0:e3b0c44298fc documentTemplates=7:01def55c2fb8 outbox=0:e3b0c44298fc',
  },
  {
    options: { size: 450, seed: 20261123, today: '2026-11-23' },
    fingerprint:
      'staff=14:a2091c12fa5f children=467:11be0b1fd314 reviews=2931:df12b86ce968 midpointChecks=941:fcab6c665c06 meetings=603:c5b90348b498 escalations=29:c62f78bba92e iroContacts=969:6a9da2d78664 auditEvents=0:e3b0c44298fc sessions=0:e3b0c44298fc drafts=0:e3b0c44298fc documentTemplates=7:01def55c2fb8 outbox=0:e3b0c44298fc',
  },
  {
    options: { size: 3000, seed: 7, today: '2026-06-01' },
    fingerprint:
      'staff=14:a2091c12fa5f children=3093:92538567f8f7 reviews=19384:59187a9e1384 midpointChecks=6338:62e412632d92 meetings=4058:f8cce60d058b escalations=244:25984f0b2f0f iroContacts=6438:293c1b56b220 auditEvents=0:e3b0c44298fc sessions=0:e3b0c44298fc drafts=0:e3b0c44298fc documentTemplates=7:01def55c2fb8 outbox=0:e3b0c44298fc',
  },
] as const;

// Seeding 3,000 children takes seconds on a shared 2-core machine.
describe('the seed stays exactly the same data', { timeout: 60_000 }, () => {
  it.each(PINNED)(
    'seed $options.seed, $options.size children, today $options.today: the records it always gave',
    ({ options, fingerprint: pinned }) => {
      expect(fingerprint(seedDatabase(options))).toBe(pinned);
    },
  );

  it('gives the same records in slices, answering the event loop between them', async () => {
    const options = { size: 450, seed: 20261123, today: '2026-11-23' };
    let turns = 0;
    const counting = setInterval(() => {
      turns++;
    }, 0);
    // Slices of 0 ms: a turn after every child.
    const sliced = await seedDatabaseInSlices(options, 0);
    clearInterval(counting);
    expect(turns).toBeGreaterThan(0);
    expect(sliced).toEqual(seedDatabase(options));
    expect(fingerprint(sliced)).toBe(PINNED[1].fingerprint);
  });
});

// A server seeding a large database listens first: the app's files are served at once, and an API
// request made meanwhile waits for the data (in slices, mocks/seed/steps.ts) instead of being
// refused; the database it opens holds exactly the seed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Database } from './db/database';
import { createMemoryAdapter } from './db/memory-adapter';
import { startServerWithStorage } from './http-server';
import { seedDatabase } from './seed/seed';

const site = mkdtempSync(join(tmpdir(), 'iro-opening-'));
writeFileSync(join(site, 'index.html'), '<!doctype html><title>IRO Review Tracker</title>');
afterAll(() => {
  rmSync(site, { recursive: true, force: true });
});

describe('a server opening its data', { timeout: 120_000 }, () => {
  it('serves the app while it seeds, and answers a sign-in made meanwhile once the data is open', async () => {
    const seed = { size: 5000, today: '2026-03-16' };
    const answered: string[] = [];
    let requests: Promise<[Response, Response]> | null = null;
    const { server, storage } = await startServerWithStorage({
      port: 0,
      staticDir: site,
      seed,
      onListening: (listening) => {
        const base = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
        requests = Promise.all([
          fetch(`${base}/`).then(async (response) => {
            await response.text();
            answered.push('app');
            return response;
          }),
          fetch(`${base}/api/session`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ staffId: 'st_10' }),
          }).then(async (response) => {
            await response.json();
            answered.push('sign-in');
            return response;
          }),
        ]);
      },
    });
    answered.push('data open');
    try {
      expect(requests).not.toBeNull();
      const [app, signIn] = await (requests as unknown as Promise<[Response, Response]>);
      expect(app.status).toBe(200);
      expect(signIn.status).toBe(201);
      expect(answered.indexOf('app')).toBeLessThan(answered.indexOf('data open'));
      // The database opened in slices holds exactly what the seed gives in one go.
      const inOneGo = new Database(seedDatabase(seed), createMemoryAdapter());
      const opened = storage.db.snapshot();
      expect(opened.tables.children).toEqual(inOneGo.snapshot().tables.children);
      expect(opened.tables.reviews).toEqual(inOneGo.snapshot().tables.reviews);
      expect(storage.db.count('meetings')).toBe(inOneGo.count('meetings'));
    } finally {
      server.close();
    }
  });
});

describe('loading a database in slices', () => {
  it('gives the same records and indexes as loading it in one go', async () => {
    const snapshot = seedDatabase({ size: 120, today: '2026-03-16' });
    const whole = new Database(snapshot, createMemoryAdapter());
    const sliced = await Database.loadInSlices(snapshot, createMemoryAdapter(), 0);
    expect(sliced.snapshot()).toEqual(whole.snapshot());
    expect(sliced.generation).toBe(whole.generation);
    for (const child of whole.all('children')) {
      expect(sliced.forChild('reviews', child.id)).toEqual(whole.forChild('reviews', child.id));
      expect(sliced.forChild('meetings', child.id)).toEqual(whole.forChild('meetings', child.id));
    }
    expect([...sliced.childIdsOf('st_01')]).toEqual([...whole.childIdsOf('st_01')]);
  });
});

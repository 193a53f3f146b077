// A server that keeps its data: the HTTP server as its own process, on the embedded database
// (PGlite, the command line's default) and on PostgreSQL through the pg driver, is killed with
// kill -9 straight after its last answered write, started again on the same data, and everything
// it had answered is there: the records, their audit events, the sessions (and a session signed
// out stays signed out).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@/domain';
import { summariseChild } from '../compute';
import { Database } from '../db/database';
import { createMemoryAdapter } from '../db/memory-adapter';
import { TEST_TODAY } from '../node';
import { seedDatabase } from '../seed/seed';
import { reviewableChild, reviewBody } from '../test/review-kit';
import { staff, type Json } from '../test/support';
import { startTestPostgres, type TestPostgres } from './testing/postgres-server';
import { startServerProcess, type ServerProcess } from './testing/server-process';

const SIZE = 60;
const SEED_ARGS = ['--size', String(SIZE), '--today', TEST_TODAY];
/** Starting a process (tsx, PGlite's WebAssembly, the seed) takes a few seconds on 2 cores. */
const TIMEOUT = 180_000;

/** The same seed the server makes from SEED_ARGS: which children and staff to use. */
const seeded = new Database(seedDatabase({ size: SIZE, today: TEST_TODAY }), createMemoryAdapter());

async function call(
  server: ServerProcess,
  method: string,
  path: string,
  token: string | null,
  body?: unknown,
): Promise<{ status: number; body: Json }> {
  const headers: Record<string, string> = {};
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${server.base}/api${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : JSON.parse(text) };
}

async function signIn(server: ServerProcess, staffId: string): Promise<string> {
  const result = await call(server, 'POST', '/session', null, { staffId });
  expect(result.status).toBe(201);
  return result.body.token;
}

/**
 * Writes (sign-ins, a sign-out, a review by the IRO, a meeting booked by business support, a burst
 * of sign-ins at once), kills the server with kill -9 the moment the last is answered, starts a
 * new one on the same data and reads it all back.
 */
async function expectNothingLostOnKill9(start: () => Promise<ServerProcess>): Promise<void> {
  const iro = staff(seeded, 'iro');
  const support = staff(seeded, 'business-support');
  const manager = staff(seeded, 'team-manager');
  const reviewed = reviewableChild(seeded, iro.id);
  const toBook = [...seeded.all('children')].find((child) => {
    const summary = summariseChild(seeded, child);
    return (
      child.id !== reviewed.id &&
      child.iroId !== null &&
      summary.meeting === null &&
      summary.nextReview.due > addDays(TEST_TODAY, 7)
    );
  })!;

  const first = await start();
  expect(first.output()).toMatch(/seeded with \d+ children/);
  const iroToken = await signIn(first, iro.id);
  const supportToken = await signIn(first, support.id);
  const managerToken = await signIn(first, manager.id);
  const signedOut = await signIn(first, manager.id);
  expect((await call(first, 'DELETE', '/session', signedOut)).status).toBe(204);

  const review = await call(first, 'POST', `/children/${reviewed.id}/reviews`, iroToken, {
    ...reviewBody(addDays(TEST_TODAY, -5)),
    participationCode: 'PN3',
  });
  expect(review.status).toBe(201);
  const meetingDate = addDays(TEST_TODAY, 3);
  const meeting = await call(first, 'POST', `/children/${toBook.id}/meetings`, supportToken, {
    date: meetingDate,
    startTime: '10:30',
    durationMinutes: 90,
    format: 'in-person',
    venue: 'Civic Centre, Room 3',
    virtualLink: null,
    invitees: [{ role: 'carer', name: 'A carer', contactMethod: 'email' }],
  });
  expect(meeting.status).toBe(201);
  // Ten writes in flight at once (ten people signing in), the process killed as soon as the last
  // is answered.
  const others = [...seeded.all('staff')]
    .filter((member) => member.active && ![iro.id, support.id, manager.id].includes(member.id))
    .slice(0, 10);
  expect(others).toHaveLength(10);
  const burst = await Promise.all(others.map((member) => signIn(first, member.id)));
  await first.kill9();

  const second = await start();
  try {
    expect(second.output()).toMatch(/loaded \d+ records/);
    expect(second.pid).not.toBe(first.pid);

    const record = await call(second, 'GET', `/children/${reviewed.id}`, iroToken);
    expect(record.status).toBe(200);
    expect(record.body.reviews).toContainEqual(
      expect.objectContaining({ id: review.body.id, participationCode: 'PN3' }),
    );
    const booked = await call(second, 'GET', `/meetings/${meeting.body.id}`, supportToken);
    expect(booked.status).toBe(200);
    expect(booked.body.meeting).toMatchObject({ id: meeting.body.id, date: meetingDate });

    const reviewAudit = await call(
      second,
      'GET',
      `/audit-events?childId=${reviewed.id}`,
      managerToken,
    );
    expect(reviewAudit.status).toBe(200);
    expect(reviewAudit.body.items).toContainEqual(
      expect.objectContaining({ entity: 'review', action: 'created' }),
    );
    const meetingAudit = await call(
      second,
      'GET',
      `/audit-events?childId=${toBook.id}`,
      managerToken,
    );
    expect(meetingAudit.body.items).toContainEqual(
      expect.objectContaining({ entity: 'meeting', action: 'created' }),
    );

    for (const token of burst) {
      expect((await call(second, 'GET', '/session', token)).status).toBe(200);
    }
    expect((await call(second, 'GET', '/session', signedOut)).status).toBe(401);
  } finally {
    // SIGTERM: the server closes its database and exits cleanly.
    expect(await second.stop()).toBe(0);
  }
}

describe('the HTTP server on the embedded database (PGlite, the default)', () => {
  let dataDir = '';
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'iro-pglite-'));
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'loses nothing it answered when killed with kill -9, and starts again on the same data',
    async () => {
      await expectNothingLostOnKill9(() =>
        startServerProcess([...SEED_ARGS, '--data-dir', dataDir]),
      );
    },
    TIMEOUT,
  );

  it(
    'refuses a data directory a running server has, and takes over one a killed server left',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'iro-pglite-lock-'));
      try {
        const running = await startServerProcess([...SEED_ARGS, '--data-dir', dir]);
        await expect(startServerProcess([...SEED_ARGS, '--data-dir', dir])).rejects.toThrow(
          /in use by another server \(process \d+\)/,
        );
        await running.kill9();
        const again = await startServerProcess([...SEED_ARGS, '--data-dir', dir]);
        expect(await again.stop()).toBe(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    TIMEOUT,
  );
});

describe('the HTTP server on PostgreSQL through the pg driver', () => {
  let postgres: TestPostgres | null = null;
  beforeAll(async () => {
    postgres = await startTestPostgres();
    // Never silent about which: the test run says what it ran against.
    console.info(`PostgreSQL for this test: ${postgres.label}`);
  }, TIMEOUT);
  afterAll(async () => {
    await postgres?.stop();
  }, TIMEOUT);

  it(
    'loses nothing it answered when killed with kill -9, and starts again on the same database',
    async (context) => {
      await context.annotate(`PostgreSQL: ${postgres!.label}`);
      await expectNothingLostOnKill9(() =>
        startServerProcess(SEED_ARGS, { DATABASE_URL: postgres!.url }),
      );
    },
    TIMEOUT,
  );
});

// Demo and test control of the mock backend (no sign-in): never part of a real backend.
import {
  mockClockBodySchema,
  mockResetBodySchema,
  mockScenarioBodySchema,
  type Clock,
  type MockScenario,
  type MockState,
} from '@/lib/api/schemas';
import { realToday } from '../db/current';
import type { Database } from '../db/database';
import { SCHEMA_VERSION, TABLE_NAMES } from '../db/types';
import { json, readBody } from '../http/validation';
import { publicRoute } from '../http/route';
import { seedDatabase } from '../seed/seed';

function mockState(db: Database): MockState {
  const counts: Record<string, number> = {};
  for (const table of TABLE_NAMES) counts[table] = db.count(table);
  return {
    seed: db.meta.seed,
    size: db.meta.size,
    today: db.today,
    scenario: db.meta.scenario,
    counts,
    schemaVersion: SCHEMA_VERSION,
  };
}

export const mockControlHandlers = [
  // Reseeds everything. Keeps the scenario; ends every session (a token from before a reset is
  // 401, as after a server's database is restored). Without `today` the clock follows the real
  // date in England.
  publicRoute('resetMockDatabase', async ({ request, db }) => {
    const body = await readBody(request, mockResetBodySchema);
    const snapshot = seedDatabase({
      seed: body.seed ?? db.meta.seed,
      size: body.size ?? db.meta.size,
      today: body.today ?? realToday(),
    });
    snapshot.meta.todayFixed = body.today !== undefined;
    snapshot.meta.scenario = db.meta.scenario;
    snapshot.tables.sessions = [];
    await db.replaceAll(snapshot);
    return json(mockState(db));
  }),

  publicRoute('setMockClock', async ({ request, db }) => {
    const body = await readBody(request, mockClockBodySchema);
    await db.commit({
      puts: {},
      deletes: {},
      meta: { ...db.meta, today: body.today, todayFixed: true },
    });
    return json({ today: db.today } satisfies Clock);
  }),

  publicRoute('setMockScenario', async ({ request, db }) => {
    const body = await readBody(request, mockScenarioBodySchema);
    const scenario: MockScenario = { ...db.meta.scenario };
    if (body.latencyMs !== undefined) scenario.latencyMs = body.latencyMs;
    if (body.errorRate !== undefined) scenario.errorRate = body.errorRate;
    if (body.offline !== undefined) scenario.offline = body.offline;
    if (body.failWrites !== undefined) scenario.failWrites = body.failWrites;
    await db.commit({ puts: {}, deletes: {}, meta: { ...db.meta, scenario } });
    return json(scenario);
  }),

  publicRoute('getMockState', ({ db }) => json(mockState(db))),
];

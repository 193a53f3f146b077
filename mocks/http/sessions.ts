// Sessions that end. A session ends after `settings.sessionIdleMinutes` without a request, or
// `settings.sessionMaxHours` after signing in however active it is, both read at each request (a
// changed setting applies at once). A request on an ended session is 401 with the reason, and the
// session is removed. Sign-in sweeps every ended session and ends the person's oldest beyond
// MAX_SESSIONS_PER_PERSON.
//
// Time is the mock's: the real time moved by as many days as the mock's "today" was set from the
// real date (as nowInstant: its "today" with the real time of day), so moving the mock clock on a
// day or more ends every session. The days are counted when "today" is set, not at each request:
// a copy whose "today" stays put past midnight (a tab left open overnight, a long-running server)
// goes on with the real time instead of going back to the morning of the same day, which would
// keep a night's idle session alive.
//
// The last request of each session is held in memory, per database, and stored (lastSeenAt) at
// most once a minute: each stored write is an IndexedDB transaction in the browser and makes the
// other tabs reload their copy, so it is not worth one a request. A reload of the in-browser
// backend therefore knows the last request to within a minute, never later than it was.
import type { SessionTimes } from '@/lib/api/schemas';
import {
  DEFAULT_SESSION_IDLE_MINUTES,
  DEFAULT_SESSION_MAX_HOURS,
  expiredSessionEndedMessage,
  idleSessionEndedMessage,
  MAX_SESSIONS_PER_PERSON,
  SESSION_ENDED_MESSAGE,
  TOO_MANY_SESSIONS_MESSAGE,
} from '@/lib/api/session-policy';
import { realToday } from '../db/current';
import type { Database } from '../db/database';
import type { ChangeSet, SessionRecord } from '../db/types';
import { problems } from './problem';

/** How often the last request is written to the store (at most). */
export const LAST_SEEN_STORE_MS = 60_000;

/** Why recently ended sessions ended, so each later request on them is told the same. */
const REASONS_KEPT = 200;

interface SessionMemory {
  /** Token -> the last request (ms in the mock's clock), newer than the stored lastSeenAt. */
  lastSeen: Map<string, number>;
  /** Token -> why it ended (the latest REASONS_KEPT). */
  ended: Map<string, string>;
  /** Tokens whose lastSeenAt is being stored now. */
  storing: Set<string>;
  /** The mock's "today" as last seen, and how far (ms) its clock is from the real one. */
  clock: { today: string; offsetMs: number } | null;
}

const memories = new WeakMap<Database, SessionMemory>();

function memoryOf(db: Database): SessionMemory {
  let memory = memories.get(db);
  if (memory === undefined) {
    memory = { lastSeen: new Map(), ended: new Map(), storing: new Set(), clock: null };
    memories.set(db, memory);
  }
  return memory;
}

/** The bearer token of a request, if it has one. */
export function bearerToken(request: Request): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(request.headers.get('Authorization') ?? '')?.[1];
}

/** The mock's now (ms): the real time, moved by the days between the real date and its "today". */
export function nowMs(db: Database): number {
  const memory = memoryOf(db);
  if (memory.clock?.today !== db.today) {
    memory.clock = { today: db.today, offsetMs: Date.parse(db.today) - Date.parse(realToday()) };
  }
  return Date.now() + memory.clock.offsetMs;
}

interface Policy {
  idleMinutes: number;
  maxHours: number;
}

function policyOf(db: Database): Policy {
  // A database stored before these settings existed has neither: the defaults apply.
  const settings: { sessionIdleMinutes?: number; sessionMaxHours?: number } = db.meta.settings;
  return {
    idleMinutes: settings.sessionIdleMinutes ?? DEFAULT_SESSION_IDLE_MINUTES,
    maxHours: settings.sessionMaxHours ?? DEFAULT_SESSION_MAX_HOURS,
  };
}

function storedLastSeen(session: SessionRecord): number {
  return Date.parse(session.lastSeenAt ?? session.createdAt);
}

function lastSeenOf(db: Database, session: SessionRecord): number {
  const stored = storedLastSeen(session);
  const held = memoryOf(db).lastSeen.get(session.id);
  return held === undefined ? stored : Math.max(held, stored);
}

interface Deadlines {
  idle: number;
  expires: number;
}

function deadlinesOf(db: Database, session: SessionRecord, policy: Policy): Deadlines {
  return {
    idle: lastSeenOf(db, session) + policy.idleMinutes * 60_000,
    expires: Date.parse(session.createdAt) + policy.maxHours * 3_600_000,
  };
}

/** Why the session has ended by `now`, or null while it lasts. The earlier deadline says why. */
function endedReason(db: Database, session: SessionRecord, now: number): string | null {
  const policy = policyOf(db);
  const { idle, expires } = deadlinesOf(db, session, policy);
  if (now < idle && now < expires) return null;
  return expires <= idle
    ? expiredSessionEndedMessage(policy.maxHours)
    : idleSessionEndedMessage(policy.idleMinutes);
}

function remember(db: Database, ended: ReadonlyMap<string, string>): void {
  const memory = memoryOf(db);
  for (const [token, reason] of ended) {
    memory.lastSeen.delete(token);
    memory.ended.delete(token);
    memory.ended.set(token, reason);
  }
  for (const token of memory.ended.keys()) {
    if (memory.ended.size <= REASONS_KEPT) break;
    memory.ended.delete(token);
  }
}

/**
 * A write that a read may make (a session's end or its last request): brought up to date with the
 * store first, as a write request is, so another tab's write does not make it fail; and when it
 * fails all the same, the request goes on: the memory is right and the next request reloads.
 */
async function store(db: Database, changes: () => ChangeSet | null): Promise<void> {
  try {
    await db.catchUp(true);
    const change = changes();
    if (change !== null) await db.commit(change);
  } catch {
    // Not stored: this copy reloads from the store at the next request (Database.commit).
  }
}

/** Ends sessions (removed from the store), each later request on them told why. */
async function endSessions(db: Database, ended: ReadonlyMap<string, string>): Promise<void> {
  if (ended.size === 0) return;
  remember(db, ended);
  await store(db, () => ({ puts: {}, deletes: { sessions: [...ended.keys()] } }));
}

/**
 * The session of a signed-in request, moved on by it; 401 with the reason when it has ended (and
 * the session is removed) or there is none.
 */
export async function authenticate(db: Database, token: string): Promise<SessionRecord> {
  const memory = memoryOf(db);
  const session = db.get('sessions', token);
  if (session === undefined) {
    throw problems.unauthorized(memory.ended.get(token) ?? SESSION_ENDED_MESSAGE);
  }
  const now = nowMs(db);
  const reason = endedReason(db, session, now);
  if (reason !== null) {
    await endSessions(db, new Map([[token, reason]]));
    throw problems.unauthorized(reason);
  }
  memory.lastSeen.set(token, now);
  const stored = storedLastSeen(session);
  // Stored once a minute, or at once when the mock clock went back (so the stored time is not
  // later than the request).
  if ((now - stored >= LAST_SEEN_STORE_MS || now < stored) && !memory.storing.has(token)) {
    memory.storing.add(token);
    const lastSeenAt = new Date(now).toISOString();
    await store(db, () => {
      const current = db.get('sessions', token);
      return current === undefined
        ? null
        : { puts: { sessions: [{ ...current, lastSeenAt }] }, deletes: {} };
    });
    memory.storing.delete(token);
  }
  return session;
}

/** When a session ends, for GET /session and the sign-in response. */
export function sessionTimes(db: Database, session: SessionRecord): SessionTimes {
  const policy = policyOf(db);
  const { idle, expires } = deadlinesOf(db, session, policy);
  return {
    now: new Date(nowMs(db)).toISOString(),
    signedInAt: session.createdAt,
    idleExpiresAt: new Date(idle).toISOString(),
    expiresAt: new Date(expires).toISOString(),
    idleMinutes: policy.idleMinutes,
    maxHours: policy.maxHours,
  };
}

/**
 * Signs a member of staff in: a new session, stored with every ended session swept away and the
 * person's oldest ended beyond MAX_SESSIONS_PER_PERSON (each later request on them is told why).
 */
export async function startSession(db: Database, staffId: string): Promise<SessionRecord> {
  const now = nowMs(db);
  const ended = new Map<string, string>();
  const theirs: SessionRecord[] = [];
  for (const session of db.all('sessions')) {
    const reason = endedReason(db, session, now);
    if (reason !== null) ended.set(session.id, reason);
    else if (session.staffId === staffId) theirs.push(session);
  }
  theirs.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  for (const oldest of theirs.slice(0, Math.max(0, theirs.length - MAX_SESSIONS_PER_PERSON + 1))) {
    ended.set(oldest.id, TOO_MANY_SESSIONS_MESSAGE);
  }
  remember(db, ended);
  const at = new Date(now).toISOString();
  const session: SessionRecord = {
    id: crypto.randomUUID(),
    staffId,
    createdAt: at,
    lastSeenAt: at,
  };
  await db.commit({ puts: { sessions: [session] }, deletes: { sessions: [...ended.keys()] } });
  return session;
}

/** Sign-out: the session is removed. */
export async function endSession(db: Database, token: string): Promise<void> {
  memoryOf(db).lastSeen.delete(token);
  await db.commit({ puts: {}, deletes: { sessions: [token] } });
}

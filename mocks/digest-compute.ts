// Today's reminder digests (issue 20 item 2): for each active member of staff, the domain's digest
// (src/domain/task-digest.ts) of their own task list (tasks-compute.ts, as GET /tasks gives it),
// kept in the outbox table. One message a person a day, whatever runs it (the daily run of the
// HTTP server, a team manager's POST /digests): its id is the person and the day, so a second run
// the same day finds it and builds (or sends) nothing again.
import { taskDigest, type IsoDate } from '@/domain';
import type { OutboxMessage, SendDigestsResult, StaffMember } from '@/lib/api/schemas';
import { taskActionPath } from '@/lib/paths';
import type { Database } from './db/database';
import { nowInstant } from './http/support';
import { nextTurn } from './next-turn';
import { tasksOf } from './tasks-compute';
import { summariesWarm } from './warm-up';

/** Where the links of a digest point: the HTTP server's APP_BASE_URL, the browser's own origin. */
let baseUrl = 'http://localhost:5173/';

export function setDigestBaseUrl(url: string): void {
  baseUrl = url;
}

export function digestBaseUrl(): string {
  return baseUrl;
}

/** One digest a person a day. */
export function digestMessageId(staffId: string, day: IsoDate): string {
  return `digest-${day}-${staffId}`;
}

/** Who gets a digest: active staff with an email address. */
export function digestRecipients(db: Database): StaffMember[] {
  return [...db.all('staff')].filter((s) => s.active && s.email !== '');
}

/** The person's digest of today as an outbox message (queued), or null when nothing is due. */
export function digestMessageFor(db: Database, person: StaffMember): OutboxMessage | null {
  const { tasks } = tasksOf(db, person);
  const digest = taskDigest({
    recipient: { name: person.name },
    tasks,
    today: db.today,
    baseUrl,
    pathOf: (task) => taskActionPath(task.action),
  });
  if (digest === null) return null;
  return {
    id: digestMessageId(person.id, db.today),
    kind: 'task-digest',
    day: db.today,
    createdAt: nowInstant(db),
    to: { staffId: person.id, name: person.name, email: person.email, role: person.role },
    subject: digest.subject,
    taskCount: digest.lines.length,
    lateCount: digest.late,
    status: 'queued',
    attempts: 0,
    sentAt: null,
    error: null,
    text: digest.text,
    html: digest.html,
    taskIds: digest.lines.map((line) => line.taskId),
    lines: digest.lines,
  };
}

type OutboxListener = (db: Database) => void;
const listeners = new Set<OutboxListener>();

/**
 * Told after each run, whether it built anything or not (the HTTP server's mailer then sends what is
 * queued, and tries again what failed); returns the unsubscribe.
 */
export function onDigestsRun(listener: OutboxListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

// The build under way for each database: a second run (the daily run and a manager's POST /digests
// at once) waits for it and then finds the messages built, instead of building them twice.
const building = new WeakMap<Database, Promise<SendDigestsResult>>();

/**
 * Builds today's digest for everyone who has none yet, in one write. A person's digest is their
 * whole task list (a team manager's covers every child), so the event loop gets a turn between
 * people: at 100,000 children the run at start took about 5 s, and every request waited behind it.
 */
export function buildDigests(db: Database): Promise<SendDigestsResult> {
  const before = building.get(db);
  const running = (
    before === undefined
      ? build(db)
      : before.then(
          () => build(db),
          () => build(db),
        )
  ).finally(() => {
    if (building.get(db) === running) building.delete(db);
  });
  building.set(db, running);
  return running;
}

async function build(db: Database): Promise<SendDigestsResult> {
  // A digest reads every summary: wait for the warming (in slices) rather than do it all here.
  await summariesWarm(db);
  const result: SendDigestsResult = { day: db.today, built: 0, alreadyBuilt: 0, nothingDue: 0 };
  const built: OutboxMessage[] = [];
  for (const person of digestRecipients(db)) {
    await nextTurn();
    if (db.get('outbox', digestMessageId(person.id, db.today)) !== undefined) {
      result.alreadyBuilt++;
      continue;
    }
    const message = digestMessageFor(db, person);
    if (message === null) result.nothingDue++;
    else built.push(message);
  }
  result.built = built.length;
  if (built.length > 0) await db.commit({ puts: { outbox: built }, deletes: {} });
  for (const listener of listeners) listener(db);
  return result;
}

/** Newest first, then by name. */
export function compareOutbox(a: OutboxMessage, b: OutboxMessage): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.to.name.localeCompare(b.to.name, 'en-GB') || (a.id < b.id ? -1 : 1);
}

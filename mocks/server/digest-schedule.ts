// The daily run of the reminder digests in the HTTP server: once the time of day in England has
// reached DIGEST_TIME, today's digests are built (for the backend's today, which the demo's mock
// clock may have moved) and the outbox sent. Checked every minute, and at start: a server started
// after the time still sends the day's; a second run the same day builds nothing (the outbox keeps
// one message a person a day), so a restart sends nothing twice.
import { z } from 'zod';
import type { Database } from '../db/database';
import { buildDigests } from '../digest-compute';
import type { Mailer } from './mailer';

export const DEFAULT_DIGEST_TIME = '07:00';

/** "07:00" (24-hour, England), or "off": no daily run (POST /digests still builds them). */
export const digestTimeSchema = z.union([
  z.literal('off'),
  z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'DIGEST_TIME: a time as HH:MM, or off'),
]);

const englandTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The time of day in England as HH:MM. */
export function timeInEngland(at: Date): string {
  return englandTime.format(at);
}

export interface DigestScheduleOptions {
  db: Database;
  mailer: Mailer;
  /** HH:MM in England. */
  time: string;
  now?: () => Date;
  everyMs?: number;
  log?: (message: string) => void;
}

export interface DigestSchedule {
  /** Runs the day's digests if it is time and they have not run today; whether it ran. */
  tick(): Promise<boolean>;
  stop(): void;
}

export function startDigestSchedule(options: DigestScheduleOptions): DigestSchedule {
  const { db, mailer, time } = options;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => undefined);
  let lastDay: string | null = null;
  let running: Promise<boolean> = Promise.resolve(false);

  const runOnce = async (): Promise<boolean> => {
    await db.catchUp(false);
    if (timeInEngland(now()) < time || lastDay === db.today) return false;
    const result = await buildDigests(db);
    // Only once built: a run that failed (the database was busy) is tried again a minute later.
    lastDay = result.day;
    // Also what an earlier run could not send.
    const report = await mailer.sendQueued(db);
    log(
      `Reminder digests for ${result.day}: ${result.built} built, ${result.alreadyBuilt} built already, ${result.nothingDue} with nothing due; ${report.sent} sent, ${report.failed} failed`,
    );
    return true;
  };
  const tick = () => {
    running = running.then(runOnce, runOnce);
    return running;
  };
  const timer =
    options.everyMs === 0
      ? null
      : setInterval(() => {
          tick().catch((error: unknown) => {
            log(
              `Reminder digests failed: ${error instanceof Error ? error.message : String(error)}`,
            );
          });
        }, options.everyMs ?? 60_000);
  timer?.unref();
  return {
    tick,
    stop() {
      if (timer !== null) clearInterval(timer);
    },
  };
}

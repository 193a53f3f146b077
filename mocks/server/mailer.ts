// Sending the outbox over SMTP, from the HTTP server only (the in-browser demo has no mail server:
// its messages stay queued in the outbox). nodemailer does the SMTP: the most used and longest kept
// Node mail library (since 2010, no runtime dependencies, STARTTLS, implicit TLS, AUTH, timeouts),
// so nothing of SMTP is hand-written here. Configured by environment variables (mailConfigFrom);
// with no SMTP_HOST, nothing is sent.
import { createTransport } from 'nodemailer';
import { z } from 'zod';
import type { OutboxMessage } from '@/lib/api/schemas';
import type { Database } from '../db/database';
import { nowInstant } from '../http/support';

export interface MailConfig {
  host: string;
  port: number;
  /** Implicit TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  /** Refuse to send unless the connection is upgraded to TLS (STARTTLS). */
  requireTls: boolean;
  auth: { user: string; pass: string } | null;
  /** The From header and envelope sender, e.g. "IRO Review Tracker <iro-tracker@council.gov.uk>". */
  from: string;
}

/** A failed send is tried again at the next run (POST /digests or the daily run), this many times. */
export const MAX_SEND_ATTEMPTS = 3;

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');
const blankAsUnset = (value: unknown) => (value === '' ? undefined : value);
const mailEnvSchema = z.object({
  SMTP_HOST: z.preprocess(blankAsUnset, z.string().min(1).optional()),
  SMTP_PORT: z.preprocess(blankAsUnset, z.coerce.number().int().min(1).max(65535).optional()),
  SMTP_SECURE: z.preprocess(blankAsUnset, flag.optional()),
  SMTP_REQUIRE_TLS: z.preprocess(blankAsUnset, flag.optional()),
  SMTP_USER: z.preprocess(blankAsUnset, z.string().min(1).optional()),
  SMTP_PASSWORD: z.preprocess(blankAsUnset, z.string().min(1).optional()),
  MAIL_FROM: z.preprocess(blankAsUnset, z.string().min(3).optional()),
});

/** The mail server from the environment, checked; null when SMTP_HOST is not set (no sending). */
export function mailConfigFrom(
  env: Readonly<Record<string, string | undefined>>,
): MailConfig | null {
  const vars = mailEnvSchema.parse(env);
  if (vars.SMTP_HOST === undefined) return null;
  if (vars.MAIL_FROM === undefined) {
    throw new Error('SMTP_HOST is set without MAIL_FROM: say who the reminders come from');
  }
  if ((vars.SMTP_USER === undefined) !== (vars.SMTP_PASSWORD === undefined)) {
    throw new Error('SMTP_USER and SMTP_PASSWORD go together: set both, or neither');
  }
  const secure = vars.SMTP_SECURE ?? false;
  return {
    host: vars.SMTP_HOST,
    port: vars.SMTP_PORT ?? (secure ? 465 : 587),
    secure,
    requireTls: vars.SMTP_REQUIRE_TLS ?? false,
    auth:
      vars.SMTP_USER === undefined || vars.SMTP_PASSWORD === undefined
        ? null
        : { user: vars.SMTP_USER, pass: vars.SMTP_PASSWORD },
    from: vars.MAIL_FROM,
  };
}

export interface SendReport {
  sent: number;
  failed: number;
}

export interface Mailer {
  /** For the start-up message (never the password). */
  readonly description: string;
  /** Sends every queued message, and failed ones with attempts left; one run at a time. */
  sendQueued(db: Database): Promise<SendReport>;
  close(): void;
}

function toSend(db: Database): OutboxMessage[] {
  return [...db.all('outbox')]
    .filter(
      (m) => m.status === 'queued' || (m.status === 'failed' && m.attempts < MAX_SEND_ATTEMPTS),
    )
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

/** Records the outcome on the message as it is now (written before the next is sent). */
async function record(
  db: Database,
  id: string,
  outcome: Pick<OutboxMessage, 'status' | 'error'>,
): Promise<void> {
  await db.catchUp(true);
  const current = db.get('outbox', id);
  if (current === undefined) return;
  const updated: OutboxMessage = {
    ...current,
    ...outcome,
    attempts: current.attempts + 1,
    sentAt: outcome.status === 'sent' ? nowInstant(db) : current.sentAt,
  };
  await db.commit({ puts: { outbox: [updated] }, deletes: {} });
}

export function createMailer(config: MailConfig | null): Mailer {
  if (config === null) {
    return {
      description:
        'no SMTP_HOST: reminder digests are kept in the outbox (GET /outbox) and not sent',
      sendQueued: () => Promise.resolve({ sent: 0, failed: 0 }),
      close: () => undefined,
    };
  }
  const transport = createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    requireTLS: config.requireTls,
    ...(config.auth === null ? {} : { auth: config.auth }),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  let running: Promise<SendReport> = Promise.resolve({ sent: 0, failed: 0 });
  const run = async (db: Database): Promise<SendReport> => {
    const report: SendReport = { sent: 0, failed: 0 };
    for (const message of toSend(db)) {
      try {
        await transport.sendMail({
          from: config.from,
          to: { name: message.to.name, address: message.to.email },
          subject: message.subject,
          text: message.text,
          html: message.html,
        });
        report.sent++;
        await record(db, message.id, { status: 'sent', error: null });
      } catch (error) {
        // Kept in the outbox with the reason; tried again at the next run.
        report.failed++;
        const reason = error instanceof Error ? error.message : String(error);
        await record(db, message.id, { status: 'failed', error: reason.slice(0, 500) });
      }
    }
    return report;
  };
  return {
    description: `SMTP ${config.secure ? 'with TLS' : config.requireTls ? 'with STARTTLS required' : 'with STARTTLS when offered'} to ${config.host}:${config.port}${config.auth === null ? '' : ` as ${config.auth.user}`}, from ${config.from}`,
    sendQueued(db) {
      // One run at a time: a second waits for the first, then finds only what is left.
      running = running.then(
        () => run(db),
        () => run(db),
      );
      return running;
    },
    close() {
      transport.close();
    },
  };
}

// The reminder digests leave the HTTP server by SMTP: a mail server this test starts itself (the
// smtp-server package, on 127.0.0.1, a free port) receives them, and each message is checked
// against the person's own tasks (GET /tasks): envelope, subject, text and HTML.
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TASK_KIND_LABELS } from '@/domain';
import type { OutboxMessage, OutboxPage, SendDigestsResult, TaskPage } from '@/lib/api/schemas';
import { taskActionPath } from '@/lib/paths';
import { serverOptionsFrom, startServerWithStorage, type StartedServer } from './http-server';

interface Received {
  from: string;
  to: string[];
  user: string | undefined;
  raw: Buffer;
}

const APP = 'https://iro.council.example/tracker/';
const FROM = 'iro-tracker@council.example';

let smtp: SMTPServer;
let smtpPort = 0;
const received: Received[] = [];
/** Recipients the mail server refuses for now (a full mailbox, a mistyped address). */
const refused = new Set<string>();
let started: StartedServer;
let base = '';

beforeAll(async () => {
  smtp = new SMTPServer({
    // Loopback only, no TLS certificate to trust: AUTH over the plain connection is allowed here.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (auth.username === 'tracker' && auth.password === 'relay-secret') {
        callback(null, { user: auth.username });
      } else callback(new Error('Invalid username or password'));
    },
    onRcptTo(address, _session, callback) {
      if (refused.has(address.address)) callback(new Error('Mailbox unavailable'));
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address,
          to: session.envelope.rcptTo.map((r) => r.address),
          user: session.user as string | undefined,
          raw: Buffer.concat(chunks),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => {
    smtp.listen(0, '127.0.0.1', resolve);
  });
  smtpPort = (smtp.server.address() as AddressInfo).port;

  started = await startServerWithStorage(
    serverOptionsFrom(['--memory', '--port', '0', '--size', '120', '--today', '2026-11-23'], {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtpPort),
      SMTP_USER: 'tracker',
      SMTP_PASSWORD: 'relay-secret',
      MAIL_FROM: `IRO Review Tracker <${FROM}>`,
      APP_BASE_URL: APP,
      DIGEST_TIME: 'off',
    }),
  );
  base = `http://127.0.0.1:${(started.server.address() as AddressInfo).port}/api`;
}, 60_000);

afterAll(async () => {
  started.server.close();
  await started.storage.close();
  await new Promise<void>((resolve) => {
    smtp.close(resolve);
  });
});

async function api<T>(method: string, path: string, token?: string): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: token === undefined ? {} : { Authorization: `Bearer ${token}` },
  });
  expect(response.status, `${method} ${path}`).toBeLessThan(300);
  return (await response.json()) as T;
}

async function signIn(staffId: string): Promise<string> {
  const response = await fetch(`${base}/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ staffId }),
  });
  return ((await response.json()) as { token: string }).token;
}

/** Waits until nothing in the outbox is waiting to be sent (or until `done` says so). */
async function outboxSettled(
  token: string,
  done = (page: OutboxPage) => page.items.every((m) => m.status !== 'queued'),
): Promise<OutboxPage> {
  for (let i = 0; i < 200; i++) {
    const page = await api<OutboxPage>('GET', '/outbox?pageSize=100', token);
    if (done(page)) return page;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The outbox was still sending after 10 seconds');
}

const decode = (html: string) =>
  html.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) =>
    e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : "'",
  );

describe('reminder digests over SMTP', () => {
  it('delivers each person’s digest, listing exactly their due and late tasks', async () => {
    const manager = await signIn('st_10');
    const iro = await signIn('st_01'); // Hannah Okoye
    const hannah = 'hannah.okoye@northbridge.example.gov.uk';
    const danielAddress = 'daniel.fletcher@northbridge.example.gov.uk';
    refused.add(danielAddress);

    const result = await api<SendDigestsResult>('POST', '/digests', manager);
    expect(result.built).toBeGreaterThan(3);
    const outbox = await outboxSettled(manager);
    expect(outbox.totalItems).toBe(result.built);
    expect(received).toHaveLength(result.built - 1);

    // The envelope: from the configured sender, to Hannah alone, after signing in to the relay.
    const mail = received.find((r) => r.to.includes(hannah));
    expect(mail).toMatchObject({ from: FROM, to: [hannah], user: 'tracker' });
    const parsed = await simpleParser(mail?.raw ?? Buffer.alloc(0));

    const late = await api<TaskPage>('GET', '/tasks?urgency=late&pageSize=1000', iro);
    const due = await api<TaskPage>('GET', '/tasks?urgency=due&pageSize=1000', iro);
    const tasks = [...late.items, ...due.items];
    expect(tasks.length).toBeGreaterThan(0);
    expect(parsed.subject).toBe(
      `IRO Review Tracker: ${[
        late.items.length > 0
          ? `${late.items.length} task${late.items.length === 1 ? '' : 's'} late`
          : '',
        due.items.length > 0
          ? late.items.length > 0
            ? `${due.items.length} due`
            : `${due.items.length} task${due.items.length === 1 ? '' : 's'} due`
          : '',
      ]
        .filter((part) => part !== '')
        .join(', ')}`,
    );
    expect(parsed.from?.value).toEqual([{ name: 'IRO Review Tracker', address: FROM }]);
    expect(parsed.to).toMatchObject({ value: [{ name: 'Hannah Okoye', address: hannah }] });

    // The plain text: each task's heading line, in order (late first), and nothing else's.
    const expected = tasks.map((t) => `${TASK_KIND_LABELS[t.kind]}: ${t.name}`);
    const text = parsed.text ?? '';
    const headings = text
      .split('\n')
      .filter((line) =>
        Object.values(TASK_KIND_LABELS).some((label) => line.startsWith(`${label}: `)),
      );
    expect(headings).toEqual(expected);
    for (const task of tasks) {
      expect(text).toContain(task.reason);
      expect(text).toContain(new URL(taskActionPath(task.action).slice(1), APP).href);
    }

    // The HTML: the same tasks, each a link to its page under APP_BASE_URL.
    const html = typeof parsed.html === 'string' ? parsed.html : '';
    const links = [...html.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [
      decode(m[1] ?? ''),
      decode(m[2] ?? ''),
    ]);
    expect(links).toEqual([
      ...tasks.map((t, i) => [new URL(taskActionPath(t.action).slice(1), APP).href, expected[i]]),
      [APP, 'All your tasks'],
    ]);

    // The outbox says it was sent; the refused one failed, with the mail server's reason, kept.
    const mine = await api<OutboxPage>('GET', '/outbox', iro);
    expect(mine.items).toMatchObject([{ status: 'sent', attempts: 1, error: null }]);
    expect(mine.items[0]?.sentAt).toMatch(/^2026-11-23T/);
    const daniel = outbox.items.find((m) => m.to.email === danielAddress);
    expect(daniel).toMatchObject({ status: 'failed', attempts: 1 });
    expect(daniel?.error).toContain('Mailbox unavailable');
    const kept = await api<OutboxMessage>('GET', `/outbox/${daniel?.id ?? ''}`, manager);
    expect(kept.text).toContain('Hello Daniel Fletcher,');
  }, 60_000);

  it('sends nothing twice when run again the same day, and tries a failed send again', async () => {
    refused.clear();
    const manager = await signIn('st_10');
    const before = received.length;
    const again = await api<SendDigestsResult>('POST', '/digests', manager);
    expect(again.built).toBe(0);
    const outbox = await outboxSettled(manager, (page) =>
      page.items.every((m) => m.status === 'sent' || m.attempts > 1),
    );
    // Only the one that failed went out, this time.
    expect(received.slice(before).map((r) => r.to)).toEqual([
      ['daniel.fletcher@northbridge.example.gov.uk'],
    ]);
    expect(outbox.items.every((m) => m.status === 'sent')).toBe(true);
    expect(outbox.items.find((m) => m.to.email.startsWith('daniel.'))?.attempts).toBe(2);
  }, 60_000);
});

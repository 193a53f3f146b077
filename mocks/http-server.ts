// The mock backend as a real HTTP server in Node: the same handlers and database, behind the REST
// contract, plus the static files of a build. With a build made with VITE_USE_MOCKS=false it shows
// the app talking to "any server that implements the contract", and it lets the browser benchmark
// measure the app alone (with the in-browser mock, the handlers run on the page's main thread).
// From the command line it keeps its data in PostgreSQL: embedded (PGlite, in .data/ unless
// --data-dir or IRO_DATA_DIR says) or a server's (DATABASE_URL); `--memory` keeps it in memory.
//   npx tsx mocks/http-server.ts --static dist-server --port 4176
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { getResponse } from 'msw';
import { z } from 'zod';
import { setDatabaseOpening } from './db/current';
import { onDigestsRun, setDigestBaseUrl } from './digest-compute';
import { handlers } from './handlers';
import {
  chooseEncoding,
  compressBuffer,
  compressingStream,
  isCompressible,
  MIN_COMPRESSED_BYTES,
  type ContentEncoding,
} from './http/compression';
import { MAX_BODY_LIMIT_BYTES } from './http/request-guard';
import type { ResetOptions } from './node';
import {
  DEFAULT_DIGEST_TIME,
  digestTimeSchema,
  startDigestSchedule,
  type DigestSchedule,
} from './server/digest-schedule';
import { createMailer, mailConfigFrom, type MailConfig, type Mailer } from './server/mailer';
import { openStorage, type Storage, type StorageConfig } from './server/storage';
import { warmUpSummaries } from './warm-up';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

class BodyTooLarge extends Error {}

/** The body, read no further than the largest any operation takes (a 413 comes back at once). */
async function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).byteLength;
    if (size > MAX_BODY_LIMIT_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function problem(status: number, title: string, detail: string): string {
  return JSON.stringify({ title, status, detail });
}

/** Sent with every response: no sniffing, no referrer, never framed. */
const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** The build's own Content Security Policy (its meta tag), as a header with frame-ancestors. */
function buildPolicy(root: string | undefined): string {
  const index = root === undefined ? undefined : join(root, 'index.html');
  const html = index !== undefined && existsSync(index) ? readFileSync(index, 'utf8') : '';
  const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  return `${meta ?? "default-src 'none'"}; frame-ancestors 'none'`;
}

/** What the client accepts, for a body of this type: an encoding, or null to send it as it is. */
function encodingFor(
  incoming: IncomingMessage,
  contentType: string | null,
): ContentEncoding | null {
  if (!isCompressible(contentType)) return null;
  return chooseEncoding(incoming.headers['accept-encoding']);
}

/**
 * An operation's answer. A file download (Content-Disposition: attachment) streams as the handler
 * writes it, in chunks, never held whole; anything else is sent in one piece, compressed when the
 * client accepts it and it is large enough to gain.
 */
async function sendApiResponse(
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  response: Response,
): Promise<void> {
  const headers = Object.fromEntries(response.headers);
  const contentType = response.headers.get('content-type');
  const encoding = encodingFor(incoming, contentType);
  // The answer differs by Accept-Encoding: a cache must keep them apart.
  if (isCompressible(contentType)) headers.vary = 'Accept-Encoding';
  const download = /^\s*attachment\b/i.test(response.headers.get('content-disposition') ?? '');
  if (download && response.body !== null) {
    delete headers['content-length'];
    if (encoding !== null) headers['content-encoding'] = encoding;
    outgoing.writeHead(response.status, headers);
    const body = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
    await (encoding === null
      ? pipeline(body, outgoing)
      : pipeline(body, compressingStream(encoding), outgoing));
    return;
  }
  let body: Buffer = Buffer.from(await response.arrayBuffer());
  if (encoding !== null && body.byteLength >= MIN_COMPRESSED_BYTES) {
    body = compressBuffer(body, encoding);
    headers['content-encoding'] = encoding;
  }
  headers['content-length'] = String(body.byteLength);
  outgoing.writeHead(response.status, headers);
  outgoing.end(body);
}

export interface ApiServerOptions {
  port: number;
  /** A built app to serve (any path that is not /api/ falls back to its index.html). */
  staticDir?: string;
  seed?: ResetOptions;
  /** Extra response headers for the static files. */
  headers?: Record<string, string>;
  /**
   * A demo server: the mock controls (`/api/__mock/*`: reset, clock, scenario, state) answer.
   * Without it they are not there (404), so nobody who can reach the server can wipe its data.
   */
  demo?: boolean;
  /**
   * Where the data lives: in memory (the default: tests and the benchmark start from a fresh seed
   * each time), or in PostgreSQL, embedded (PGlite) or a server's, loaded at start and written
   * before each write is answered. A new database is seeded from `seed` (450 children).
   */
  storage?: StorageConfig;
  /** Replace what the database holds with fresh demo data. */
  reseed?: boolean;
  /** Called once it listens, before the data is open (the command line says so). */
  onListening?: (server: Server) => void;
  /** The mail server the reminder digests are sent through; without it they stay in the outbox. */
  mail?: MailConfig | null;
  /** The daily run of the digests, HH:MM in England (DIGEST_TIME); none unless given. */
  digestTime?: string;
  /** Where the digests' links point (APP_BASE_URL); this server's own address unless given. */
  appBaseUrl?: string;
}

/** Starts the server: on the database the options name, seeded if it is new. */
export async function startApiServer(options: ApiServerOptions): Promise<Server> {
  return (await startServerWithStorage(options)).server;
}

export interface StartedServer {
  server: Server;
  storage: Storage;
  mailer: Mailer;
  /** The daily run of the digests, when a DIGEST_TIME was given. */
  digests: DigestSchedule | null;
}

/** Sends what the outbox holds, after each build of the digests and at start, and runs them daily. */
function startMail(options: ApiServerOptions, server: Server, storage: Storage) {
  const { port } = server.address() as AddressInfo;
  setDigestBaseUrl(options.appBaseUrl ?? `http://127.0.0.1:${port}/`);
  const mailer = createMailer(options.mail ?? null);
  const log = (message: string) => {
    console.log(message);
  };
  const report = (error: unknown) => {
    log(`Sending reminders failed: ${error instanceof Error ? error.message : String(error)}`);
  };
  const unsubscribe = onDigestsRun((db) => {
    if (db === storage.db) mailer.sendQueued(db).catch(report);
  });
  // Whatever an earlier run left queued (the server stopped mid-way, the mail server was down).
  if (options.mail != null) mailer.sendQueued(storage.db).catch(report);
  const digests =
    options.digestTime === undefined || options.digestTime === 'off'
      ? null
      : startDigestSchedule({ db: storage.db, mailer, time: options.digestTime, log });
  digests?.tick().catch(report);
  server.on('close', () => {
    unsubscribe();
    digests?.stop();
    mailer.close();
  });
  return { mailer, digests };
}

/**
 * The same, with the storage it opened (closed when the server closes, or by `storage.close()`).
 * It listens first and then opens the data (in memory: seeded in slices), so the app's files are
 * served at once and an API request meanwhile waits for the data instead of being refused.
 */
export async function startServerWithStorage(options: ApiServerOptions): Promise<StartedServer> {
  const opening = openStorage(options.storage ?? { kind: 'memory' }, {
    seed: options.seed,
    reseed: options.reseed,
  });
  setDatabaseOpening(opening.then((storage) => storage.db));
  let server: Server;
  try {
    server = await listen(options);
  } catch (error) {
    await opening.then(
      (storage) => storage.close(),
      () => undefined,
    );
    throw error;
  }
  options.onListening?.(server);
  let storage: Storage;
  try {
    storage = await opening;
  } catch (error) {
    server.closeAllConnections();
    await new Promise((resolveClosed) => server.close(resolveClosed));
    throw error;
  }
  server.on('close', () => {
    void storage.close();
  });
  // Listening already: the children's statuses are worked out between requests.
  void warmUpSummaries(storage.db);
  return { server, storage, ...startMail(options, server, storage) };
}

function listen(options: ApiServerOptions): Promise<Server> {
  const root = options.staticDir === undefined ? undefined : resolve(options.staticDir);
  const policy = buildPolicy(root);
  const server = createServer((incoming, outgoing) => {
    void (async () => {
      const url = new URL(incoming.url ?? '/', `http://127.0.0.1:${options.port}`);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) outgoing.setHeader(name, value);
      outgoing.setHeader('Content-Security-Policy', policy);
      if (url.pathname.startsWith('/api/__mock/') && options.demo !== true) {
        outgoing.writeHead(404, { 'Content-Type': 'application/problem+json' });
        outgoing.end(problem(404, 'Not found', 'There are no mock controls on this server'));
        return;
      }
      if (url.pathname.startsWith('/api/')) {
        let body: Buffer | undefined;
        try {
          body = await readBody(incoming);
        } catch (error) {
          if (!(error instanceof BodyTooLarge)) throw error;
          outgoing.writeHead(413, {
            'Content-Type': 'application/problem+json',
            Connection: 'close',
          });
          outgoing.end(
            problem(
              413,
              'The request is too large',
              'The request body is larger than any operation takes',
            ),
          );
          incoming.destroy();
          return;
        }
        const headers = new Headers();
        for (const [name, value] of Object.entries(incoming.headers)) {
          if (typeof value === 'string') headers.set(name, value);
        }
        const request = new Request(url, {
          method: incoming.method,
          headers,
          body: body === undefined ? undefined : new Uint8Array(body),
        });
        const response = await getResponse(handlers, request);
        if (response === undefined) {
          outgoing.writeHead(404, { 'Content-Type': 'application/problem+json' });
          outgoing.end(problem(404, 'Not found', `There is no API operation at ${url.pathname}`));
          return;
        }
        await sendApiResponse(incoming, outgoing, response);
        return;
      }
      if (root === undefined) {
        outgoing.writeHead(404).end();
        return;
      }
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        outgoing.writeHead(400).end('The address is not properly encoded');
        return;
      }
      const candidate = normalize(join(root, pathname));
      const file =
        candidate.startsWith(root) && existsSync(candidate) && statSync(candidate).isFile()
          ? candidate
          : join(root, 'index.html');
      const contentType = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
      const encoding = encodingFor(incoming, contentType);
      const compress = encoding !== null && statSync(file).size >= MIN_COMPRESSED_BYTES;
      outgoing.writeHead(200, {
        'Content-Type': contentType,
        ...(isCompressible(contentType) ? { Vary: 'Accept-Encoding' } : {}),
        ...(compress ? { 'Content-Encoding': encoding } : {}),
        ...options.headers,
      });
      await (compress
        ? pipeline(createReadStream(file), compressingStream(encoding), outgoing)
        : pipeline(createReadStream(file), outgoing));
    })().catch((error: unknown) => {
      // A stream cut off part-way (the client went away) has its head sent already.
      if (outgoing.headersSent) outgoing.destroy();
      else outgoing.writeHead(500).end(String(error));
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolvePromise(server);
    });
  });
}

/** The default data directory: .data/ at the root of the repository (gitignored). */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../.data', import.meta.url));

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const cliSchema = z
  .object({
    port: z.coerce.number().int().min(0).max(65535).default(4176),
    static: z.string().min(1).optional(),
    demo: z.boolean().default(false),
    memory: z.boolean().default(false),
    'data-dir': z.string().min(1).optional(),
    size: z.coerce.number().int().min(1).max(1_000_000).optional(),
    seed: z.coerce.number().int().optional(),
    today: isoDay.optional(),
    reseed: z.boolean().default(false),
  })
  .strict();
const envSchema = z.object({
  DATABASE_URL: z.string().min(1).optional(),
  IRO_DATA_DIR: z.string().min(1).optional(),
  DIGEST_TIME: digestTimeSchema.default(DEFAULT_DIGEST_TIME),
  APP_BASE_URL: z
    .url({ protocol: /^https?$/, error: 'APP_BASE_URL: an http(s) address' })
    .optional(),
});

/** The command line and environment, checked: what to serve and where the data lives. */
export function serverOptionsFrom(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ApiServerOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string' },
      static: { type: 'string' },
      demo: { type: 'boolean' },
      memory: { type: 'boolean' },
      'data-dir': { type: 'string' },
      size: { type: 'string' },
      seed: { type: 'string' },
      today: { type: 'string' },
      reseed: { type: 'boolean' },
    },
    strict: true,
  });
  const cli = cliSchema.parse(values);
  const vars = envSchema.parse({
    DATABASE_URL: env.DATABASE_URL === '' ? undefined : env.DATABASE_URL,
    IRO_DATA_DIR: env.IRO_DATA_DIR === '' ? undefined : env.IRO_DATA_DIR,
    DIGEST_TIME: env.DIGEST_TIME === '' ? undefined : env.DIGEST_TIME,
    APP_BASE_URL: env.APP_BASE_URL === '' ? undefined : env.APP_BASE_URL,
  });
  if (cli.memory && cli['data-dir'] !== undefined) {
    throw new Error('--memory and --data-dir: choose one');
  }
  if (vars.DATABASE_URL !== undefined && cli['data-dir'] !== undefined) {
    throw new Error('DATABASE_URL is set and --data-dir given: choose one');
  }
  let storage: StorageConfig;
  if (cli.memory) storage = { kind: 'memory' };
  else if (vars.DATABASE_URL !== undefined) storage = { kind: 'postgres', url: vars.DATABASE_URL };
  else {
    storage = { kind: 'pglite', dataDir: cli['data-dir'] ?? vars.IRO_DATA_DIR ?? DEFAULT_DATA_DIR };
  }
  return {
    port: cli.port,
    staticDir: cli.static,
    demo: cli.demo,
    storage,
    reseed: cli.reseed,
    seed: { size: cli.size, seed: cli.seed, today: cli.today },
    mail: mailConfigFrom(env),
    digestTime: vars.DIGEST_TIME,
    appBaseUrl: vars.APP_BASE_URL,
  };
}

// Run directly: serve a build and the API until stopped (Ctrl-C or SIGTERM: the database is closed
// cleanly; a kill -9 loses nothing that was answered either, see README).
if (process.argv[1]?.endsWith('http-server.ts')) {
  const main = async () => {
    const options = serverOptionsFrom(process.argv.slice(2), process.env);
    // The handlers go in before anything is printed: whoever starts this process may send SIGTERM
    // the moment it says it is listening. Stopped while starting, it just exits (as a kill -9
    // would: nothing was answered yet).
    let started: Awaited<ReturnType<typeof startServerWithStorage>> | null = null;
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      if (started === null) process.exit(1);
      const { server, storage } = started;
      console.log(`${signal}: closing the database`);
      // Give up waiting after 10 s (a client holding a connection open).
      setTimeout(() => process.exit(1), 10_000).unref();
      server.close();
      server.closeAllConnections();
      void storage.close().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
    };
    process.on('SIGINT', () => {
      stop('SIGINT');
    });
    process.on('SIGTERM', () => {
      stop('SIGTERM');
    });
    started = await startServerWithStorage({
      ...options,
      onListening: (server) => {
        const { port } = server.address() as AddressInfo;
        console.log(`Listening on http://127.0.0.1:${port}: opening the data…`);
      },
    });
    const { port } = started.server.address() as AddressInfo;
    console.log(
      `API (and ${options.staticDir ?? 'no static files'}) on http://127.0.0.1:${port}${options.demo === true ? ', with the mock controls (demo)' : ''}`,
    );
    console.log(`Data: ${started.storage.description}`);
    console.log(
      `Mail: ${started.mailer.description}; reminder digests ${options.digestTime === 'off' ? 'on demand only (DIGEST_TIME=off)' : `daily at ${options.digestTime ?? DEFAULT_DIGEST_TIME} (England)`}`,
    );
  };
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

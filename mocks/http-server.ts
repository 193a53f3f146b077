// The mock backend as a real HTTP server in Node: the same handlers and database, behind the REST
// contract, plus the static files of a build. With a build made with VITE_USE_MOCKS=false it shows
// the app talking to "any server that implements the contract", and it lets the browser benchmark
// measure the app alone (with the in-browser mock, the handlers run on the page's main thread).
//   npx tsx mocks/http-server.ts --static dist-server --port 4176
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { getResponse } from 'msw';
import { handlers } from './handlers';
import { MAX_BODY_LIMIT_BYTES } from './http/request-guard';
import { resetMockDatabase, type ResetOptions } from './node';

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
}

export function startApiServer(options: ApiServerOptions): Promise<Server> {
  resetMockDatabase({ size: 450, ...options.seed });
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
        outgoing.writeHead(response.status, Object.fromEntries(response.headers));
        outgoing.end(Buffer.from(await response.arrayBuffer()));
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
      outgoing.writeHead(200, {
        'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        ...options.headers,
      });
      createReadStream(file).pipe(outgoing);
    })().catch((error: unknown) => {
      outgoing.writeHead(500).end(String(error));
    });
  });
  return new Promise((resolvePromise) => {
    server.listen(options.port, '127.0.0.1', () => {
      resolvePromise(server);
    });
  });
}

// Run directly: serve a build and the API until stopped.
if (process.argv[1]?.endsWith('http-server.ts')) {
  const argument = (name: string) => {
    const index = process.argv.indexOf(`--${name}`);
    return index === -1 ? undefined : process.argv[index + 1];
  };
  const port = Number(argument('port') ?? 4176);
  const demo = process.argv.includes('--demo');
  void startApiServer({ port, staticDir: argument('static'), demo }).then(() => {
    console.log(
      `API (and ${argument('static') ?? 'no static files'}) on http://127.0.0.1:${port}${demo ? ', with the mock controls (demo)' : ''}`,
    );
  });
}

// The mock backend as a real HTTP server in Node: the same handlers and database, behind the REST
// contract, plus the static files of a build. With a build made with VITE_USE_MOCKS=false it shows
// the app talking to "any server that implements the contract", and it lets the browser benchmark
// measure the app alone (with the in-browser mock, the handlers run on the page's main thread).
//   npx tsx mocks/http-server.ts --static dist-server --port 4176
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { getResponse } from 'msw';
import { handlers } from './handlers';
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

async function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export interface ApiServerOptions {
  port: number;
  /** A built app to serve (any path that is not /api/ falls back to its index.html). */
  staticDir?: string;
  seed?: ResetOptions;
  /** Extra response headers for the static files (e.g. the Content Security Policy). */
  headers?: Record<string, string>;
}

export function startApiServer(options: ApiServerOptions): Promise<Server> {
  resetMockDatabase({ size: 450, ...options.seed });
  const root = options.staticDir === undefined ? undefined : resolve(options.staticDir);
  const server = createServer((incoming, outgoing) => {
    void (async () => {
      const url = new URL(incoming.url ?? '/', `http://127.0.0.1:${options.port}`);
      if (url.pathname.startsWith('/api/')) {
        const body = await readBody(incoming);
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
          outgoing.end(JSON.stringify({ title: 'Not found', status: 404, detail: url.pathname }));
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
      const candidate = normalize(join(root, decodeURIComponent(url.pathname)));
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
  void startApiServer({ port, staticDir: argument('static') }).then(() => {
    console.log(`API (and ${argument('static') ?? 'no static files'}) on http://127.0.0.1:${port}`);
  });
}

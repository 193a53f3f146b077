// A PostgreSQL for the tests to reach over the network, chosen at run time and said which:
//   1. TEST_DATABASE_URL, when set (a schema of its own is made there, and dropped after);
//   2. a real PostgreSQL server: a throwaway cluster made with the machine's initdb and started on
//      a free port of 127.0.0.1 (as the `postgres` user when the tests run as root, since initdb
//      and postgres refuse to run as root; its binaries from PG_BIN, the PATH, or Debian's
//      /usr/lib/postgresql/<version>/bin);
//   3. without one: PGlite behind @electric-sql/pglite-socket, which speaks the same wire
//      protocol, so the same driver code (pg) is tested either way.
// IRO_TEST_POSTGRES=server or =pglite-socket asks for one of the last two (=server fails when
// there is no PostgreSQL server to start).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';

export interface TestPostgres {
  /** Which it is, for the test's name and output. */
  readonly label: string;
  readonly url: string;
  /** Stops what was started (by its own PID), and removes its files. */
  stop(): Promise<void>;
}

const POSTGRES_BINARIES = ['initdb', 'postgres'];

/** A folder holding initdb and postgres, or null. */
export function findPostgresBin(): string | null {
  const candidates: string[] = [];
  if (process.env.PG_BIN !== undefined && process.env.PG_BIN !== '')
    candidates.push(process.env.PG_BIN);
  candidates.push(...(process.env.PATH ?? '').split(delimiter).filter((dir) => dir !== ''));
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => join(debian, version, 'bin')));
  }
  return (
    candidates.find((dir) => POSTGRES_BINARIES.every((name) => existsSync(join(dir, name)))) ?? null
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address === null || typeof address === 'string') reject(new Error('No port'));
        else resolve(address.port);
      });
    });
  });
}

/** As root, the user the server runs as (initdb refuses root): postgres, else nobody. */
function unprivilegedUser(): { uid: number; gid: number; name: string } | null {
  if (process.getuid?.() !== 0) return null;
  const passwd = readFileSync('/etc/passwd', 'utf8').split('\n');
  for (const name of ['postgres', 'nobody']) {
    const fields = passwd.find((line) => line.startsWith(`${name}:`))?.split(':');
    if (fields?.[2] !== undefined && fields[3] !== undefined) {
      return { name, uid: Number(fields[2]), gid: Number(fields[3]) };
    }
  }
  throw new Error(
    'Running as root, with neither a postgres nor a nobody user to run PostgreSQL as',
  );
}

async function waitUntilReady(url: string, server: ChildProcess, log: () => string) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`PostgreSQL exited:\n${log()}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return;
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`PostgreSQL did not start: ${String(error)}\n${log()}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

async function startServerCluster(bin: string): Promise<TestPostgres> {
  const user = unprivilegedUser();
  const dir = mkdtempSync(join(tmpdir(), 'iro-postgres-'));
  const ids = user === null ? {} : { uid: user.uid, gid: user.gid };
  if (user !== null) chownSync(dir, user.uid, user.gid);
  const data = join(dir, 'data');
  const init = spawnSync(
    join(bin, 'initdb'),
    ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync'],
    { ...ids, encoding: 'utf8' },
  );
  if (init.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed (${init.status}): ${init.stderr || init.error?.message}`);
  }
  const port = await freePort();
  let log = '';
  // The postmaster itself (no pg_ctl in between): its PID is the one to stop.
  const server = spawn(
    join(bin, 'postgres'),
    [
      '-D',
      data,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'fsync=on',
    ],
    { ...ids, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null && server.pid !== undefined) {
      const gone = new Promise((resolve) => server.once('exit', resolve));
      process.kill(server.pid, 'SIGINT'); // fast shutdown
      await gone;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(url, server, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  const version = spawnSync(join(bin, 'postgres'), ['--version'], { encoding: 'utf8' });
  return {
    label: `a PostgreSQL server (${version.stdout.trim()}, ${bin}${user === null ? '' : `, as ${user.name}`}, port ${port})`,
    url,
    stop,
  };
}

async function startPgliteSocket(why: string): Promise<TestPostgres> {
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 16 });
  await server.start();
  return {
    label: `PGlite over the PostgreSQL wire protocol (@electric-sql/pglite-socket, ${server.getServerConn()}): ${why}`,
    url: `postgresql://postgres:postgres@${server.getServerConn()}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

async function startFromUrl(base: string): Promise<TestPostgres> {
  const schema = `iro_test_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    label: `TEST_DATABASE_URL (${url.hostname}:${url.port || '5432'}${url.pathname}, schema ${schema})`,
    url: url.toString(),
    async stop() {
      const cleanup = new pg.Client({ connectionString: base });
      await cleanup.connect();
      await cleanup.query(`DROP SCHEMA ${schema} CASCADE`);
      await cleanup.end();
    },
  };
}

/** Starts (or finds) the PostgreSQL the tests use: see the top of this file. */
export function startTestPostgres(): Promise<TestPostgres> {
  const asked = process.env.IRO_TEST_POSTGRES;
  const fromUrl = process.env.TEST_DATABASE_URL;
  if (fromUrl !== undefined && fromUrl !== '' && asked === undefined) return startFromUrl(fromUrl);
  if (asked === 'pglite-socket') return startPgliteSocket('asked for by IRO_TEST_POSTGRES');
  const bin = findPostgresBin();
  if (bin !== null) return startServerCluster(bin);
  if (asked === 'server') {
    throw new Error('IRO_TEST_POSTGRES=server, but no PostgreSQL server binaries were found');
  }
  return startPgliteSocket('no PostgreSQL server on this machine');
}

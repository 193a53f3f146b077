// The embedded database: PGlite (PostgreSQL compiled to WebAssembly, in this process, no native
// build) with its data directory on disk, made durable: a COMMIT returns only once its write-ahead
// log is fsync'd.
//
// As shipped, PGlite's Node file system writes every page straight to the real files (synchronous
// write(2)s, so a killed process loses nothing the kernel has), but it starts PostgreSQL with
// fsync off (`-F`), its Emscripten file system has no fsync, and its fdatasync (PostgreSQL's
// default wal_sync_method on Linux) does nothing: a power cut or a crash of the machine could lose
// acknowledged commits or corrupt the files. So here PostgreSQL runs with fsync on and
// wal_sync_method=fsync, and the file system's fsync calls Node's fsyncSync on the real file. At
// open we check both settings and that a commit really did fsync, and refuse to run otherwise.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, type PGliteInterface } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';
import type { SqlClient, SqlParameter, SqlQueryable, SqlRow } from '../db/sql-client';

/** What PGlite's module hands a preRun hook: the part of Emscripten's FS this touches. */
interface EmscriptenFsModule {
  FS: {
    filesystems: {
      NODEFS: { stream_ops: { fsync?: (stream: { nfd?: unknown }) => number } };
    };
  };
}

type NodeFsInit = NodeFS['init'];

/** PGlite's NodeFS, whose fsync reaches the disk. Counts the fsyncs (the open-time check, tests). */
class DurableNodeFS extends NodeFS {
  fsyncs = 0;

  override async init(...args: Parameters<NodeFsInit>): ReturnType<NodeFsInit> {
    const result = await super.init(...args);
    const preRun = result.emscriptenOpts.preRun ?? [];
    result.emscriptenOpts.preRun = [
      ...preRun,
      (module: unknown) => {
        const ops = (module as EmscriptenFsModule).FS.filesystems.NODEFS.stream_ops;
        ops.fsync = (stream) => {
          if (typeof stream.nfd === 'number') fsyncSync(stream.nfd);
          this.fsyncs += 1;
          return 0;
        };
      },
    ];
    return result;
  }
}

/** PostgreSQL's own start-up flags in PGlite, less `-F` (fsync off). */
function durableStartParams(): string[] {
  return [
    ...PGlite.defaultStartParams.filter((param) => param !== '-F'),
    '-c',
    'fsync=on',
    '-c',
    'synchronous_commit=on',
    // fdatasync is a no-op in PGlite's Emscripten build; fsync goes through DurableNodeFS.
    '-c',
    'wal_sync_method=fsync',
  ];
}

/** fsyncs every file and folder under `dir` (a new data directory: initdb's files are copied in). */
function fsyncTree(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) fsyncTree(path);
    else if (entry.isFile()) fsyncPath(path);
  }
  fsyncPath(dir);
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function wrap(db: Pick<PGliteInterface, 'query'>): SqlQueryable {
  return {
    query: async (text: string, params?: readonly SqlParameter[]) => {
      const result = await db.query<SqlRow>(text, params === undefined ? undefined : [...params]);
      return { rows: result.rows };
    },
  };
}

export interface PgliteClient extends SqlClient {
  /** How many fsyncs PostgreSQL has asked for so far (each commit asks for at least one). */
  readonly fsyncs: number;
}

/** Opens (creating if need be) the PGlite database in `dataDir`. */
export async function openPglite(dataDir: string): Promise<PgliteClient> {
  const fresh = !existsSync(join(dataDir, 'PG_VERSION'));
  mkdirSync(dataDir, { recursive: true });
  const fs = new DurableNodeFS(dataDir);
  const db = await PGlite.create({
    fs,
    startParams: durableStartParams(),
    // The default, said out loud: each query's promise waits until its writes are stored.
    relaxedDurability: false,
  });
  let closing: Promise<void> | null = null;
  const close = () => (closing ??= db.closed ? Promise.resolve() : db.close());
  try {
    for (const [setting, wanted] of [
      ['fsync', 'on'],
      ['synchronous_commit', 'on'],
      ['wal_sync_method', 'fsync'],
    ] as const) {
      const { rows } = await db.query<Record<string, string>>(`SHOW ${setting}`);
      if (rows[0]?.[setting] !== wanted) {
        throw new Error(`PGlite started with ${setting}=${rows[0]?.[setting]}, not ${wanted}`);
      }
    }
    if (fresh) fsyncTree(dataDir);
    // A transaction that writes WAL (here a message in the log, and nothing else) must flush its
    // commit record to disk before COMMIT returns.
    const before = fs.fsyncs;
    await db.transaction(async (tx) => {
      await tx.query(
        "SELECT pg_logical_emit_message(true, 'iro-review-tracker', 'durability check')",
      );
    });
    if (fs.fsyncs === before) {
      throw new Error('PGlite committed without an fsync: its commits would not be durable');
    }
  } catch (error) {
    await close();
    throw error;
  }

  return {
    ...clientOf(db, `embedded PostgreSQL (PGlite) in ${dataDir}`, close),
    get fsyncs() {
      return fs.fsyncs;
    },
  };
}

function clientOf(db: PGlite, description: string, close: () => Promise<void>): SqlClient {
  return {
    ...wrap(db),
    description,
    transaction: <T>(work: (tx: SqlQueryable) => Promise<T>) =>
      db.transaction((tx) => work(wrap(tx))),
    close,
  };
}

/** PGlite with nothing on disk (tests of the SQL alone). */
export async function openMemoryPglite(): Promise<SqlClient> {
  const db = await PGlite.create();
  let closing: Promise<void> | null = null;
  return clientOf(db, 'PGlite in memory', () => (closing ??= db.close()));
}

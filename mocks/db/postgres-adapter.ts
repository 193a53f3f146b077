import type { SqlClient, SqlQueryable } from './sql-client';
import {
  CHILD_TABLES,
  SCHEMA_VERSION,
  StaleCopyError,
  TABLE_NAMES,
  type ChangeSet,
  type MetaRecord,
  type PersistenceAdapter,
  type Snapshot,
  type TableName,
  type Tables,
} from './types';

// The HTTP server's persistence: the mock database in PostgreSQL (embedded PGlite or a council's
// own server, through the SqlClient of mocks/server/). Records are stored generically, one row a
// record, as JSON: a new field on a record (a session's expiry, say) needs no migration, and a
// change of the records' shape is SCHEMA_VERSION's business, as in the browser.
//
//   iro_meta     one row: the schema version, the revision (how many writes), the meta record
//   iro_records  (table_name, id) -> data jsonb; child_id for the child-owned tables (indexed, for
//                anyone querying the database); ord keeps each table in the order the in-memory
//                Maps hold it, so that a restarted server lists things as the one before did
//
// Every write is one transaction that first checks the revision (so a server process whose copy
// is behind another's writes nothing: StaleCopyError) and resolves only once PostgreSQL has
// committed it.

const SETUP_LOCK = 7_242_001;
/** Records per INSERT (and a bound on the JSON text each statement carries). */
const BATCH_RECORDS = 1000;
const BATCH_CHARACTERS = 2_000_000;

const SETUP = [
  `CREATE TABLE IF NOT EXISTS iro_meta (
     id smallint PRIMARY KEY CHECK (id = 1),
     schema_version integer NOT NULL,
     revision bigint NOT NULL,
     meta jsonb NOT NULL
   )`,
  `CREATE TABLE IF NOT EXISTS iro_records (
     table_name text NOT NULL,
     id text NOT NULL,
     child_id text,
     ord bigint NOT NULL,
     data jsonb NOT NULL,
     PRIMARY KEY (table_name, id)
   )`,
  'CREATE INDEX IF NOT EXISTS iro_records_ord ON iro_records (ord)',
  'CREATE INDEX IF NOT EXISTS iro_records_child ON iro_records (table_name, child_id) WHERE child_id IS NOT NULL',
];

const UPSERT = `
  INSERT INTO iro_records (table_name, id, child_id, ord, data)
  SELECT r->>0, r->>1, r->>2, $2::bigint + x.n, r->3
  FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS x(r, n)
  ON CONFLICT (table_name, id) DO UPDATE SET child_id = excluded.child_id, data = excluded.data`;

const isChildTable = (table: TableName): boolean =>
  (CHILD_TABLES as readonly string[]).includes(table);

function childIdOf(table: TableName, record: Tables[TableName]): string | null {
  if (!isChildTable(table)) return null;
  const childId = (record as { childId?: unknown }).childId;
  return typeof childId === 'string' ? childId : null;
}

/** Rows to insert, in order, as JSON text in batches: [table, id, childId, record]. */
function batches(rows: Iterable<[TableName, Tables[TableName]]>): string[][] {
  const out: string[][] = [];
  let batch: string[] = [];
  let characters = 0;
  for (const [table, record] of rows) {
    const row = JSON.stringify([table, record.id, childIdOf(table, record), record]);
    if (
      batch.length >= BATCH_RECORDS ||
      (batch.length > 0 && characters + row.length > BATCH_CHARACTERS)
    ) {
      out.push(batch);
      batch = [];
      characters = 0;
    }
    batch.push(row);
    characters += row.length;
  }
  if (batch.length > 0) out.push(batch);
  return out;
}

/** Inserts (or replaces) rows, each new one placed after `ord`; returns the last ord used. */
async function upsert(
  tx: SqlQueryable,
  rows: Iterable<[TableName, Tables[TableName]]>,
  ord: number,
): Promise<number> {
  let next = ord;
  for (const batch of batches(rows)) {
    await tx.query(UPSERT, [`[${batch.join(',')}]`, String(next)]);
    next += batch.length;
  }
  return next;
}

/**
 * A change set's puts, each record once (the last put of an id wins, in the place of its first:
 * what Map.set does), deletes first, as Database.commit applies them.
 */
function putsOf(changes: ChangeSet): [TableName, Tables[TableName]][] {
  const rows: [TableName, Tables[TableName]][] = [];
  for (const table of TABLE_NAMES) {
    const puts = changes.puts[table] as Tables[TableName][] | undefined;
    if (puts === undefined || puts.length === 0) continue;
    const unique = new Map<string, Tables[TableName]>();
    for (const record of puts) unique.set(record.id, record);
    for (const record of unique.values()) rows.push([table, record]);
  }
  return rows;
}

async function lockedRevision(tx: SqlQueryable): Promise<number | null> {
  const { rows } = (await tx.query(
    'SELECT revision::text AS revision FROM iro_meta WHERE id = 1 FOR UPDATE',
  )) as { rows: { revision: string }[] };
  return rows[0] === undefined ? null : Number(rows[0].revision);
}

export interface PostgresAdapter extends PersistenceAdapter {
  /** The schema version of what is stored, or null when nothing is (a new database). */
  storedSchemaVersion(): Promise<number | null>;
}

/** Creates the two tables when they are not there yet, then persists through `sql`. */
export async function createPostgresAdapter(sql: SqlClient): Promise<PostgresAdapter> {
  await sql.transaction(async (tx) => {
    // Two servers starting at once on one new database: one creates, the other waits.
    await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [String(SETUP_LOCK)]);
    for (const statement of SETUP) await tx.query(statement);
  });

  return {
    kind: 'postgres',

    async storedSchemaVersion(): Promise<number | null> {
      const { rows } = (await sql.query('SELECT schema_version FROM iro_meta WHERE id = 1')) as {
        rows: { schema_version: number }[];
      };
      return rows[0]?.schema_version ?? null;
    },

    load(): Promise<Snapshot | null> {
      return sql.transaction(async (tx) => {
        // One consistent picture, even while another server process writes.
        await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
        const { rows: metaRows } = (await tx.query(
          'SELECT schema_version, revision::text AS revision, meta FROM iro_meta WHERE id = 1',
        )) as { rows: { schema_version: number; revision: string; meta: MetaRecord }[] };
        const row = metaRows[0];
        if (row?.schema_version !== SCHEMA_VERSION || row.meta.schemaVersion !== SCHEMA_VERSION) {
          return null;
        }
        const byName = new Map<string, Tables[TableName][]>(TABLE_NAMES.map((name) => [name, []]));
        const { rows } = (await tx.query(
          'SELECT table_name, data FROM iro_records ORDER BY ord',
        )) as { rows: { table_name: string; data: Tables[TableName] }[] };
        for (const record of rows) byName.get(record.table_name)?.push(record.data);
        const tables = Object.fromEntries(byName) as unknown as Snapshot['tables'];
        return { meta: row.meta, tables, revision: Number(row.revision) };
      });
    },

    replaceAll(snapshot: Snapshot): Promise<number> {
      return sql.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [String(SETUP_LOCK)]);
        const revision = ((await lockedRevision(tx)) ?? 0) + 1;
        await tx.query('TRUNCATE iro_records');
        await upsert(
          tx,
          TABLE_NAMES.flatMap((table) =>
            (snapshot.tables[table] as Tables[TableName][]).map(
              (record): [TableName, Tables[TableName]] => [table, record],
            ),
          ),
          0,
        );
        await tx.query(
          `INSERT INTO iro_meta (id, schema_version, revision, meta) VALUES (1, $1::integer, $2::bigint, $3::jsonb)
           ON CONFLICT (id) DO UPDATE SET schema_version = excluded.schema_version,
             revision = excluded.revision, meta = excluded.meta`,
          [String(snapshot.meta.schemaVersion), String(revision), JSON.stringify(snapshot.meta)],
        );
        return revision;
      });
    },

    async apply(changes: ChangeSet, expectedRevision: number): Promise<void> {
      const deletes = TABLE_NAMES.filter((table) => (changes.deletes[table]?.length ?? 0) > 0);
      const puts = putsOf(changes);
      if (deletes.length === 0 && puts.length === 0 && changes.meta === undefined) return;
      await sql.transaction(async (tx) => {
        // The revision row is locked until COMMIT: no other writer can come between the check and
        // the write.
        const stored = await lockedRevision(tx);
        if (stored !== expectedRevision) throw new StaleCopyError();
        for (const table of deletes) {
          await tx.query(
            `DELETE FROM iro_records WHERE table_name = $1
             AND id IN (SELECT jsonb_array_elements_text($2::jsonb))`,
            [table, JSON.stringify(changes.deletes[table])],
          );
        }
        if (puts.length > 0) {
          const { rows } = (await tx.query(
            'SELECT COALESCE(MAX(ord), 0)::text AS ord FROM iro_records',
          )) as { rows: { ord: string }[] };
          await upsert(tx, puts, Number(rows[0]?.ord ?? 0));
        }
        await tx.query(
          `UPDATE iro_meta SET revision = $1::bigint,
             meta = COALESCE($2::jsonb, meta),
             schema_version = COALESCE(($2::jsonb->>'schemaVersion')::integer, schema_version)
           WHERE id = 1`,
          [
            String(expectedRevision + 1),
            changes.meta === undefined ? null : JSON.stringify(changes.meta),
          ],
        );
      });
    },

    async revision(): Promise<number> {
      const { rows } = (await sql.query(
        'SELECT revision::text AS revision FROM iro_meta WHERE id = 1',
      )) as { rows: { revision: string }[] };
      return rows[0] === undefined ? 0 : Number(rows[0].revision);
    },

    close(): void {
      void sql.close();
    },
  };
}

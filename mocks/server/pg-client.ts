// A council's own PostgreSQL (or any server speaking its wire protocol), through node-postgres.
// A COMMIT returns once the server has made it durable (synchronous_commit, the default): at open
// we warn when the server says it would not.
import pg from 'pg';
import type { SqlClient, SqlParameter, SqlQueryable, SqlRow } from '../db/sql-client';

function wrap(db: pg.Pool | pg.PoolClient): SqlQueryable {
  return {
    query: async (text: string, params?: readonly SqlParameter[]) => {
      const result = await db.query<SqlRow>(text, params === undefined ? undefined : [...params]);
      return { rows: result.rows };
    },
  };
}

/** "PostgreSQL at host:port/database", never the password. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const port = parsed.port === '' ? '5432' : parsed.port;
    return `PostgreSQL at ${parsed.hostname || 'localhost'}:${port}${parsed.pathname}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}

export async function openPostgres(
  url: string,
  log: (message: string) => void = console.warn,
): Promise<SqlClient> {
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 10_000 });
  // An idle connection the server drops (a restart, say) must not take this process down: the
  // next query opens a new one, or fails and answers 500.
  pool.on('error', (error) => {
    log(`PostgreSQL connection lost: ${error.message}`);
  });
  let closing: Promise<void> | null = null;
  const close = () => (closing ??= pool.end());
  try {
    for (const setting of ['fsync', 'synchronous_commit']) {
      const { rows } = await pool.query<Record<string, string>>(`SHOW ${setting}`);
      const value = rows[0]?.[setting];
      if (value === 'off' || value === 'local') {
        log(
          `Warning: the PostgreSQL server has ${setting}=${value}: a crash of that server can lose writes this server has acknowledged`,
        );
      }
    }
  } catch (error) {
    await close();
    throw error;
  }
  return {
    ...wrap(pool),
    description: describeUrl(url),
    async transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T> {
      const connection = await pool.connect();
      let broken: Error | undefined;
      try {
        await connection.query('BEGIN');
        const result = await work(wrap(connection));
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        await connection.query('ROLLBACK').catch((rollback: unknown) => {
          // The connection is unusable: the pool must not hand it out again.
          broken = rollback instanceof Error ? rollback : new Error(String(rollback));
        });
        throw error;
      } finally {
        connection.release(broken);
      }
    },
    close,
  };
}

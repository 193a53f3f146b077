// The little of a PostgreSQL client the PostgreSQL adapter needs, so that one SQL implementation
// runs on the embedded database (PGlite, in this process) and on a council's own PostgreSQL server
// (through the pg driver): both clients are in mocks/server/. Every parameter is text (JSON is sent
// as text and cast in the SQL), so no driver's own type conversions come into it.

export type SqlParameter = string | null;

/** A row as the driver parsed it (jsonb already parsed): the caller knows what it selected. */
export type SqlRow = Record<string, unknown>;

export interface SqlQueryable {
  query(text: string, params?: readonly SqlParameter[]): Promise<{ rows: SqlRow[] }>;
}

export interface SqlClient extends SqlQueryable {
  /**
   * Runs `work` in one transaction on one connection: COMMIT when it resolves (the promise resolves
   * only once the COMMIT has returned, that is once the server has written it durably), ROLLBACK
   * when it throws (the promise rejects with what it threw, and nothing it wrote is kept).
   */
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  /** Closes the connections (the embedded database: shuts it down cleanly). Safe to call twice. */
  close(): Promise<void>;
  /** Where the data is, for people: "PostgreSQL at db.example:5432/iro", "PGlite in ./.data". */
  readonly description: string;
}

// One small query interface over SQLite (better-sqlite3) and PostgreSQL (pg). Queries are written once with `?`
// placeholders in the SQL both engines share; the few places where they differ (full-text search, identity
// columns) branch on `dialect`. Hand-written rather than a query builder because the store's speed rests on
// prepared-statement reuse (better-sqlite3's statement cache, pg's named statements), which builders bypass, and
// the dialect branches would remain with a builder anyway.
// The engines live in ./sqlite.ts and ./postgres.ts, each loaded (with its driver) only when a store of its kind is
// opened.

export type Dialect = 'sqlite' | 'postgres';
export type Param = string | number | null;

export interface Db {
  readonly dialect: Dialect;
  /** The file path or the URL (without password) the store lives at. */
  readonly location: string;
  all<T>(sql: string, params?: readonly Param[]): Promise<T[]>;
  get<T>(sql: string, params?: readonly Param[]): Promise<T | undefined>;
  run(sql: string, params?: readonly Param[]): Promise<number>;
  /**
   * A statement whose result nobody reads (an INSERT, UPDATE or DELETE inside a transaction). SQLite runs it at
   * once; PostgreSQL queues it and sends the queue with the next statement or the commit, all in one round trip
   * (round trips, not the server's work, bound an article's write on PostgreSQL). Statements run in the order
   * given either way, and a failure surfaces at the latest at the commit, rolling the transaction back.
   */
  defer(sql: string, params?: readonly Param[]): void;
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs `fn` in one transaction that commits when it resolves and rolls back when it throws. Not re-entrant. */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * `column` is one of `values`, as SQL with one parameter and that parameter, so that one prepared statement serves
 * lists of any length: SQLite reads the list as JSON; PostgreSQL as a text[] literal, since its planner knows an
 * array's length (a set-returning function over JSON counts as 100 rows, and the plans that follow are poor).
 */
export function inList(db: Db, column: string, values: readonly string[]): { sql: string; param: string } {
  if (db.dialect === 'sqlite') return { sql: `${column} IN (SELECT value FROM json_each(?))`, param: JSON.stringify(values) };
  return { sql: `${column} = ANY (CAST(? AS text[]))`, param: `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}` };
}

export const quoteIdentifier = (name: string): string => `"${name.replace(/"/g, '""')}"`;

export function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

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
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs `fn` in one transaction that commits when it resolves and rolls back when it throws. Not re-entrant. */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
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

// One small query interface over SQLite (better-sqlite3) and PostgreSQL (pg). Queries are written once with `?`
// placeholders in the SQL both engines share; the few places where they differ (full-text search, identity
// columns) branch on `dialect`. Hand-written rather than a query builder because the store's speed rests on
// prepared-statement reuse (better-sqlite3's statement cache, pg's named statements), which builders bypass, and
// the dialect branches would remain with a builder anyway.
import Database from 'better-sqlite3';
import pg from 'pg';

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

export class SqliteDb implements Db {
  readonly dialect = 'sqlite';
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(readonly location: string) {
    this.db = new Database(location);
    // WAL: readers never block the writer, and a killed process leaves the last committed transaction intact.
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    // One transaction per article touches the same hot index pages over and over; checkpointing every 64 MB of
    // WAL instead of every 4 MB writes each of them back (and syncs) far less often. A 64 MB page cache keeps
    // the indexes resolution reads in memory.
    this.db.pragma('wal_autocheckpoint = 16384');
    this.db.pragma('cache_size = -65536');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
  }

  private prepare(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  async all<T>(sql: string, params: readonly Param[] = []): Promise<T[]> {
    return this.prepare(sql).all(...params) as T[];
  }

  async get<T>(sql: string, params: readonly Param[] = []): Promise<T | undefined> {
    return this.prepare(sql).get(...params) as T | undefined;
  }

  async run(sql: string, params: readonly Param[] = []): Promise<number> {
    const statement = this.prepare(sql);
    if (statement.reader) {
      statement.all(...params);
      return 0;
    }
    return statement.run(...params).changes;
  }

  async exec(sql: string): Promise<void> {
    this.db.exec(sql);
  }

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    // IMMEDIATE takes the write lock at once, so two ingest processes queue instead of failing mid-article.
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = await fn();
      this.db.exec('COMMIT');
      return result;
    } catch (err) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw err;
    }
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

/** PostgreSQL's bigint (counts, sums of integers) as a JavaScript number: our counts stay far below 2^53. */
const types = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC ? Number : pg.types.getTypeParser(oid, format),
};

export class PostgresDb implements Db {
  readonly dialect = 'postgres';
  private readonly texts = new Map<string, { name: string; text: string }>();

  private constructor(
    readonly location: string,
    private readonly client: pg.Client,
  ) {}

  /** Connects; `schema`, when given, is created if missing and becomes the search path (tests use one each). */
  static async connect(url: string, schema?: string): Promise<PostgresDb> {
    const client = new pg.Client({ connectionString: url, types: types as pg.CustomTypesConfig });
    // An idle connection that the server drops would otherwise crash the process with an unhandled 'error'.
    client.on('error', () => {});
    await client.connect();
    // A commit returns before its WAL record reaches the disk: a crash of the server (not of this process) may lose
    // the last fraction of a second of articles, which the next ingest run stores again; nothing is left half-done.
    await client.query('SET synchronous_commit = off');
    if (schema) {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
      await client.query(`SET search_path TO ${quoteIdentifier(schema)}`);
    }
    return new PostgresDb(redactPassword(url), client);
  }

  /** `?` placeholders become `$1…$n`; each distinct query becomes a named prepared statement. */
  private statement(sql: string): { name: string; text: string } {
    let statement = this.texts.get(sql);
    if (!statement) {
      let n = 0;
      statement = { name: `s${this.texts.size + 1}`, text: sql.replace(/\?/g, () => `$${++n}`) };
      this.texts.set(sql, statement);
    }
    return statement;
  }

  async all<T>(sql: string, params: readonly Param[] = []): Promise<T[]> {
    const { name, text } = this.statement(sql);
    const result = await this.client.query({ name, text, values: params as Param[] });
    return result.rows as T[];
  }

  async get<T>(sql: string, params: readonly Param[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  async run(sql: string, params: readonly Param[] = []): Promise<number> {
    const { name, text } = this.statement(sql);
    const result = await this.client.query({ name, text, values: params as Param[] });
    return result.rowCount ?? 0;
  }

  async exec(sql: string): Promise<void> {
    await this.client.query(sql);
  }

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    // One writer at a time across processes, as SQLite's write lock gives: resolution reads, then writes. Sent
    // with BEGIN as one message, since each round trip counts at one transaction per article.
    try {
      await this.client.query('BEGIN; SELECT pg_advisory_xact_lock(7424)');
      const result = await fn();
      await this.client.query('COMMIT');
      return result;
    } catch (err) {
      await this.client.query('ROLLBACK').catch(() => {});
      throw err;
    }
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}

export const quoteIdentifier = (name: string): string => `"${name.replace(/"/g, '""')}"`;

function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

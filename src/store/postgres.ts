// The PostgreSQL engine (pg) behind the Db interface.
import pg from 'pg';
import { quoteIdentifier, redactPassword, type Db, type Param } from './db.js';

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

  /**
   * Statements deferred (`defer`), as SQL with their values written in as literals: they go to the server as one
   * simple-protocol message together with the next statement, whose result is the message's last.
   */
  private queue: string[] = [];

  /** The statement with each `?` replaced by its value as a quoted literal. A quoted literal is an untyped
   * constant, resolved from its context as an untyped parameter is; `escapeLiteral` quotes quotes and backslashes. */
  private inline(sql: string, params: readonly Param[]): string {
    let i = 0;
    return sql.replace(/\?/g, () => {
      const value = params[i++];
      return value === null || value === undefined ? 'NULL' : this.client.escapeLiteral(String(value));
    });
  }

  private async query(sql: string, params: readonly Param[]): Promise<pg.QueryResult> {
    if (!this.queue.length) {
      const { name, text } = this.statement(sql);
      return this.client.query({ name, text, values: params as Param[] });
    }
    const batch = [...this.queue, this.inline(sql, params)].join(';\n');
    this.queue = [];
    return lastResult(await this.client.query(batch));
  }

  async all<T>(sql: string, params: readonly Param[] = []): Promise<T[]> {
    return (await this.query(sql, params)).rows as T[];
  }

  async get<T>(sql: string, params: readonly Param[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  async run(sql: string, params: readonly Param[] = []): Promise<number> {
    return (await this.query(sql, params)).rowCount ?? 0;
  }

  defer(sql: string, params: readonly Param[] = []): void {
    this.queue.push(this.inline(sql, params));
  }

  async exec(sql: string): Promise<void> {
    const batch = [...this.queue, sql].join(';\n');
    this.queue = [];
    await this.client.query(batch);
  }

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    // One writer at a time across processes, as SQLite's write lock gives: resolution reads, then writes. BEGIN
    // and the lock wait in the queue for the transaction's first statement, and the last writes go with COMMIT:
    // at one transaction per article, every round trip counts.
    this.queue.push('BEGIN', 'SELECT pg_advisory_xact_lock(7424)');
    try {
      const result = await fn();
      await this.exec('COMMIT');
      return result;
    } catch (err) {
      // Whatever is still queued never reached the server; ROLLBACK undoes what did (a warning if BEGIN did not).
      this.queue = [];
      await this.client.query('ROLLBACK').catch(() => {});
      throw err;
    }
  }

  async close(): Promise<void> {
    try {
      // Deferred statements outside a transaction (not the store's own use) still run.
      if (this.queue.length) await this.client.query(this.queue.splice(0).join(';\n'));
    } finally {
      await this.client.end();
    }
  }
}

/** A message of several statements gives a result each; the caller's statement is the last. */
const lastResult = (result: pg.QueryResult | pg.QueryResult[]): pg.QueryResult =>
  Array.isArray(result) ? result[result.length - 1] : result;

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

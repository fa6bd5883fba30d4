// The PostgreSQL engine (pg) behind the Db interface.
import type { Socket } from 'node:net';
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
    const client = new pg.Client({ connectionString: url, types: types as pg.CustomTypesConfig, pipeline: true } as pg.ClientConfig);
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

  /** Deferred statements sent and not yet answered, and the first of them to fail. */
  private inflight: Promise<void>[] = [];
  private failure: unknown;

  /**
   * The client runs in pipeline mode: a statement goes to the server when it is issued, without waiting for the
   * answers to those before it, and the server answers in order. A deferred statement is issued and not awaited,
   * so a transaction's writes cost no round trip of their own; the next awaited statement waits for them all.
   */
  private send(sql: string, params: readonly Param[]): Promise<pg.QueryResult> {
    const { name, text } = this.statement(sql);
    return this.client.query({ name, text, values: params as Param[] });
  }

  /** Waits for the deferred statements (answered by now when called after a later statement's answer); the first
   * failure among them is thrown, as it is the cause of whatever failed after it. */
  private async settle(): Promise<void> {
    const inflight = this.inflight;
    this.inflight = [];
    await Promise.all(inflight);
    if (this.failure !== undefined) {
      const failure = this.failure;
      this.failure = undefined;
      throw failure;
    }
  }

  /**
   * Deferred statements are held in the socket (corked) and leave in one write with the next awaited statement:
   * a write per statement costs a system call and a wake-up of the server each. (`connection.stream` is pg's socket.)
   */
  private corked = false;
  private cork(): void {
    if (this.corked) return;
    this.corked = true;
    (this.client as unknown as { connection: { stream: Socket } }).connection.stream.cork();
  }

  private uncork(): void {
    if (!this.corked) return;
    this.corked = false;
    (this.client as unknown as { connection: { stream: Socket } }).connection.stream.uncork();
  }

  private async query(run: () => Promise<pg.QueryResult>): Promise<pg.QueryResult> {
    let result: pg.QueryResult | undefined;
    let error: unknown;
    try {
      let answer: Promise<pg.QueryResult>;
      try {
        answer = run();
      } finally {
        this.uncork();
      }
      result = await answer;
    } catch (err) {
      error = err;
    }
    await this.settle();
    if (error !== undefined) throw error;
    return result!;
  }

  async all<T>(sql: string, params: readonly Param[] = []): Promise<T[]> {
    return (await this.query(() => this.send(sql, params))).rows as T[];
  }

  async get<T>(sql: string, params: readonly Param[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  async run(sql: string, params: readonly Param[] = []): Promise<number> {
    return (await this.query(() => this.send(sql, params))).rowCount ?? 0;
  }

  defer(sql: string, params: readonly Param[] = []): void {
    this.cork();
    this.track(this.send(sql, params));
  }

  private track(query: Promise<unknown>): void {
    this.inflight.push(query.then(() => undefined, (err: unknown) => { this.failure ??= err; }));
  }

  async exec(sql: string): Promise<void> {
    await this.query(() => this.client.query(sql));
  }

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    // One writer at a time across processes, as SQLite's write lock gives: resolution reads, then writes. BEGIN
    // and the lock are pipelined ahead of the transaction's first statement; at one transaction per article, every
    // round trip counts.
    this.cork();
    this.track(this.client.query('BEGIN'));
    this.track(this.client.query('SELECT pg_advisory_xact_lock(7424)'));
    try {
      const result = await fn();
      await this.exec('COMMIT');
      return result;
    } catch (err) {
      this.uncork();
      await this.settle().catch(() => {});
      await this.client.query('ROLLBACK').catch(() => {});
      throw err;
    }
  }

  async close(): Promise<void> {
    try {
      this.uncork();
      await this.settle();
    } finally {
      await this.client.end();
    }
  }
}

// The SQLite engine (better-sqlite3) behind the Db interface.
import Database from 'better-sqlite3';
import type { Db, Param } from './db.js';

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

  defer(sql: string, params: readonly Param[] = []): void {
    this.prepare(sql).run(...params);
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

// Opens the store the user names: an SQLite file by default, PostgreSQL for a postgres:// URL; migrations run on open.
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { badInput, describeError, unavailable } from '../errors.js';
import type { Db } from './db.js';
import { migrate } from './migrations.js';

export const DEFAULT_STORE = './sidelines.db';

/** --db, else $SIDELINES_DB, else ./sidelines.db. */
export function storeTarget(option?: string): string {
  return option || process.env.SIDELINES_DB || DEFAULT_STORE;
}

export const isPostgresUrl = (target: string): boolean => /^postgres(ql)?:\/\//i.test(target);

export interface OpenOptions {
  /** PostgreSQL schema to use (created if missing); the tests give each file its own. */
  schema?: string;
}

export async function openStore(target: string, options: OpenOptions = {}): Promise<Db> {
  const db = isPostgresUrl(target) ? await connectPostgres(target, options.schema) : await openSqlite(target);
  try {
    await migrate(db);
  } catch (err) {
    await db.close().catch(() => {});
    const what = db.dialect === 'sqlite' ? 'not a Sidelines SQLite store' : 'cannot set up the schema';
    throw badInput(db.location, `${what} (${describeError(err)})`);
  }
  return db;
}

/** Each engine's module (and its driver) loads only when a store of its kind is opened. */
async function openSqlite(path: string): Promise<Db> {
  const { SqliteDb } = await import('./sqlite.js');
  const dir = dirname(resolve(path));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw badInput(path, `no such directory ${dir} for the store`);
  if (existsSync(path) && statSync(path).isDirectory()) throw badInput(path, 'is a directory, not a store file');
  try {
    return new SqliteDb(path);
  } catch (err) {
    throw badInput(path, `cannot open the SQLite store (${describeError(err)})`);
  }
}

async function connectPostgres(url: string, schema?: string): Promise<Db> {
  const { PostgresDb } = await import('./postgres.js');
  try {
    return await PostgresDb.connect(url, schema);
  } catch (err) {
    const where = url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
    throw unavailable(where, `cannot connect to PostgreSQL (${describeError(err) || (err as { code?: string }).code})`);
  }
}

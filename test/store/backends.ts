// Runs the same store tests against SQLite (a temporary file) and PostgreSQL (a fresh schema per test, dropped at
// the end). PostgreSQL tests skip with a message when no server answers at $SIDELINES_TEST_PG or 127.0.0.1:5432.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Db } from '../../src/store/db.js';
import { quoteIdentifier } from '../../src/store/db.js';
import { openStore } from '../../src/store/open.js';

export const PG_URL = process.env.SIDELINES_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

async function reachable(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (err) {
    return `PostgreSQL unreachable at ${PG_URL} (${(err as Error).message || (err as { code?: string }).code}); start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Why PostgreSQL tests skip, or undefined when the server answers. */
export const pgSkip = await reachable();

export interface Backend {
  name: 'sqlite' | 'postgres';
  skip?: string;
  /** A new, empty store; `drop` removes it. */
  create(): Promise<{ db: Db; target: string; schema?: string; drop(): Promise<void> }>;
}

let counter = 0;
const uniqueName = () => `sl_test_${process.pid}_${Date.now().toString(36)}_${++counter}`;

export const BACKENDS: readonly Backend[] = [
  {
    name: 'sqlite',
    async create() {
      const dir = mkdtempSync(join(tmpdir(), 'sidelines-store-'));
      const target = join(dir, 'test.db');
      const db = await openStore(target);
      return { db, target, drop: async () => { await db.close().catch(() => {}); rmSync(dir, { recursive: true, force: true }); } };
    },
  },
  {
    name: 'postgres',
    skip: pgSkip,
    async create() {
      const schema = uniqueName();
      const db = await openStore(PG_URL, { schema });
      return { db, target: PG_URL, schema, drop: async () => { await db.close().catch(() => {}); await dropSchema(schema); } };
    },
  },
];

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${quoteIdentifier(schema)} CASCADE`);
  } finally {
    await client.end();
  }
}

/** A PostgreSQL URL whose connections use `schema` (for child processes that take only a URL). */
export const urlWithSchema = (schema: string): string => `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;

// Kill safety: `sidelines ingest` killed with SIGKILL part-way through a batch, then run again, must leave the
// store exactly as one uninterrupted run does — no partial article, no duplicate — on SQLite and on PostgreSQL.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { generateCorpus } from '../../bench/ingest-corpus.js';
import type { Db } from '../../src/store/db.js';
import { openStore } from '../../src/store/open.js';
import { BACKENDS, urlWithSchema } from './backends.js';
import { dumpStore } from './dump.js';

const CLI = 'dist/src/cli/main.js';
const ARTICLES = 160;
const dir = mkdtempSync(join(tmpdir(), 'sidelines-kill-'));
after(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'corpus'));
let n = 0;
for (const { article } of generateCorpus(ARTICLES, 11)) {
  writeFileSync(join(dir, 'corpus', `${String(n++).padStart(4, '0')}.txt`), article.text);
}

const ingest = (target: string) => spawnSync(process.execPath, [CLI, 'ingest', '--quiet', '--db', target, join(dir, 'corpus')], { encoding: 'utf8' });
const count = async (db: Db) => (await db.get<{ n: number }>('SELECT count(*) AS n FROM articles'))!.n;

for (const backend of BACKENDS) {
  describe(`kill -9 during ingest on ${backend.name}`, { skip: backend.skip }, () => {
    test('a killed run, run again, gives the same store as a clean run', async () => {
      const killed = await backend.create();
      const clean = await backend.create();
      try {
        const target = (s: typeof killed) => (s.schema ? urlWithSchema(s.schema) : s.target);
        const child = spawn(process.execPath, [CLI, 'ingest', '--quiet', '--db', target(killed), join(dir, 'corpus')], { stdio: 'ignore' });
        const exited = new Promise((resolve) => child.once('exit', resolve));
        // Kill once some articles are in, while the rest are still being written.
        while ((await count(killed.db)) < 30 && child.exitCode === null) await sleep(10);
        child.kill('SIGKILL');
        await exited;
        const stored = await count(killed.db);
        assert.ok(stored >= 30 && stored < ARTICLES, `killed mid-run (${stored} of ${ARTICLES} stored)`);
        // Every stored article is whole: its events have their evidence and reports.
        const orphans = await killed.db.get<{ n: number }>(
          'SELECT count(*) AS n FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_evidence v WHERE v.event_id = e.id)');
        assert.equal(orphans!.n, 0);

        const rerun = ingest(target(killed));
        assert.equal(rerun.status, 0, rerun.stderr);
        assert.match(rerun.stdout, new RegExp(`${ARTICLES - stored} new, 0 updated, ${stored} unchanged, 0 failed`));
        const full = ingest(target(clean));
        assert.equal(full.status, 0, full.stderr);

        // Fresh connections: the dumps read what the processes committed.
        const [a, b] = [await openStore(target(killed)), await openStore(target(clean))];
        try {
          const [x, y] = [await dumpStore(a), await dumpStore(b)];
          assert.equal(x.articles.length, ARTICLES);
          assert.deepEqual(x, y);
        } finally {
          await a.close();
          await b.close();
        }
      } finally {
        await killed.drop();
        await clean.drop();
      }
    });
  });
}

// Ingest into SQLite and PostgreSQL, end to end (reading → extract() → resolution → store, one transaction per
// article), for generated corpora of 10,000 and 100,000 articles (plus the State Department press releases from
// ../shared when present); the store's size per 1,000 articles; and p50/p95 latency of each query command on the
// largest store, called in-process (a CLI process adds its own start-up time on top).
// Sizes: SIDELINES_BENCH_INGEST=1000,5000 (default 10000,100000); backends: SIDELINES_BENCH_BACKENDS=sqlite.
// SIDELINES_BENCH_QUERY_STORE=PATH|URL[#SCHEMA] measures only the query latencies, on a store already built (with
// #SCHEMA, in that PostgreSQL schema); with SIDELINES_BENCH_FILL=N it first fills that store up to N generated
// articles with the generator's own extraction results (the store's work alone, no extract(): a 100,000-article
// store in minutes rather than hours; articles already there are skipped, so a fill can be resumed).
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Article } from '../src/ingest/article.js';
import { readSources } from '../src/ingest/sources.js';
import { quoteIdentifier, type Db } from '../src/store/db.js';
import { extractArticle } from '../src/store/extractor.js';
import { ANALYZE_EVERY, ingestArticle, refreshStatistics } from '../src/store/ingest.js';
import { openStore } from '../src/store/open.js';
import { entityDossier, findEvents, relations, searchArticles } from '../src/store/queries.js';
import { generateCorpus, random } from './ingest-corpus.js';
import { megabytes } from './measure.js';
import type { BenchSection } from './sections.js';

const PG_URL = process.env.SIDELINES_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const SIZES = (process.env.SIDELINES_BENCH_INGEST ?? '10000,100000').split(',').map(Number).filter((n) => n > 0);
const BACKENDS = (process.env.SIDELINES_BENCH_BACKENDS ?? 'sqlite,postgres').split(',');
const PRESS_RELEASES = join(process.cwd(), '..', 'shared', 'data', 'corpora', 'state-dept-2021');

async function realTexts(): Promise<Article[]> {
  if (!existsSync(PRESS_RELEASES)) return [];
  const files = readdirSync(PRESS_RELEASES).filter((f) => f.endsWith('.rss')).map((f) => join(PRESS_RELEASES, f));
  const articles: Article[] = [];
  for await (const r of readSources(files)) if ('articles' in r) articles.push(...r.articles);
  return articles;
}

interface Store {
  db: Db;
  size(): Promise<number>;
  drop(): Promise<void>;
}

async function createStore(backend: string): Promise<Store> {
  if (backend === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'sidelines-bench-'));
    const path = join(dir, 'bench.db');
    const db = await openStore(path);
    return {
      db,
      async size() {
        await db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
        return statSync(path).size;
      },
      async drop() { await db.close(); rmSync(dir, { recursive: true, force: true }); },
    };
  }
  const schema = `sl_bench_${process.pid}_${Date.now().toString(36)}`;
  const db = await openStore(PG_URL, { schema });
  return {
    db,
    async size() {
      await db.exec('VACUUM ANALYZE');
      return (await db.get<{ n: number }>(
        `SELECT sum(pg_total_relation_size(c.oid)) AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
         WHERE s.nspname = current_schema() AND c.relkind IN ('r', 'm')`))!.n;
    },
    async drop() { await db.exec(`DROP SCHEMA ${quoteIdentifier(schema)} CASCADE`); await db.close(); },
  };
}

async function pgReachable(): Promise<boolean> {
  try {
    const db = await openStore(PG_URL, { schema: 'sl_bench_probe' });
    await db.exec('DROP SCHEMA sl_bench_probe CASCADE');
    await db.close();
    return true;
  } catch {
    return false;
  }
}

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

/** Each query command's latency over `rounds` calls with parameters drawn from the store itself. */
async function queryLatencies(db: Db, rounds = 200): Promise<void> {
  const rand = random(3);
  // People who are actors of events, and the 30 countries with the most events: the queries analysts run, and
  // the heaviest ones.
  const people = (await db.all<{ name: string }>(
    "SELECT name FROM entities WHERE kind = 'person' AND id IN (SELECT entity_id FROM event_actors) ORDER BY id LIMIT 2000")).map((r) => r.name);
  const countries = (await db.all<{ country: string }>(
    'SELECT country FROM event_actors WHERE country IS NOT NULL GROUP BY country ORDER BY count(*) DESC LIMIT 30')).map((r) => r.country);
  const words = ['security', 'trade', 'energy', 'minister', 'talks', 'agreement', 'climate', 'border', 'sanctions', '"joint statement"'];
  const types = ['CONSULT', 'AGREE', 'ACCUSE', 'COOPERATE'];
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const year = () => 2019 + Math.floor(rand() * 5);
  const queries: [string, () => Promise<unknown>][] = [
    ['events (latest 50)', () => findEvents(db, {})],
    ['events --actor NAME', () => findEvents(db, { actor: pick(people) })],
    ['events --country ISO3', () => findEvents(db, { country: pick(countries) })],
    ['events --type T --from --to', () => { const y = year(); return findEvents(db, { type: pick(types), from: `${y}-01-01`, to: `${y}-06-30` }); }],
    ['events --text Q', () => findEvents(db, { text: pick(words) })],
    ['entity NAME', () => entityDossier(db, pick(people))],
    ['relations ISO3', () => relations(db, pick(countries))],
    ['search Q', () => searchArticles(db, pick(words))],
  ];
  if (!people.length || !countries.length) {
    console.log('  (no people or countries in the store: the extraction core found none; query latencies skipped)');
    return;
  }
  console.log(`  ${'query'.padEnd(30)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}`);
  for (const [name, run] of queries) {
    await run();
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const t0 = performance.now();
      await run();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(`  ${name.padEnd(30)}${percentile(times, 0.5).toFixed(2).padStart(9)}${percentile(times, 0.95).toFixed(2).padStart(9)}`);
  }
}

/** Fills a store up to `size` generated articles with the generator's extraction results, as `sidelines ingest`
 * writes them (one transaction each, statistics refreshed every 5,000 articles). */
async function fillStore(db: Db, size: number): Promise<void> {
  console.log(`filling ${db.location} up to ${size.toLocaleString('en-US')} generated articles with their generated extraction results (store only); load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const t0 = performance.now();
  let [stored, i] = [0, 0];
  for (const { article, result } of generateCorpus(size, 7)) {
    const outcome = await ingestArticle(db, article, () => result!);
    if (outcome.outcome !== 'unchanged' && ++stored % ANALYZE_EVERY === 0) await refreshStatistics(db);
    if (++i % 10000 === 0) console.log(`  ${i.toLocaleString('en-US')} articles, ${((performance.now() - t0) / 1000).toFixed(0)} s, load average ${loadavg()[0].toFixed(1)}`);
  }
  await refreshStatistics(db);
  const seconds = (performance.now() - t0) / 1000;
  console.log(`  stored ${stored.toLocaleString('en-US')} new articles in ${seconds.toFixed(0)} s: ${(stored / seconds).toFixed(0)} articles/s (store only)`);
}

export const ingest: BenchSection = {
  name: 'ingest',
  title: 'ingest articles/s end to end (extract → resolve → store), store size, query latency',
  async run() {
    const existing = process.env.SIDELINES_BENCH_QUERY_STORE;
    if (existing) {
      const [target, schema] = existing.split('#');
      const db = await openStore(target, { schema });
      const fill = Number(process.env.SIDELINES_BENCH_FILL ?? 0);
      if (fill > 0) await fillStore(db, fill);
      const n = (await db.get<{ n: number }>('SELECT count(*) AS n FROM articles'))!.n;
      console.log(`query latency on ${db.location}${schema ? `#${schema}` : ''} (${n.toLocaleString('en-US')} articles), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
      await queryLatencies(db);
      await db.close();
      return;
    }
    const real = await realTexts();
    console.log(`corpus: generated reports${real.length ? ` + ${real.length} State Department press releases from ../shared` : ' (../shared absent)'}; sizes ${SIZES.join(', ')}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`);
    const backends = [];
    for (const b of BACKENDS) {
      if (b === 'postgres' && !(await pgReachable())) console.log(`postgres: skipped, no server at ${PG_URL}`);
      else backends.push(b);
    }
    for (const backend of backends) {
      for (const size of SIZES) {
        const store = await createStore(backend);
        try {
          let events = 0;
          let stored = 0;
          let extractSeconds = 0;
          const t0 = performance.now();
          const cpu0 = process.cpuUsage();
          for (const { article } of generateCorpus(size, 7, real)) {
            const outcome = await ingestArticle(store.db, article, (a) => {
              const t = performance.now();
              const result = extractArticle(a);
              extractSeconds += (performance.now() - t) / 1000;
              return result;
            });
            events += outcome.contribution?.events ?? 0;
            // As `sidelines ingest` does: PostgreSQL's planner statistics refreshed every 5,000 articles.
            if (++stored % ANALYZE_EVERY === 0) await refreshStatistics(store.db);
          }
          const seconds = (performance.now() - t0) / 1000;
          // CPU time of this process: with other work on the machine, wall-clock rates say more about the neighbours
          // than about ingest. For SQLite all the work is in this process, so articles per CPU second is the rate
          // per core; PostgreSQL's server works in processes of its own, so its wall-clock rate is the one to read.
          const cpu = process.cpuUsage(cpu0);
          const cpuSeconds = (cpu.user + cpu.system) / 1e6;
          const counts = await store.db.get<{ events: number; entities: number }>(
            'SELECT (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM entities) AS entities');
          const bytes = await store.size();
          console.log(`${backend} ${size.toLocaleString('en-US')} articles: ${(size / seconds).toFixed(0)} articles/s end to end by the clock (${seconds.toFixed(0)} s, of which extract() ${extractSeconds.toFixed(0)} s; store alone ${(size / (seconds - extractSeconds)).toFixed(0)} articles/s), `
            + `${(size / cpuSeconds).toFixed(0)} articles per CPU second of this process (${cpuSeconds.toFixed(0)} s); `
            + `${events.toLocaleString('en-US')} event reports → ${counts!.events.toLocaleString('en-US')} events, ${counts!.entities.toLocaleString('en-US')} entities; `
            + `${megabytes(bytes)} (${megabytes((bytes / size) * 1000)} per 1,000 articles)`);
          if (size === Math.max(...SIZES)) await queryLatencies(store.db);
        } finally {
          await store.drop();
        }
      }
    }
  },
};

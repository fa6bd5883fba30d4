// The fusion corpus (test/fixtures/fusion): short reports written for the project, several per meeting, in
// different words. Ingested end to end (extract() → resolution → store), every meeting must become exactly one
// event carrying the evidence of every report of it. A meeting that extraction misses in one of its reports is
// marked todo (naming the report), so the suite reports the gap without failing; it becomes a real test by itself
// once extraction finds the meeting in every report.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { after, test } from 'node:test';
import { readArticleFile } from '../../src/ingest/sources.js';
import { extractArticle } from '../../src/store/extractor.js';
import { ingestSources } from '../../src/store/ingest.js';
import { BACKENDS } from '../store/backends.js';

const DIR = 'test/fixtures/fusion';
interface Expected { type: string; actors: string[]; date: string; files: string[] }
const expected: Expected[] = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')).events;
const files = [...new Set(expected.flatMap((e) => e.files))].sort().map((f) => join(DIR, f));

/** The reports in which extraction does not find the meeting (its type with both actors). */
async function missedBy(e: Expected): Promise<string[]> {
  const missed: string[] = [];
  for (const file of e.files) {
    const [article] = await readArticleFile(join(DIR, file));
    const result = extractArticle(article);
    const names = (id: string) => { const en = result.entities.find((x) => x.id === id); return en ? [en.name, ...en.aliases].join(' ') : ''; };
    if (!result.events.some((ev) => ev.type === e.type && e.actors.every((a) => ev.actors.some((x) => names(x.entity).includes(a))))) missed.push(file);
  }
  return missed;
}

const store = await BACKENDS[0].create();
after(() => store.drop());

test('every meeting in the fusion corpus is one event with the evidence of all its reports', async (t) => {
  const summary = await ingestSources(store.db, files, { extractor: extractArticle });
  assert.equal(summary.failed, 0);
  for (const e of expected) {
    const missed = await missedBy(e);
    // A report in which extraction misses the meeting is the core's gap, not fusion's: reported as todo.
    const todo = missed.length ? `extraction does not find this meeting in ${missed.join(', ')}` : false;
    await t.test(`${e.actors.join(' & ')} on ${e.date}`, { todo }, async () => {
      const actorIds = async (name: string) => (await store.db.all<{ entity_id: number }>(
        'SELECT DISTINCT entity_id FROM entity_aliases WHERE name_key = lower(?) OR last_key = lower(?) OR first_key = lower(?)', [name, name, name])).map((r) => r.entity_id);
      const [a, b] = [await actorIds(e.actors[0]), await actorIds(e.actors[1])];
      const events = await store.db.all<{ id: number; actor: number; source_count: number }>(
        `SELECT e.id, x.entity_id AS actor, e.source_count FROM events e JOIN event_actors x ON x.event_id = e.id
         WHERE e.type = ? AND e.date_start <= ? AND e.date_end >= ?`, [e.type, e.date, e.date]);
      const matching = [...new Set(events.map((r) => r.id))].filter((id) => {
        const actors = events.filter((r) => r.id === id).map((r) => r.actor);
        return actors.some((x) => a.includes(x)) && actors.some((x) => b.includes(x));
      });
      assert.equal(matching.length, 1, `${matching.length} events, expected one`);
      const evidence = await store.db.all<{ file: string }>(
        'SELECT DISTINCT a.file FROM event_evidence v JOIN articles a ON a.id = v.article_id WHERE v.event_id = ?', [matching[0]]);
      assert.deepEqual(evidence.map((r) => basename(r.file)).sort(), [...e.files].sort());
      assert.equal(events.find((r) => r.id === matching[0])!.source_count, e.files.length);
    });
  }
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ExtractionResult } from '../../src/extract/types.js';
import type { Article } from '../../src/ingest/article.js';
import type { Db } from '../../src/store/db.js';
import { ingestArticle, type Extractor } from '../../src/store/ingest.js';
import { openStore } from '../../src/store/open.js';
import { country, event, person, result } from '../resolve/build.js';
import { BACKENDS } from './backends.js';
import { dumpStore } from './dump.js';

const article = (file: string, text: string, published = '2021-07-02'): Article => ({ file, text, bodyStart: 0, published });

const singhMeetsAustin = (published: string, evidence: [number, number], place?: string): ExtractionResult => result(published, [
  person('p1', 'Rajnath Singh', { country: 'IND', aliases: ['Singh'], office: { title: 'Defence Minister', country: 'IND' } }),
  person('p2', 'Lloyd Austin', { country: 'USA', office: { title: 'Defense Secretary', country: 'USA' } }),
  country('c1', 'IND', 'India'),
  country('c2', 'USA', 'United States'),
  ...(place ? [{ ...country('pl', 'IND', 'India'), id: 'pl' }] : []),
], [event({ source: ['p1'], target: ['p2'], date: '2021-07-01', evidence, location: place ? 'pl' : undefined })]);

const A = article('a.txt', 'Rajnath Singh met Lloyd Austin in Delhi on Thursday.');
const B = article('b.txt', 'US Defense Secretary Austin held talks with Indian Defence Minister Singh on July 1.', '2021-07-03');
const B2 = article('b.txt', 'Austin accused Singh of stalling the deal on July 2.', '2021-07-03');

const RESULTS = new Map<string, ExtractionResult>([
  [A.text, singhMeetsAustin('2021-07-02', [0, 52])],
  [B.text, singhMeetsAustin('2021-07-03', [0, 84])],
  [B2.text, result('2021-07-03', [person('p2', 'Lloyd Austin', { country: 'USA' }), person('p1', 'Singh', { country: 'IND' })],
    [event({ type: 'ACCUSE', cameo: '112', source: ['p2'], target: ['p1'], date: '2021-07-02', evidence: [0, 50] })])],
]);

const extractor: Extractor = (a) => {
  const r = RESULTS.get(a.text);
  if (!r) throw new Error(`no result for ${a.file}`);
  return r;
};

for (const backend of BACKENDS) {
  describe(`store on ${backend.name}`, { skip: backend.skip }, () => {
    let store: Awaited<ReturnType<Backend['create']>>;
    type Backend = (typeof BACKENDS)[number];
    before(async () => { store = await backend.create(); });
    after(async () => { await store?.drop(); });
    const fresh = async (): Promise<Db> => { await store.drop(); store = await backend.create(); return store.db; };

    test('migrations are recorded and re-opening the store applies none twice', async () => {
      const db = await fresh();
      const versions = await db.all<{ version: number }>('SELECT version FROM schema_migrations');
      assert.deepEqual(versions.map((v) => v.version), [1]);
      const again = await openStore(store.target, { schema: store.schema });
      assert.equal((await again.all('SELECT version FROM schema_migrations')).length, 1);
      await again.close();
    });

    test('two reports of one meeting become one event with both evidence spans and a source count of 2', async () => {
      const db = await fresh();
      assert.equal((await ingestArticle(db, A, extractor)).outcome, 'new');
      const second = await ingestArticle(db, B, extractor);
      assert.equal(second.outcome, 'new');
      assert.equal(second.contribution?.newEvents, 0);
      const events = await db.all<{ id: number; source_count: number }>('SELECT id, source_count FROM events');
      assert.equal(events.length, 1);
      assert.equal(events[0].source_count, 2);
      const evidence = await db.all('SELECT char_start, char_end FROM event_evidence WHERE event_id = ? ORDER BY char_end', [events[0].id]);
      assert.deepEqual(evidence, [{ char_start: 0, char_end: 52 }, { char_start: 0, char_end: 84 }]);
      const people = await db.all<{ name: string }>("SELECT name FROM entities WHERE kind = 'person' ORDER BY name");
      assert.deepEqual(people.map((p) => p.name), ['Lloyd Austin', 'Rajnath Singh']);
      const offices = await db.all<{ title: string; first_seen: string; last_seen: string }>('SELECT title, first_seen, last_seen FROM offices ORDER BY title');
      assert.deepEqual(offices, [
        { title: 'Defence Minister', first_seen: '2021-07-02', last_seen: '2021-07-03' },
        { title: 'Defense Secretary', first_seen: '2021-07-02', last_seen: '2021-07-03' },
      ]);
    });

    test('re-ingesting an unchanged article changes nothing and skips extraction', async () => {
      const db = await fresh();
      await ingestArticle(db, A, extractor);
      await ingestArticle(db, B, extractor);
      const before = await dumpStore(db);
      const outcome = await ingestArticle(db, A, () => { throw new Error('extraction must not run'); });
      assert.equal(outcome.outcome, 'unchanged');
      assert.deepEqual(await dumpStore(db), before);
    });

    test('an updated article replaces its own contribution, leaving the store as a clean run would', async () => {
      const db = await fresh();
      await ingestArticle(db, A, extractor);
      await ingestArticle(db, B, extractor);
      assert.equal((await ingestArticle(db, B2, extractor)).outcome, 'updated');
      const updated = await dumpStore(db);
      const clean = await fresh();
      await ingestArticle(clean, A, extractor);
      await ingestArticle(clean, B2, extractor);
      assert.deepEqual(updated, await dumpStore(clean));
      const events = await clean.all<{ type: string; source_count: number }>('SELECT type, source_count FROM events ORDER BY type');
      assert.deepEqual(events, [{ type: 'ACCUSE', source_count: 1 }, { type: 'CONSULT', source_count: 1 }]);
    });

    test('an article whose extraction fails leaves nothing behind and the next one is stored', async () => {
      const db = await fresh();
      await assert.rejects(ingestArticle(db, article('bad.txt', 'Nothing known about this one.'), extractor));
      assert.equal((await db.all('SELECT id FROM articles')).length, 0);
      await ingestArticle(db, A, extractor);
      assert.equal((await db.all('SELECT id FROM articles')).length, 1);
    });

    test('a write that fails half-way rolls the whole article back', async () => {
      const db = await fresh();
      const broken: Extractor = () => {
        const r = singhMeetsAustin('2021-07-02', [0, 52]);
        // A role the schema refuses: the event insert fails after the entities were written.
        r.events[0].actors[0].role = 'bystander' as never;
        return r;
      };
      await assert.rejects(ingestArticle(db, A, broken));
      const dump = await dumpStore(db);
      assert.deepEqual([dump.articles.length, dump.entities.length, dump.mentions.length, dump.events.length], [0, 0, 0, 0]);
    });
  });
}

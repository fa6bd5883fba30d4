import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { entityDossier, findEvents, relations, searchArticles, storeCounts } from '../../src/store/queries.js';
import { BACKENDS } from './backends.js';
import { buildSampleStore } from './sample-store.js';

for (const backend of BACKENDS) {
  describe(`queries on ${backend.name}`, { skip: backend.skip }, () => {
    let store: Awaited<ReturnType<(typeof BACKENDS)[number]['create']>>;
    before(async () => { store = await backend.create(); await buildSampleStore(store.db); });
    after(async () => { await store?.drop(); });

    test('people resolve across articles: one Singh, one Austin, two Kumars, and "Kumar" the Defence Secretary is Ajay', async () => {
      const people = await store.db.all<{ name: string }>("SELECT name FROM entities WHERE kind = 'person' ORDER BY name");
      assert.deepEqual(people.map((p) => p.name), ['Ajay Kumar', 'Lloyd Austin', 'Rajnath Singh', 'Richard Marles', 'Vinod Kumar', 'Wang Yi']);
      assert.deepEqual(await storeCounts(store.db), { articles: 6, entities: 11, events: 5, statements: 1 });
    });

    test('events: filters by actor, country, type, mode, dates and text; latest first', async () => {
      const all = await findEvents(store.db, {});
      assert.deepEqual(all.map((e) => [e.type, e.dateStart]), [
        ['CONSULT', '2021-11-01'], ['CONSULT', '2021-10-05'], ['AGREE', '2021-09-01'], ['ACCUSE', '2021-08-09'], ['CONSULT', '2021-07-01']]);
      const meeting = all[4];
      assert.equal(meeting.sourceCount, 2);
      assert.equal(meeting.place?.name, 'New Delhi');
      assert.deepEqual(meeting.topics, ['maritime security', 'defence trade']);
      const byActor = (actor: string) => findEvents(store.db, { actor }).then((r) => r.map((e) => e.dateStart));
      assert.deepEqual(await byActor('Austin'), ['2021-09-01', '2021-08-09', '2021-07-01']);
      assert.deepEqual(await byActor('Ajay Kumar'), ['2021-11-01', '2021-10-05']);
      assert.deepEqual((await findEvents(store.db, { country: 'CHN' })).map((e) => e.type), ['ACCUSE']);
      assert.deepEqual((await findEvents(store.db, { type: 'consult', from: '2021-07-01', to: '2021-10-31' })).map((e) => e.dateStart), ['2021-10-05', '2021-07-01']);
      assert.deepEqual((await findEvents(store.db, { mode: 'visit' })).map((e) => e.dateStart), ['2021-11-01']);
      assert.deepEqual((await findEvents(store.db, { text: 'coercion' })).map((e) => e.type), ['ACCUSE']);
      assert.equal((await findEvents(store.db, { limit: 2 })).length, 2);
    });

    test('entity dossier: offices with first and last seen, counterparts with dates, statements, sources', async () => {
      const d = await entityDossier(store.db, 'Singh');
      assert.ok(d);
      assert.equal(d.entity.name, 'Rajnath Singh');
      assert.deepEqual(d.offices.map((o) => [o.title, o.country, o.firstSeen, o.lastSeen, o.evidence]), [['Defence Minister', 'IND', '2021-07-01', '2021-09-01', 3]]);
      assert.deepEqual(d.counterparts.map((c) => [c.name, c.events.map((e) => e.date)]), [
        ['Lloyd Austin', ['2021-09-01', '2021-07-01']], ['Richard Marles', ['2021-09-01']]]);
      assert.deepEqual(d.statements.map((s) => s.text), ['Our partnership is strong, and growing,']);
      assert.equal(d.sourceCount, 3);
    });

    test('relations: partners by type with a cooperation–conflict balance', async () => {
      const usa = await relations(store.db, 'usa');
      assert.deepEqual(usa.map((p) => [p.country, p.events, p.byType, p.balance]), [
        ['IND', 2, { AGREE: 1, CONSULT: 1 }, 1], ['AUS', 1, { AGREE: 1 }, 1], ['CHN', 1, { ACCUSE: 1 }, -1]]);
      assert.equal(usa.find((p) => p.country === 'CHN')?.goldstein, -2);
    });

    test('search: full text over articles, with punctuation that would break the query syntax', async () => {
      const hits = await searchArticles(store.db, 'Austin "South China Sea"');
      assert.deepEqual(hits.map((h) => h.title), ['Austin criticises Beijing']);
      assert.match(hits[0].snippet, /\[/);
      assert.ok(Array.isArray(await searchArticles(store.db, 'NEAR( " * ^')));
      assert.equal((await searchArticles(store.db, 'logistics OR coercion')).length, 2);
      assert.equal((await searchArticles(store.db, 'defence')).length, 5);
    });
  });
}

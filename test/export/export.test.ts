import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { UndirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS } from '../../src/data/gdelt-columns.js';
import { exportEvents, type ExportFormat } from '../../src/export/index.js';
import { TextSink } from '../../src/export/sink.js';
import { BACKENDS } from '../store/backends.js';
import { buildSampleStore } from '../store/sample-store.js';

class Collect extends Writable {
  text = '';
  override _write(chunk: Buffer, _: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

test('the GDELT tables have 61 and 16 columns in codebook order', () => {
  assert.equal(GDELT_EVENT_COLUMNS.length, 61);
  assert.deepEqual([GDELT_EVENT_COLUMNS[0][0], GDELT_EVENT_COLUMNS[26][0], GDELT_EVENT_COLUMNS[29][0], GDELT_EVENT_COLUMNS[60][0]],
    ['GLOBALEVENTID', 'EventCode', 'QuadClass', 'SOURCEURL']);
  assert.equal(GDELT_MENTION_COLUMNS.length, 16);
});

for (const backend of BACKENDS) {
  describe(`export from ${backend.name}`, { skip: backend.skip }, () => {
    let store: Awaited<ReturnType<(typeof BACKENDS)[number]['create']>>;
    before(async () => { store = await backend.create(); await buildSampleStore(store.db); });
    after(async () => { await store?.drop(); });

    const run = async (format: ExportFormat, filter = {}) => {
      const out = new Collect();
      const mentions = new Collect();
      const n = await exportEvents(store.db, format, filter, new TextSink(out), new TextSink(mentions));
      return { n, text: out.text, mentions: mentions.text };
    };

    test('jsonl: one object per event with every evidence span and the CAMEO scores', async () => {
      const { n, text } = await run('jsonl');
      const records = text.trim().split('\n').map((l) => JSON.parse(l));
      assert.equal(n, 5);
      const meeting = records.find((r) => r.dateStart === '2021-07-01');
      assert.deepEqual(meeting.evidence.map((v: { url: string; start: number; end: number }) => [v.url, v.start, v.end]),
        [['https://news.example/a1', 0, 155], ['https://wire.example/a2', 0, 118]]);
      assert.deepEqual([meeting.quadClass, meeting.goldstein], [1, 1]);
    });

    test('csv: a header and one quoted row per event', async () => {
      const { text } = await run('csv', { type: 'CONSULT' });
      const lines = text.trim().split('\n');
      assert.match(lines[0], /^event_id,date_start,date_end,type,mode,cameo,quad_class,goldstein,source_actors/);
      assert.equal(lines.length, 4);
      // The evidence holds a quotation with commas: quoted, inner quotes doubled.
      assert.match(lines[1], /,"Indian Defence Minister Rajnath Singh met .* on Thursday\. ""Our partnership is strong, and growing,"" Singh said\.",https:\/\/news\.example\/a1$/);
    });

    test('plover: PLOVER records with actor, recipient, event, mode, context, event_loc, text and cite_info', async () => {
      const records = (await run('plover')).text.trim().split('\n').map((l) => JSON.parse(l));
      const meeting = records.find((r) => r.date === '2021-07-01');
      assert.deepEqual(Object.keys(meeting).slice(0, 10), ['id', 'date', 'date_end', 'event', 'mode', 'context', 'actor', 'recipient', 'event_loc', 'text']);
      assert.equal(meeting.event, 'CONSULT');
      assert.deepEqual(meeting.actor.map((a: { actorText: string; code: string }) => [a.actorText, a.code]), [['Rajnath Singh', 'IND']]);
      assert.deepEqual(meeting.recipient.map((a: { actorText: string }) => a.actorText), ['Lloyd Austin']);
      assert.deepEqual(meeting.event_loc, { name: 'New Delhi', country: 'IND', lat: 28.61, lon: 77.21 });
      assert.equal(meeting.cite_info.length, 2);
      const pact = records.find((r) => r.event === 'AGREE');
      assert.equal(pact.actor.length, 3);
      assert.equal(pact.recipient, null);
    });

    test('gdelt: 61 columns, one row per actor pair, CAMEO codes with leading zeros, quad class and Goldstein', async () => {
      const { n, text, mentions } = await run('gdelt');
      const rows = text.trim().split('\n').map((l) => l.split('\t'));
      assert.ok(rows.every((r) => r.length === 61));
      const col = (name: string) => GDELT_EVENT_COLUMNS.findIndex(([c]) => c === name);
      const meeting = rows.filter((r) => r[col('SQLDATE')] === '20210701');
      assert.equal(meeting.length, 1);
      assert.deepEqual([col('Actor1Name'), col('Actor1CountryCode'), col('Actor2Name'), col('Actor2CountryCode'), col('EventCode'), col('EventBaseCode'),
        col('EventRootCode'), col('QuadClass'), col('GoldsteinScale'), col('NumArticles'), col('ActionGeo_FullName')].map((i) => meeting[0][i]),
        ['RAJNATH SINGH', 'IND', 'LLOYD AUSTIN', 'USA', '040', '040', '04', '1', '1', '2', 'New Delhi']);
      // The three-way agreement: three pairs of participants.
      assert.equal(rows.filter((r) => r[col('EventCode')] === '057').length, 3);
      assert.equal(n, rows.length);
      const mentionRows = mentions.trim().split('\n').map((l) => l.split('\t'));
      assert.ok(mentionRows.every((r) => r.length === 16));
      const forMeeting = mentionRows.filter((r) => r[0] === meeting[0][0]);
      assert.deepEqual(forMeeting.map((r) => [r[5], r[7], r[15]]), [
        ['https://news.example/a1', '0', '<EVIDENCE start="0" end="155"/>'], ['https://wire.example/a2', '0', '<EVIDENCE start="0" end="118"/>']]);
    });

    test('graphml and gexf: the actor network with weighted edges', async () => {
      const graphml = new XMLParser({ ignoreAttributes: false }).parse((await run('graphml')).text);
      assert.equal(graphml.graphml.graph.node.length, 7);
      assert.equal(graphml.graphml.graph.edge.length, 6);
      const gexf = parseGexf(UndirectedGraph, (await run('gexf')).text);
      assert.equal(gexf.order, 7);
      const singh = gexf.findNode((_, a) => a.label === 'Rajnath Singh')!;
      const austin = gexf.findNode((_, a) => a.label === 'Lloyd Austin')!;
      assert.equal(gexf.getEdgeAttribute(gexf.edge(singh, austin)!, 'weight'), 2);
    });
  });
}

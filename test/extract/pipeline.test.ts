// The pipeline as a whole: its components are listed and run in order, and an unusable named-entity model leaves
// extraction working on rules and tables, with a warning instead of a crash.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze, pipeNames } from '../../src/extract/pipeline.js';
import { tryLoadNerModel } from '../../src/nlp/ner/index.js';

const TEXT = 'Defence Minister Amina Diallo of Senegal met her Ghanaian counterpart Kwame Mensah in Dakar on Friday. ' +
  'Diallo called for joint patrols along the coast.';

test('the pipeline lists its components in the order they run', () => {
  assert.deepEqual(pipeNames(), ['tokenize', 'ner', 'entities', 'dates', 'statements', 'events']);
});

for (const [what, bytes] of [['missing', null], ['corrupt', 'not a model at all']] as const) {
  test(`a ${what} weights file: extraction falls back to rules and tables with a warning`, () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sidelines-ner-')), 'ner-en.bin');
    if (bytes !== null) writeFileSync(path, bytes);
    const a = analyze(TEXT, { published: '2024-05-12', ner: () => tryLoadNerModel(path) });
    assert.ok(a.warnings.some((w) => w.includes(path)), `a warning names the file: ${a.warnings.join(' | ')}`);
    assert.equal(a.names.length, 0);
    const people = a.entities.filter((e) => e.kind === 'person').map((e) => e.name).sort();
    assert.deepEqual(people, ['Amina Diallo', 'Kwame Mensah']);
    const meeting = a.events.find((e) => e.type === 'CONSULT');
    assert.ok(meeting, 'the meeting is still coded');
    assert.equal(meeting.date.start, '2024-05-10');
    assert.ok(a.events.some((e) => e.type === 'REQUEST'));
  });
}

test('without a publication date, relative dates stay unresolved and the output says so', () => {
  const a = analyze(TEXT, { ner: null });
  assert.ok(a.warnings.some((w) => /no publication date/.test(w)));
  const meeting = a.events.find((e) => e.type === 'CONSULT');
  assert.ok(meeting);
  assert.equal(meeting.date.start, null);
  assert.equal(meeting.date.text, 'on Friday');
  assert.match(meeting.date.unresolved ?? '', /publication date/);
});

test('a date that names a thing or a length of time is not the date of the event', () => {
  const text = 'Envoy Mara Lindqvist met Foreign Minister Omar Haddad of Jordan for three hours on Monday to review the April 19 agreement.';
  const events = analyze(text, { published: '2024-05-15' }).events;
  const meeting = events.find((e) => e.type === 'CONSULT');
  assert.ok(meeting, 'the meeting is coded');
  assert.equal(meeting.date.start, '2024-05-13');
  assert.equal(meeting.date.text, 'on Monday');
});

import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { SidelinesError } from '../../src/errors.js';
import { tokenize } from '../../src/nlp/tokenize.js';
import { appendTags, splitConll, type LabelledDoc } from '../../src/nlp/ner/conll.js';
import { DEFAULT_CONSISTENCY } from '../../src/nlp/ner/consistency.js';
import { serializeModel } from '../../src/nlp/ner/format.js';
import { Gazetteer } from '../../src/nlp/ner/gazetteer.js';
import { defaultModelPath, loadDefaultNerModel, loadNerModel, loadNerModelFile, recognizeNames, tryLoadNerModel } from '../../src/nlp/ner/index.js';
import { scoreTags } from '../../src/nlp/ner/score.js';
import { DEFAULT_TEMPLATES } from '../../src/nlp/ner/templates.js';
import { trainNer } from '../../src/nlp/ner/train.js';
import { defaultDataDir, readConll2003 } from '../../src/nlp/ner/train-node.js';

const scratch = mkdtempSync(join(tmpdir(), 'sidelines-ner-'));
const hasModel = existsSync(defaultModelPath());

const isUnavailable = (path: string) => (err: unknown): boolean => {
  assert.ok(err instanceof SidelinesError, `expected a SidelinesError, got ${String(err)}`);
  assert.equal(err.kind, 'unavailable');
  assert.equal(err.subject, path);
  return true;
};

test('a missing weights file is a clear "unavailable" error naming the file', () => {
  const path = join(scratch, 'no-such-model.bin');
  assert.throws(() => loadNerModelFile(path), isUnavailable(path));
  assert.match(String(new SidelinesError('unavailable', 'x', path)), /no-such-model/);
});

test('a corrupt weights file is a clear "unavailable" error, never a crash', () => {
  const garbage = join(scratch, 'garbage.bin');
  writeFileSync(garbage, 'this is not a model');
  assert.throws(() => loadNerModelFile(garbage), isUnavailable(garbage));
  const empty = join(scratch, 'empty.bin');
  writeFileSync(empty, '');
  assert.throws(() => loadNerModelFile(empty), isUnavailable(empty));
  assert.throws(() => loadNerModel(new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3])), (err: unknown) => err instanceof SidelinesError && err.kind === 'unavailable');
});

test('the fallback loader turns an unusable file into a warning for the pipeline, not a throw', () => {
  const garbage = join(scratch, 'fallback.bin');
  writeFileSync(garbage, 'not a model either');
  const result = tryLoadNerModel(garbage);
  assert.equal(result.model, null);
  assert.match(result.warning ?? '', /named-entity model not loaded/);
  assert.ok(result.warning?.includes(garbage), 'the warning names the file');
  const missing = tryLoadNerModel(join(scratch, 'absent.bin'));
  assert.equal(missing.model, null);
  assert.match(missing.warning ?? '', /not found/);
});

test('a truncated copy of the committed weights is rejected clearly', (t) => {
  if (!hasModel) return t.skip(`no weights at ${defaultModelPath()} (run sidelines train ner)`);
  const bytes = readFileSync(defaultModelPath());
  const cut = join(scratch, 'truncated.bin');
  writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
  assert.throws(() => loadNerModelFile(cut), isUnavailable(cut));
});

// Sentences written for this test, with the names a careful annotator would mark.
const SENTENCES: { text: string; names: [string, string][] }[] = [
  { text: 'Modi and Putin discussed trade in Sochi.', names: [['Modi', 'PER'], ['Putin', 'PER'], ['Sochi', 'LOC']] },
  { text: 'Rosoboronexport signed a contract with the Indian Navy on Friday.', names: [['Rosoboronexport', 'ORG']] },
  { text: 'Foreign Minister Subrahmanyam Jaishankar flew to Tokyo for talks with his Japanese counterpart.', names: [['Subrahmanyam Jaishankar', 'PER'], ['Tokyo', 'LOC'], ['Japanese', 'MISC']] },
  { text: 'Hamas fired rockets at Israel, the army said, and Egypt offered to mediate.', names: [['Hamas', 'ORG'], ['Israel', 'LOC'], ['Egypt', 'LOC']] },
  { text: 'NATO defence ministers met in Brussels to discuss support for Ukraine.', names: [['NATO', 'ORG'], ['Brussels', 'LOC'], ['Ukraine', 'LOC']] },
];

test('the committed model finds names in sentences written for the test', (t) => {
  if (!hasModel) return t.skip(`no weights at ${defaultModelPath()} (run sidelines train ner)`);
  const model = loadDefaultNerModel();
  assert.equal(loadDefaultNerModel(), model, 'the model is loaded once and kept');
  let expected = 0;
  let found = 0;
  const misses: string[] = [];
  for (const s of SENTENCES) {
    const doc = tokenize(s.text);
    const names = recognizeNames(doc, model);
    for (const n of names) {
      assert.ok(n.start < n.end && n.tokenStart < n.tokenEnd);
      assert.equal(doc.tokens[n.tokenStart].start, n.start);
      assert.equal(doc.tokens[n.tokenEnd - 1].end, n.end);
      assert.ok(n.confidence > 0 && n.confidence <= 1, `confidence ${n.confidence}`);
    }
    const got = new Set(names.map((n) => `${s.text.slice(n.start, n.end)}/${n.label}`));
    for (const [name, label] of s.names) {
      expected++;
      if (got.has(`${name}/${label}`)) found++;
      else misses.push(`${name}/${label} in "${s.text}" (got ${[...got].join(', ') || 'nothing'})`);
    }
  }
  // a statistical model may miss one; more than that is a regression
  assert.ok(found >= expected - 1, `found ${found} of ${expected}:\n${misses.join('\n')}`);
});

test('the CoNLL round trip keeps every input line and appends one IOB2 tag to each token line', (t) => {
  if (!hasModel) return t.skip(`no weights at ${defaultModelPath()} (run sidelines train ner)`);
  const model = loadDefaultNerModel();
  const input = ['-DOCSTART- -X- O O', '', 'Putin NNP B-PER', 'visited NNP O', 'Sochi NNP B-LOC', '. . O', '', '-DOCSTART- -X- O O', '', 'Modi NNP B-PER', 'spoke VBD O', ''].join('\n');
  const split = splitConll(input);
  const tags = split.docs.map((doc) => model.tagDocument(doc.map((s) => s.words)));
  const out = appendTags(split, tags);
  const lines = input.split('\n');
  assert.equal(out.length, lines.length);
  lines.forEach((line, i) => {
    if (!line.trim() || line.startsWith('-DOCSTART-')) assert.equal(out[i], line);
    else {
      assert.ok(out[i].startsWith(`${line} `), out[i]);
      assert.match(out[i].slice(line.length + 1), /^(O|[BI]-(PER|ORG|LOC|MISC))$/);
    }
  });
});

// A tiny corpus written for the test: enough for the trainer to learn capitalised words after "met" are people.
function tinyCorpus(): LabelledDoc[] {
  const people = ['Ana', 'Boris', 'Chen', 'Dara', 'Emil', 'Farah'];
  const places = ['Lima', 'Oslo', 'Accra', 'Hanoi'];
  return people.map((p, i) => ({
    sentences: [
      { words: [p, 'met', people[(i + 1) % 6], 'in', places[i % 4], '.'], tags: ['B-PER', 'O', 'B-PER', 'O', 'B-LOC', 'O'] },
      { words: ['The', 'talks', 'in', places[(i + 1) % 4], 'ended', '.'], tags: ['O', 'O', 'O', 'B-LOC', 'O', 'O'] },
    ],
  }));
}

test('training is deterministic for a seed, and weights survive serialisation', () => {
  const lexicon = { clusters: new Map<string, number>(), clusterBranching: 16, clusterLevels: 3, gazetteer: new Gazetteer([{ category: 'country', tokens: ['peru'] }]) };
  const train = (seed: number) =>
    trainNer([{ name: 'tiny', docs: tinyCorpus(), partial: false, fraction: 1 }], tinyCorpus(), {
      seed, maxEpochs: 5, patience: 5, scheme: 'BIO', templates: DEFAULT_TEMPLATES, lexicon, prune: 0, consistency: DEFAULT_CONSISTENCY, augment: false, log: () => {},
    }).model;
  const a = serializeModel(train(7));
  const b = serializeModel(train(7));
  assert.deepEqual(a, b);
  const model = loadNerModel(a);
  const docs = tinyCorpus();
  const gold = docs.flatMap((d) => d.sentences.map((s) => s.tags));
  const pred = docs.flatMap((d) => model.tagDocument(d.sentences.map((s) => s.words)));
  assert.ok(scoreTags(gold, pred).overall.f1 > 0.9, 'the model fits its own training data');
});

test('CoNLL-2003 dev F1 stays above 90 (reads ../shared)', (t) => {
  const dataDir = defaultDataDir();
  if (!existsSync(join(dataDir, 'ner', 'conll2003', 'eng.testa'))) return t.skip(`${dataDir} absent: CoNLL-2003 dev not available`);
  if (!hasModel) return t.skip(`no weights at ${defaultModelPath()}`);
  const model = loadDefaultNerModel();
  const docs = readConll2003(dataDir, 'eng.testa');
  const gold = docs.flatMap((d) => d.sentences.map((s) => s.tags));
  const pred = docs.flatMap((d) => model.tagDocument(d.sentences.map((s) => s.words)));
  assert.ok(scoreTags(gold, pred).overall.f1 > 0.9);
});

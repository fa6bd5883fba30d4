// The store commands as a user runs them: one-line errors, summaries, and each query and export command.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openStore } from '../../src/store/open.js';
import { buildSampleStore } from './sample-store.js';

const dir = mkdtempSync(join(tmpdir(), 'sidelines-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const sidelines = (...args: string[]) => spawnSync(process.execPath, ['dist/src/cli/main.js', ...args], { encoding: 'utf8', env: { ...process.env, SIDELINES_DB: '' } });

describe('sidelines ingest', () => {
  test('reads every format in a directory; bad parts are one line each, the rest is stored, and a summary ends the run', () => {
    const db = join(dir, 'fixtures.db');
    const run = sidelines('ingest', '--db', db, 'test/fixtures/ingest');
    assert.equal(run.status, 1, 'some inputs failed');
    assert.match(run.stdout, /^ingested 13 articles in [\d.]+ s: 10 new, 0 updated, 0 unchanged, 3 failed/m);
    assert.match(run.stdout, /^store .*fixtures\.db: 10 articles, \d+ entit(y|ies), \d+ events?, \d+ statements?$/m);
    const errors = run.stderr.split('\n').filter((l) => l.startsWith('sidelines: ') && !l.includes(': note: '));
    assert.deepEqual(errors.map((l) => l.replace(/ \(.*$/, '')), [
      'sidelines: test/fixtures/ingest/articles.jsonl:3: malformed JSON line',
      'sidelines: test/fixtures/ingest/articles.jsonl:5: invalid article JSON: field "text" expected string, received undefined',
      'sidelines: test/fixtures/ingest/nobody.html: no article text in the HTML',
    ]);
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
    const again = sidelines('ingest', '--db', db, 'test/fixtures/ingest/article.html', 'test/fixtures/ingest/feed.rss');
    assert.match(again.stdout, /4 unchanged/);
  });

  test('standard input, and a changed file that replaces its earlier version', () => {
    const db = join(dir, 'stdin.db');
    const text = 'date 2022-03-01\nThe foreign ministers of Chile and Peru met in Lima on Monday to discuss fisheries.\n';
    const piped = () => spawnSync(process.execPath, ['dist/src/cli/main.js', 'ingest', '--db', db, '-'], { input: text, encoding: 'utf8' });
    assert.match(piped().stdout, /1 new, 0 updated, 0 unchanged/);
    assert.match(piped().stdout, /0 new, 0 updated, 1 unchanged/);
    const file = join(dir, 'story.txt');
    writeFileSync(file, text);
    assert.match(sidelines('ingest', '--db', db, file).stdout, /0 new, 0 updated, 1 unchanged/, 'the same text from a file is not stored twice');
    const fileDb = join(dir, 'file.db');
    assert.match(sidelines('ingest', '--db', fileDb, file).stdout, /1 new, 0 updated, 0 unchanged/);
    writeFileSync(file, text.replace('Monday', 'Tuesday'));
    const updated = sidelines('ingest', '--db', fileDb, file);
    assert.match(updated.stdout, /0 new, 1 updated, 0 unchanged/);
    assert.match(updated.stdout, /store .*: 1 article,/);
  });

  test('a store that cannot be opened is one line and exit code 2', () => {
    const run = sidelines('ingest', '--db', join(dir, 'no/such/dir/x.db'), 'test/fixtures/ingest/markdown.md');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^sidelines: .*no\/such\/dir\/x\.db: no such directory .* for the store\n$/);
    const pg = sidelines('events', '--db', 'postgres://nobody@127.0.0.1:1/none');
    assert.equal(pg.status, 2);
    assert.match(pg.stderr, /^sidelines: postgres:\/\/nobody@127\.0\.0\.1:1\/none: cannot connect to PostgreSQL \(.+\)\n$/);
  });
});

describe('query and export commands', () => {
  const db = join(dir, 'sample.db');
  before(async () => {
    const store = await openStore(db);
    await buildSampleStore(store);
    await store.close();
  });

  test('events: readable lines with filters, or JSON', () => {
    const run = sidelines('events', '--db', db, '--actor', 'Austin', '--type', 'consult');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^2021-07-01  CONSULT\/host  Rajnath Singh \(IND\) -> Lloyd Austin \(USA\) in New Delhi  \[2 sources, #1\]\n {12}"Indian Defence Minister/);
    const json = sidelines('events', '--db', db, '--country', 'chn', '--json');
    assert.equal(JSON.parse(json.stdout).type, 'ACCUSE');
    const bad = sidelines('events', '--db', db, '--country', 'China');
    assert.equal(bad.status, 2);
    assert.equal(bad.stderr, 'sidelines: --country: takes an ISO 3166-1 alpha-3 code such as IND\n');
  });

  test('entity: a dossier; an unknown name is one line', () => {
    const run = sidelines('entity', '--db', db, 'Rajnath', 'Singh');
    assert.match(run.stdout, /^Rajnath Singh — person, IND \(#\d+\), in 3 articles\n/);
    assert.match(run.stdout, /offices:\n {4}2021-07-01\.\.2021-09-01 +Defence Minister \(IND\)/);
    assert.match(run.stdout, /counterparts:\n {4}Lloyd Austin \(USA\): 2 events — 2021-09-01 AGREE; 2021-07-01 CONSULT\/host/);
    const none = sidelines('entity', '--db', db, 'Nobody');
    assert.equal(none.status, 2);
    assert.equal(none.stderr, 'sidelines: Nobody: no entity of that name in the store\n');
  });

  test('relations and search', () => {
    const rel = sidelines('relations', '--db', db, 'USA');
    assert.match(rel.stdout, /^ +IND +2 +1\.00 +4\.5 +AGREE 1, CONSULT 1$/m);
    assert.match(rel.stdout, /^ +CHN +1 +-1\.00 +-2\.0 +ACCUSE 1$/m);
    const search = sidelines('search', '--db', db, 'coercion');
    assert.match(search.stdout, /^2021-08-10  Austin criticises Beijing\n.*\[coercion\]/);
  });

  test('export: every format; GDELT writes its mentions table beside the events', () => {
    for (const format of ['jsonl', 'csv', 'plover', 'graphml', 'gexf']) {
      const run = sidelines('export', '--db', db, '--format', format);
      assert.equal(run.status, 0, run.stderr);
      assert.ok(run.stdout.length > 100, format);
    }
    const out = join(dir, 'events.tsv');
    const gdelt = sidelines('export', '--db', db, '--format', 'gdelt', '--out', out, '--from', '2021-08-01');
    assert.equal(gdelt.status, 0, gdelt.stderr);
    assert.ok(existsSync(join(dir, 'events.mentions.tsv')));
    assert.equal(readFileSync(out, 'utf8').trim().split('\n').length, 6);
    const bad = sidelines('export', '--db', db, '--format', 'xlsx');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^sidelines: --format: takes one of jsonl, csv, plover, gdelt, graphml, gexf\n$/);
  });
});

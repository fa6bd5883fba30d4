// Bad input through the built CLI: each bad file gives one line on stderr naming it (no stack trace), the exit code
// is non-zero, and the good files of the same call are still extracted and printed. Also standard input ("-") and
// the --date override. The bad files are written to a temporary directory at test time.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    try {
      if (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name === 'sidelines') return dir;
    } catch { /* not here */ }
    dir = resolve(dir, '..');
  }
  throw new Error('repository root not found');
}

const ROOT = repoRoot();
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
let dir = '';

const GOOD_TEXT = 'date 2020-09-06\nKenyan Defence Cabinet Secretary Aden Duale met his Ugandan counterpart Vincent Ssempijja in Kampala on Friday.\n';

interface Run { status: number | null; stdout: string; stderr: string; lines: string[]; errors: string[] }

function run(args: string[], input?: string): Run {
  const r = spawnSync(process.execPath, [CLI, 'extract', ...args], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 60_000 });
  const lines = r.stdout.split('\n').filter((l) => l.trim() !== '');
  const errors = r.stderr.split('\n').filter((l) => l.trim() !== '');
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, lines, errors };
}

/** The JSON documents printed, one per line; fails on a line that is not JSON. */
function documents(r: Run): Array<{ file: string; published: string | null; events: unknown[]; entities: unknown[] }> {
  return r.lines.map((l) => {
    try {
      return JSON.parse(l);
    } catch {
      assert.fail(`stdout line is not JSON: ${l.slice(0, 120)}`);
    }
  });
}

function assertNoStackTrace(r: Run): void {
  const stack = r.errors.filter((l) => /^\s+at /.test(l) || /^\s*at .*:\d+:\d+\)?$/.test(l));
  assert.deepEqual(stack, [], `stack trace on stderr:\n${r.stderr}`);
}

before(() => {
  assert.ok(existsSync(CLI), `${CLI} is missing: build with "npx tsc -p ." first`);
  dir = mkdtempSync(join(tmpdir(), 'sidelines-bad-input-'));
  writeFileSync(join(dir, 'good.txt'), GOOD_TEXT);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '  \n\n\t\n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(dir, 'invalid-utf8.txt'), Buffer.concat([Buffer.from('date 2020-09-06\nThe minister met '), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from(' in Moscow.\n')]));
  // 20 MB of ordinary text: far larger than any news article
  const paragraph = 'The defence ministers met in the capital on Friday and discussed regional security. ';
  writeFileSync(join(dir, 'huge.txt'), 'date 2020-09-06\n' + paragraph.repeat(Math.ceil((20 * 1024 * 1024) / paragraph.length)));
  writeFileSync(join(dir, 'bad-dateline.txt'), 'date 2020-13-45\nThe foreign ministers of Chile and Peru met in Lima on Tuesday.\n');
  writeFileSync(join(dir, 'malformed.json'), '{"title": "Talks in Lima", "text": "The ministers met.", ');
  writeFileSync(join(dir, 'no-text.json'), JSON.stringify({ title: 'Talks in Lima', published: '2022-06-19' }));
  writeFileSync(join(dir, 'good.json'), JSON.stringify({ title: 'Talks in Lima', published: '2022-06-19', text: 'The foreign ministers of Chile and Peru met in Lima on Tuesday.' }));
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const BAD: Array<[string, string]> = [
  ['an empty file', 'empty.txt'],
  ['a file of white space only', 'blank.txt'],
  ['a binary file', 'binary.txt'],
  ['invalid UTF-8', 'invalid-utf8.txt'],
  ['a 20 MB file', 'huge.txt'],
  ['a malformed dateline', 'bad-dateline.txt'],
  ['malformed JSON', 'malformed.json'],
  ['a JSON article without "text"', 'no-text.json'],
  ['a missing file', 'does-not-exist.txt'],
];

for (const [what, name] of BAD) {
  test(`${what}: one error line naming the file, non-zero exit, the good file still printed`, () => {
    const bad = join(dir, name);
    const good = join(dir, 'good.txt');
    for (const order of [[bad, good], [good, bad]]) {
      const r = run(['--json', ...order]);
      assert.notEqual(r.status, 0, `exit code 0 for ${what}`);
      assertNoStackTrace(r);
      assert.equal(r.errors.length, 1, `expected one line on stderr, got:\n${r.stderr}`);
      assert.ok(r.errors[0].includes(bad), `the error does not name ${bad}: ${r.errors[0]}`);
      const docs = documents(r);
      assert.equal(docs.length, 1, `expected the good file only on stdout, got ${docs.length} documents`);
      assert.equal(docs[0].file, good);
      assert.equal(docs[0].published, '2020-09-06');
    }
  });
}

test('every bad file in one call: one error line each, and the good files between them are printed', () => {
  const files = BAD.map(([, name]) => join(dir, name));
  const goods = [join(dir, 'good.txt'), join(dir, 'good.json')];
  const r = run(['--json', files[0], goods[0], ...files.slice(1, 5), goods[1], ...files.slice(5)]);
  assert.notEqual(r.status, 0);
  assertNoStackTrace(r);
  assert.equal(r.errors.length, files.length, `expected ${files.length} error lines, got:\n${r.stderr}`);
  for (const f of files) assert.equal(r.errors.filter((l) => l.includes(f)).length, 1, `no single error line names ${f}`);
  assert.deepEqual(documents(r).map((d) => d.file), goods);
});

test('without --json a bad file still gives one error line and the summary of the good file', () => {
  const r = run([join(dir, 'binary.txt'), join(dir, 'good.txt')]);
  assert.notEqual(r.status, 0);
  assertNoStackTrace(r);
  assert.equal(r.errors.length, 1);
  assert.ok(r.stdout.includes(join(dir, 'good.txt')), `the summary does not name the good file:\n${r.stdout}`);
});

test('good files only: exit code 0 and nothing on stderr', () => {
  const r = run(['--json', join(dir, 'good.txt'), join(dir, 'good.json')]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  const docs = documents(r);
  assert.equal(docs.length, 2);
  assert.equal(docs[1].published, '2022-06-19');
});

test('"-" reads standard input, with its dateline', () => {
  const r = run(['--json', '-'], GOOD_TEXT);
  assert.equal(r.status, 0, r.stderr);
  const docs = documents(r);
  assert.equal(docs.length, 1);
  assert.equal(docs[0].file, '-');
  assert.equal(docs[0].published, '2020-09-06');
});

test('"-" with a JSON article on standard input', () => {
  const r = run(['--json', '-'], readFileSync(join(dir, 'good.json'), 'utf8'));
  assert.equal(r.status, 0, r.stderr);
  const docs = documents(r);
  assert.equal(docs.length, 1);
  assert.equal(docs[0].published, '2022-06-19');
});

test('empty standard input is a one-line error naming "-"', () => {
  const r = run(['--json', '-'], '');
  assert.notEqual(r.status, 0);
  assertNoStackTrace(r);
  assert.equal(r.errors.length, 1, r.stderr);
  assert.match(r.errors[0], /(^|\s)-:/);
  assert.equal(r.lines.length, 0);
});

test('--date overrides the dateline and dates an article that has none', () => {
  let r = run(['--json', '--date', '2021-01-02', join(dir, 'good.txt')]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(documents(r)[0].published, '2021-01-02');
  writeFileSync(join(dir, 'undated.txt'), 'Chilean Foreign Minister Antonia Urrejola met her Peruvian counterpart in Lima on Tuesday.\n');
  r = run(['--json', join(dir, 'undated.txt')]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(documents(r)[0].published, null);
  r = run(['--json', '--date', '2020-09-06', join(dir, 'undated.txt')]);
  assert.equal(documents(r)[0].published, '2020-09-06');
  r = run(['--json', '--date', '2021-03-04', '-'], GOOD_TEXT);
  assert.equal(documents(r)[0].published, '2021-03-04');
});

test('an impossible --date is a one-line usage error, not a stack trace', () => {
  for (const date of ['2020-02-30', 'yesterday', '06/09/2020']) {
    const r = run(['--json', '--date', date, join(dir, 'good.txt')]);
    assert.notEqual(r.status, 0, `--date ${date} accepted`);
    assertNoStackTrace(r);
    assert.equal(r.errors.length, 1, r.stderr);
    assert.match(r.errors[0], /date/i);
  }
});

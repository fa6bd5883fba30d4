// Adversarial inputs for extract(): each must finish with well-formed output, and its run time must grow linearly
// with its size. For each kind of text, the size n is doubled until a run takes long enough to measure, then the
// texts of size n and 4n are timed in alternation, three rounds, and the best times compared: linear code gives a
// ratio near 4, quadratic code near 16; the test asserts < 8. Only ratios are asserted, never absolute times.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { extract } from '../../src/index.js';
import { readPlainText } from '../../src/ingest/read-text.js';
import { checkOutput } from '../support/output-checks.js';

const PUBLISHED = '2020-09-06';
/** Smallest and largest base size in UTF-16 code units; the largest text run is 4 × MAX_N. */
const MIN_N = 16_000;
const MAX_N = 2_200_000;
/** A run at n must take at least this long (ms) for the ratio to mean anything. */
const MEASURABLE_MS = 30;
const MAX_RATIO = 8;

/** Deterministic pseudo-random numbers, so that every run sees the same texts. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** Repeats the pieces (cycling, or picking at random when `random`) until the text is about n long. */
function fill(n: number, pieces: string[], random = false): string {
  const next = lcg(42);
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < n; i++) {
    const piece = random ? pieces[Math.floor(next() * pieces.length)] : pieces[i % pieces.length];
    out.push(piece);
    length += piece.length;
  }
  return out.join('');
}

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

/** The bodies of the corpus articles: real structure, many entities and events, repeated. */
const ARTICLES = (() => {
  const dir = join(repoRoot(), 'test', 'fixtures', 'articles');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    return text.slice(readPlainText(f, text).bodyStart) + '\n\n';
  });
})();

const CAPITALISED = ['Minister', 'General', 'President', 'Defence', 'Foreign', 'Secretary', 'Kenya', 'Ghana', 'Alpha', 'Bravo',
  'Charlie', 'Delta', 'Moscow', 'Lima', 'Colonel', 'Admiral', 'Prime', 'Ambassador', 'Council', 'Union', 'National', 'Sherali',
  'Mirzo', 'Rajnath', 'Singh', 'Monday', 'March', 'The', 'Of', 'And'].map((w) => w + ' ');

const KINDS: Array<[string, (n: number) => string]> = [
  ['long runs of capitalised words, no punctuation', (n) => fill(n, CAPITALISED, true)],
  ['thousands of quotes, balanced and not', (n) => fill(n, ['"We agree," said Ruiz. ', '“Never,” the minister said, "never." ', '"', '“', '” ', "'Yes' ",
    '"Talks" were held. ', '"The minister met ', '“his counterpart ', '‘in Lima ', '« the envoy '], true)],
  ['no punctuation at all, lower case', (n) => fill(n, ['the minister met his counterpart and discussed the border with the general and the envoy '])],
  ['one enormous sentence', (n) => fill(n, ['Defence Minister Aden Duale met General Phan Van Giang in Hanoi on Friday, ', 'and the Foreign Minister of Chile, Antonia Urrejola, urged Bolivia to talk, ']) + 'and they left.'],
  ['thousands of "met" and "and"', (n) => fill(n, ['met ', 'and ', 'Kenya and Ghana and ', 'met met met ', 'Singh met Wei and Mirzo and '], true)],
  ['deeply repeated titles', (n) => fill(n, ['the Defence Minister of the Foreign Minister of ', 'Lt. Gen. ', 'his Kenyan counterpart ', 'Air Chief Marshal ', 'Ambassador to Peru ', 'Prime Minister '])],
  ['embedded posts, handles, links, brackets and dashes', (n) => fill(n, ['Great talks. pic.twitter.com/Ab12Cd — Ana Ruiz (@anaruiz) March 3, 2021\n',
    '@a @b #Diplomacy https://example.org/a?b=1 ', '— (@x) ', '(', '[', '((', ' — ', '-', ')', '--', '(@'], true)],
  ['date expressions everywhere', (n) => fill(n, ['on Monday ', 'on 3 March ', 'from 3 to 5 September ', 'last week ', 'yesterday ', 'on Tuesday evening ', 'March 3, 2023 '], true)],
  ['abbreviations and initials without sentence ends', (n) => fill(n, ['U.S. ', 'Lt. ', 'Gen. ', 'Mr. ', 'D.B. ', 'U.K. ', 'e.g. ', 'No. ', 'St. '], true)],
  ['one enormous token', (n) => 'Kenya ' + 'x'.repeat(n) + ' Ghana.'],
  ['thousands of one-line paragraphs', (n) => fill(n, ['Kenya.\n\n', 'Minister Duale met Nitiwul.\n', '\n', 'Talks.\r\n'])],
  ['real articles repeated', (n) => fill(n, ARTICLES)],
];

// Collect garbage before each timed run, so that a collection left over from a previous run is not billed to it.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

interface Timing { n: number; small: number; large: number; ratio: number }

function timeOnce(text: string): number {
  collectGarbage();
  const t0 = performance.now();
  extract(text, { published: PUBLISHED });
  return performance.now() - t0;
}

/** Times the text of size n and the one of size 4n in alternation (so that both see the same load on a shared
 * machine) and keeps the best of each: three rounds, fewer once `budgetMs` is spent (that bounds the test's own run
 * time with a slow extractor; it is never an assertion). */
function timePair(small: string, large: string, budgetMs: number): { small: number; large: number } {
  let best = { small: Infinity, large: Infinity };
  let spent = 0;
  for (let round = 0; round < 3 && (round === 0 || spent < budgetMs); round++) {
    const s = timeOnce(small);
    const l = timeOnce(large);
    best = { small: Math.min(best.small, s), large: Math.min(best.large, l) };
    spent += s + l;
  }
  return best;
}

/** `first` is the time of one run at MIN_N already made. */
function measure(make: (n: number) => string, first: number): Timing {
  let n = MIN_N;
  for (let t = first; t < MEASURABLE_MS && n * 2 <= MAX_N; t = timeOnce(make(n))) n *= 2;
  // a single run can be slowed by the machine: go on doubling while the best time is still too short to measure
  let pair = timePair(make(n), make(4 * n), 1200);
  while (pair.small < MEASURABLE_MS && n * 2 <= MAX_N) {
    n *= 2;
    pair = timePair(make(n), make(4 * n), 1200);
  }
  return { n, small: pair.small, large: pair.large, ratio: pair.large / Math.max(pair.small, 1e-3) };
}

for (const [what, make] of KINDS) {
  test(`adversarial: ${what}`, (t) => {
    // it finishes, and the output is well formed (this run also warms up the JIT for this kind of text)
    const text = make(MIN_N);
    const t0 = performance.now();
    const out = extract(text, { published: PUBLISHED });
    const first = performance.now() - t0;
    assert.deepEqual(checkOutput(text, out), [], 'malformed output');

    // and time grows linearly: a second measurement settles a borderline first one (noise on a shared machine)
    let timing = measure(make, first);
    if (timing.ratio >= MAX_RATIO && timing.ratio < 1.5 * MAX_RATIO) timing = measure(make, MEASURABLE_MS);
    t.diagnostic(`n=${timing.n}: ${timing.small.toFixed(1)} ms; 4n: ${timing.large.toFixed(1)} ms; ratio ${timing.ratio.toFixed(2)}`);
    assert.ok(timing.ratio < MAX_RATIO,
      `${what}: ${timing.small.toFixed(1)} ms at ${timing.n} characters but ${timing.large.toFixed(1)} ms at ${4 * timing.n} ` +
      `(ratio ${timing.ratio.toFixed(1)}; linear is about 4, quadratic 16)`);
  });
}

test('adversarial: a text without a dateline and a text of a single character', () => {
  for (const text of ['x', '.', '"', '—', '\n', 'Kenya', 'date 2020-09-06', 'date 2020-09-06\n']) {
    const { published, bodyStart } = readPlainText('t.txt', text);
    const out = extract(text, { published: published ?? null, bodyStart });
    assert.deepEqual(checkOutput(text, out, bodyStart), [], `malformed output for ${JSON.stringify(text)}`);
  }
  const out = extract('The ministers met in Lima on Tuesday.', {});
  assert.equal(out.published, null);
  assert.ok(out.warnings.some((w) => /date/i.test(w)), 'no warning about the missing publication date');
  for (const e of out.events) assert.equal(e.date.start, null, 'a relative date was resolved without a publication date');
});

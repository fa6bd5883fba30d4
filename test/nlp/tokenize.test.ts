import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../../src/nlp/tokenize.js';

const words = (text: string): string[] => tokenize(text).tokens.map((t) => t.text);
const sentences = (text: string): string[] => tokenize(text).sentences.map((s) => text.slice(s.start, s.end));

test('abbreviations, ranks and initials keep their full stop', () => {
  assert.deepEqual(words('Lt. Gen. Aziz met Mr. D.B. Rao of the U.S. Army.'),
    ['Lt.', 'Gen.', 'Aziz', 'met', 'Mr.', 'D.B.', 'Rao', 'of', 'the', 'U.S.', 'Army', '.']);
  assert.deepEqual(words('Minister S. Kamara spoke.'), ['Minister', 'S.', 'Kamara', 'spoke', '.']);
});

test('possessives and negations split off; hyphenated compounds stay whole', () => {
  assert.deepEqual(words("Kenya's envoy didn't attend the Kenya-Somalia talks"),
    ['Kenya', "'s", 'envoy', 'did', "n't", 'attend', 'the', 'Kenya-Somalia', 'talks']);
  assert.deepEqual(words('the U.S.-Philippine drills'), ['the', 'U.S.-Philippine', 'drills']);
});

test('URLs, handles, hashtags and picture links are single tokens', () => {
  const t = tokenize('Great talks. pic.twitter.com/Ab12Cd — Ana Ruiz (@anaruiz) #Diplomacy https://example.org/a?b=1.');
  const byKind = t.tokens.filter((x) => x.kind !== 'word' && x.kind !== 'punct').map((x) => `${x.kind}:${x.text}`);
  assert.deepEqual(byKind, ['url:pic.twitter.com/Ab12Cd', 'dash:—', 'handle:@anaruiz', 'hashtag:#Diplomacy', 'url:https://example.org/a?b=1']);
});

test('offsets are UTF-16 offsets into the original text', () => {
  const text = 'Erdoğan 🇹🇷 met Šefčovič in Ankara.';
  for (const t of tokenize(text).tokens) assert.equal(text.slice(t.start, t.end), t.text);
});

test('sentences split at stops before capitals, not after titles or initials', () => {
  assert.deepEqual(sentences('Gen. Ito arrived. He met Col. Park in Seoul. Talks ended with the U.S. The next round is due.'),
    ['Gen. Ito arrived.', 'He met Col. Park in Seoul.', 'Talks ended with the U.S.', 'The next round is due.']);
});

test('quotes stay with their sentence; headings and blank lines split', () => {
  const text = 'Border Talks\n\n"We agreed," said Ruiz. "Now we act."\nThe envoy left.';
  assert.deepEqual(sentences(text), ['Border Talks', '"We agreed," said Ruiz.', '"Now we act."', 'The envoy left.']);
  assert.deepEqual(tokenize(text).sentences.map((s) => s.paragraph), [0, 1, 1, 1]);
});

test('hard-wrapped prose is not split at line ends', () => {
  const text = 'The foreign ministers of Chile and Peru met on Monday in Lima to review the maritime\nagreement signed last year.';
  assert.equal(sentences(text).length, 1);
});

test('a text without punctuation is cut into sentences of at most 120 tokens that cover every token in order', () => {
  const doc = tokenize('Alpha Beta Gamma '.repeat(20000));
  assert.equal(doc.tokens.length, 60000);
  assert.equal(doc.sentences.length, 500);
  let next = 0;
  for (const s of doc.sentences) {
    assert.equal(s.tokenStart, next);
    assert.ok(s.tokenEnd - s.tokenStart <= 120);
    next = s.tokenEnd;
  }
  assert.equal(next, doc.tokens.length);
});

test('an over-long sentence is cut after its last comma near the cap, not in the middle of a clause', () => {
  const clause = 'the minister met the envoy and the general in the capital on the first day of talks';
  const text = `${clause}, ${clause}, ${clause}, ${clause}, ${clause}, ${clause}, ${clause}.`;
  const doc = tokenize(text);
  assert.ok(doc.sentences.length > 1);
  const first = doc.sentences[0];
  assert.equal(doc.tokens[first.tokenEnd - 1].text, ',');
});

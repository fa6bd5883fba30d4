// Tokenizer and sentence splitter. Written by hand because the JavaScript tokenizers we tried (compromise,
// wink-nlp, natural) either drop character offsets or split the genre's tokens wrongly: "Lt.", "U.S.", "D.B.",
// "@rajnathsingh", "pic.twitter.com/…", "India-Tajikistan". Tokens follow the Penn Treebank / CoNLL-2003
// conventions the named-entity model is trained on: hyphenated words stay one token, "'s" and "n't" split off.
// One left-to-right scan with a sticky regular expression: time is linear in the input.
import { ABBREVIATIONS, NON_FINAL_ABBREVIATIONS, SENTENCE_STARTERS } from '../data/abbreviations.js';
import type { Doc, Sentence, Token, TokenKind } from './doc.js';

const TOKEN = new RegExp(
  [
    /(?<space>\s+)/u,
    /(?<url>(?:https?:\/\/|www\.|pic\.twitter\.com\/)[^\s<>"“”]+)/u,
    // bounded repeats: an unbounded one would backtrack over a whole long word before failing
    /(?<email>[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8})/u,
    /(?<handle>@[\p{L}\p{N}_]{1,40})/u,
    /(?<hashtag>#[\p{L}\p{N}_]+)/u,
    /(?<domain>[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.(?:com|org|net|gov|edu|int|mil|info|io)(?:\.[a-z]{2})?(?![\p{L}\p{N}]))/u,
    // dotted acronyms and initials ("U.S.", "D.B.", "a.m."), optionally joined to a word by a hyphen ("U.S.-India")
    /(?<acronym>(?:\p{L}\.){2,}(?:-[\p{L}\p{N}]+)*)/u,
    /(?<number>\p{N}+(?:[.,:/-]\p{N}+)*(?:st|nd|rd|th|s)?(?![\p{L}]))/u,
    /(?<word>[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*(?:-[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*)*)/u,
    /(?<dash>—|–|-{2,}|-)/u,
    /(?<quote>["“”„«»'‘’‚‹›`]+?)/u,
    /(?<ellipsis>\.{3}|…)/u,
    /(?<other>.)/u,
  ].map((r) => r.source).join('|'),
  'suy',
);

const TRAILING_URL_PUNCT = /[.,;:!?)\]'’"”]+$/;
const POSSESSIVE = /^(.+?)(['’][sS])$/;
const NEGATION = /^(.+?)(n['’]t)$/i;
const APOSTROPHE = /’/g;

export const lowerKey = (text: string): string => text.toLowerCase().replace(APOSTROPHE, "'");

export interface TokenizeOptions {
  /** Text to scan instead of `text`, of the same length (Markdown with its markup blanked out). */
  scanText?: string;
  /** Offset at which the body starts (after a dateline); text before it is not tokenized. */
  from?: number;
}

/** Splits `text` into tokens and sentences. */
export function tokenize(text: string, options: TokenizeOptions = {}): Doc {
  const scan = options.scanText ?? text;
  const tokens: Token[] = [];
  let spaceBefore = false;
  let lineBefore = false;
  let blankLineBefore = false;
  const breaks: boolean[] = []; // per token: a blank line stands before it
  const push = (start: number, end: number, kind: TokenKind): void => {
    const t = text.slice(start, end);
    tokens.push({ start, end, text: t, lower: lowerKey(t), kind, spaceBefore, lineBefore, sentence: 0 });
    breaks.push(blankLineBefore);
    spaceBefore = false;
    lineBefore = false;
    blankLineBefore = false;
  };
  TOKEN.lastIndex = options.from ?? 0;
  let m: RegExpExecArray | null;
  while (TOKEN.lastIndex < scan.length && (m = TOKEN.exec(scan)) !== null) {
    const g = m.groups!;
    const start = m.index;
    let end = start + m[0].length;
    if (g.space !== undefined) {
      spaceBefore = true;
      const newlines = countNewlines(g.space);
      if (newlines > 0) lineBefore = true;
      if (newlines > 1) blankLineBefore = true;
      continue;
    }
    if (g.url !== undefined) {
      const trimmed = g.url.replace(TRAILING_URL_PUNCT, '');
      end = start + trimmed.length;
      TOKEN.lastIndex = end;
      push(start, end, 'url');
    } else if (g.email !== undefined) push(start, end, 'email');
    else if (g.handle !== undefined) push(start, end, 'handle');
    else if (g.hashtag !== undefined) push(start, end, 'hashtag');
    else if (g.domain !== undefined) push(start, end, 'word');
    else if (g.acronym !== undefined) push(start, end, 'word');
    else if (g.number !== undefined) push(start, end, 'number');
    else if (g.word !== undefined) pushWord(scan, start, end, push);
    else if (g.dash !== undefined) push(start, end, 'dash');
    else if (g.quote !== undefined) push(start, end, 'quote');
    else if (g.ellipsis !== undefined) push(start, end, 'punct');
    else push(start, end, /[\p{P}]/u.test(m[0]) ? 'punct' : 'symbol');
  }
  if (linesAreParagraphs(tokens, breaks)) for (let i = 0; i < tokens.length; i++) breaks[i] ||= tokens[i].lineBefore;
  const sentences = splitSentences(text, tokens, breaks);
  return { text, tokens, sentences };
}

/** Whether a text without blank lines writes one paragraph per line (as many plain-text exports of news do), rather
 * than hard-wrapping its prose: three lines or more, and nearly every line ends a sentence. */
function linesAreParagraphs(tokens: Token[], breaks: boolean[]): boolean {
  let lines = 0;
  let ended = 0;
  for (let i = 1; i < tokens.length; i++) {
    if (breaks[i]) return false;
    if (!tokens[i].lineBefore) continue;
    lines++;
    let j = i - 1;
    while (j > 0 && CLOSERS.has(tokens[j].text)) j--;
    if (TERMINAL.has(tokens[j].text) || tokens[j].text.endsWith('.')) ended++;
  }
  return lines >= 3 && ended >= 0.8 * lines;
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}

/** A word, with "'s"/"n't" split off and the full stop of an abbreviation or initial kept ("Lt.", "D."). */
function pushWord(scan: string, start: number, end: number, push: (s: number, e: number, k: TokenKind) => void): void {
  const word = scan.slice(start, end);
  const possessive = POSSESSIVE.exec(word) ?? NEGATION.exec(word);
  if (possessive && !word.includes('-', possessive[1].length)) {
    const cut = start + possessive[1].length;
    push(start, cut, 'word');
    push(cut, end, 'word');
    return;
  }
  if (scan.charCodeAt(end) === 46 /* . */ && takesFullStop(word, scan, end)) {
    TOKEN.lastIndex = end + 1;
    push(start, end + 1, 'word');
    return;
  }
  push(start, end, 'word');
}

function takesFullStop(word: string, scan: string, dot: number): boolean {
  if (scan.charCodeAt(dot + 1) === 46) return false; // an ellipsis
  // an initial ("S. Jaishankar"), but not the platform in "posted on X." / "said via X."
  if (word.length === 1 && /\p{Lu}/u.test(word)) return !(word === 'X' && /\b(on|via)\s+$/.test(scan.slice(Math.max(0, dot - 6), dot - 1)));
  return ABBREVIATIONS.has(word.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(word);
}

const TERMINAL = new Set(['.', '!', '?', '...', '…']);
/** A sentence is cut once it reaches this many tokens. News sentences stay under about 70; the cap keeps the
 * per-sentence work of later stages (which look across a sentence from each trigger) linear on unpunctuated text. */
const MAX_SENTENCE_TOKENS = 120;
/** Where a sentence is cut: the last of these within the final CUT_WINDOW tokens before the cap, else at the cap. */
const CUT_AFTER = new Set([';', ':', ',', '—', '–', ')']);
const CUT_WINDOW = 40;
const CLOSERS = new Set(['"', '”', "'", '’', ')', ']', '»']);

/** Sentence boundaries: terminal punctuation before a capitalised word, abbreviations before a sentence starter,
 * blank lines, and single line breaks after a heading-like line. */
function splitSentences(text: string, tokens: Token[], blankBefore: boolean[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  let paragraph = 0;
  const close = (endToken: number): void => {
    if (endToken <= first) return;
    const sentence = sentences.length;
    for (let i = first; i < endToken; i++) tokens[i].sentence = sentence;
    sentences.push({ start: tokens[first].start, end: tokens[endToken - 1].end, tokenStart: first, tokenEnd: endToken, paragraph });
    first = endToken;
  };
  let lineStart = 0; // token index where the current line starts
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.lineBefore) {
      const newParagraph = blankBefore[i];
      if (newParagraph || endsLine(text, tokens, lineStart, i)) {
        close(i);
        if (newParagraph) paragraph++;
      }
      lineStart = i;
      continue;
    }
    if (isBoundary(tokens, i)) close(i);
    else if (i - first >= MAX_SENTENCE_TOKENS) close(cutPoint(tokens, first, i));
  }
  close(tokens.length);
  return sentences;
}

/** Where to cut an over-long sentence [first, i): after the last clause punctuation near its end, else at i. */
function cutPoint(tokens: Token[], first: number, i: number): number {
  for (let k = i - 1; k > first && k >= i - CUT_WINDOW; k--) if (CUT_AFTER.has(tokens[k].text)) return k + 1;
  return i;
}

/** Whether a single line break after tokens [lineStart, i) ends a sentence: after terminal punctuation, or after
 * a short line (a heading, a dateline, a signature), but not inside hard-wrapped prose. */
function endsLine(text: string, tokens: Token[], lineStart: number, i: number): boolean {
  const prev = tokens[i - 1];
  if (TERMINAL.has(prev.text) || (CLOSERS.has(prev.text) && i >= 2 && TERMINAL.has(tokens[i - 2].text))) return true;
  const lineLength = prev.end - tokens[lineStart].start;
  const next = tokens[i];
  if (lineLength < 70) return true;
  return !/^\p{Ll}/u.test(next.text) && (prev.kind === 'punct' || prev.kind === 'url');
}

function isBoundary(tokens: Token[], i: number): boolean {
  const next = tokens[i];
  const startsSentence = /^[\p{Lu}\p{N}"“‘'(\[]/u.test(next.text) || next.kind === 'quote';
  if (!startsSentence) return false;
  // walk back over closing quotes and brackets to the terminal mark
  let j = i - 1;
  while (j > 0 && CLOSERS.has(tokens[j].text) && !tokens[j].spaceBefore) j--;
  const prev = tokens[j];
  if (TERMINAL.has(prev.text)) {
    // "…the tweet said." "He added" — a quote mark right after the stop belongs to the closing sentence
    if (j === i - 1 && next.kind === 'quote' && !next.spaceBefore) return false;
    return true;
  }
  // an abbreviation that ends with a stop: "…with the U.S. The talks…"
  if (prev.text.endsWith('.') && prev.text.length > 1 && j === i - 1) {
    const bare = prev.lower.slice(0, -1);
    if (NON_FINAL_ABBREVIATIONS.has(bare) || /^\p{Lu}\.$/u.test(prev.text)) return false;
    return SENTENCE_STARTERS.has(next.lower);
  }
  return false;
}

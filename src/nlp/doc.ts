// The document model every stage reads and annotates: the original text, its tokens and sentences, all as
// character offsets (UTF-16 code units, as JavaScript counts) into that text. Entities, events and statements
// are spans plus attributes, never copies of substrings, so every annotation can show its evidence.

/** A half-open range [start, end) of the document text. */
export interface Span {
  start: number;
  end: number;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'dash' | 'url' | 'email' | 'handle' | 'hashtag' | 'symbol';

export interface Token extends Span {
  /** The token as it stands in the text. */
  text: string;
  /** Lower-cased, with typographic apostrophes folded to ASCII: the key word lists are matched on. */
  lower: string;
  kind: TokenKind;
  /** Whether white space stands between this token and the previous one. */
  spaceBefore: boolean;
  /** Whether a line break stands between this token and the previous one. */
  lineBefore: boolean;
  /** Index of the sentence holding the token. */
  sentence: number;
}

export interface Sentence extends Span {
  /** Index of the first token and one past the last one. */
  tokenStart: number;
  tokenEnd: number;
  /** Index of the paragraph (blocks split by blank lines). */
  paragraph: number;
}

export interface Doc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

export const spanText = (doc: Doc, span: Span): string => doc.text.slice(span.start, span.end);

/** The tokens of a sentence, as a slice (a copy of references, not of tokens). */
export const sentenceTokens = (doc: Doc, sentence: Sentence): Token[] =>
  doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);

/** Index of the first token that starts at or after `offset`, by binary search. */
export function tokenAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The span covering tokens [from, to). */
export const tokenSpan = (doc: Doc, from: number, to: number): Span => ({
  start: doc.tokens[from].start,
  end: doc.tokens[to - 1].end,
});

// CoNLL-style column files: one token a line, blank lines between sentences, -DOCSTART- lines between documents.
// Readers for the training corpora (each with its own tag set) and the line-preserving split the `ner --conll`
// command tags and writes back.
import { spansToTags, tagsToSpans } from './labels.js';

export interface LabelledSentence {
  words: string[];
  /** IOB2 tags over PER/ORG/LOC/MISC. */
  tags: string[];
}

export interface LabelledDoc {
  sentences: LabelledSentence[];
}

export interface ColumnFormat {
  /** Column of the tag; negative counts from the end. */
  tagColumn: number;
  /** Prefix to strip from the word ("en:" in WikiANN). */
  wordPrefix?: string;
  /** Maps a corpus type to ours, or null for "not a name". */
  mapType?: (type: string) => string | null;
}

const isDocStart = (first: string): boolean => first === '-DOCSTART-';

/** Documents of a column file; a file without -DOCSTART- lines is one document per sentence. */
export function parseColumns(text: string, format: ColumnFormat): LabelledDoc[] {
  const docs: LabelledDoc[] = [];
  let doc: LabelledDoc | null = null;
  let words: string[] = [];
  let tags: string[] = [];
  let sawDocStart = false;
  const flush = (): void => {
    if (!words.length) return;
    const spans = tagsToSpans(tags)
      .map((s) => ({ ...s, type: format.mapType ? format.mapType(s.type) : s.type }))
      .filter((s): s is { start: number; end: number; type: string } => s.type !== null);
    const sentence = { words, tags: spansToTags(spans, words.length, 'IOB2') };
    if (sawDocStart && doc) doc.sentences.push(sentence);
    else docs.push({ sentences: [sentence] });
    words = [];
    tags = [];
  };
  for (const line of text.split(/\r?\n/)) {
    const cols = line.trim().split(/\s+/);
    if (!line.trim()) {
      flush();
      continue;
    }
    if (isDocStart(cols[0])) {
      flush();
      sawDocStart = true;
      doc = { sentences: [] };
      docs.push(doc);
      continue;
    }
    let word = cols[0];
    if (format.wordPrefix && word.startsWith(format.wordPrefix)) word = word.slice(format.wordPrefix.length);
    words.push(word);
    tags.push(cols.length > 1 ? cols[format.tagColumn < 0 ? cols.length + format.tagColumn : format.tagColumn] ?? 'O' : 'O');
  }
  flush();
  return docs.filter((d) => d.sentences.length);
}

/** A CoNLL file split for tagging: its lines as given, and per document the sentences with their line numbers. */
export interface ConllInput {
  lines: string[];
  docs: { words: string[]; lines: number[] }[][];
}

export function splitConll(text: string): ConllInput {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const docs: { words: string[]; lines: number[] }[][] = [[]];
  let sentence: { words: string[]; lines: number[] } = { words: [], lines: [] };
  const flush = (): void => {
    if (sentence.words.length) docs[docs.length - 1].push(sentence);
    sentence = { words: [], lines: [] };
  };
  lines.forEach((line, i) => {
    const first = line.trim().split(/\s+/)[0];
    if (!first) return flush();
    if (isDocStart(first)) {
      flush();
      docs.push([]);
      return;
    }
    sentence.words.push(first);
    sentence.lines.push(i);
  });
  flush();
  return { lines, docs: docs.filter((d) => d.length) };
}

/** The lines of a CoNLL file with each token line's tag appended as a last column. */
export function appendTags(input: ConllInput, tags: string[][][]): string[] {
  const out = [...input.lines];
  input.docs.forEach((doc, d) =>
    doc.forEach((s, k) =>
      s.lines.forEach((line, i) => {
        out[line] = `${out[line].trimEnd()} ${tags[d][k][i]}`;
      }),
    ),
  );
  return out;
}

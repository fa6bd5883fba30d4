// Names in a Doc: every sentence tagged, the document-level pass applied, spans mapped back to character offsets.
import type { Doc } from '../doc.js';
import type { NerLabel } from './labels.js';
import type { NerModel } from './model.js';

export interface NameSpan {
  /** Character offsets into doc.text. */
  start: number;
  end: number;
  /** Token indices into doc.tokens, [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  label: NerLabel;
  /** The model's marginal probability of the span's least certain token (0–1). */
  confidence: number;
}

// The training text (Reuters, VOA) writes straight quotes and apostrophes.
const ASCII: Record<string, string> = { '“': '"', '”': '"', '„': '"', '‘': "'", '’': "'", '–': '-', '—': '--' };
const normalise = (w: string): string => (/[“”„‘’–—]/.test(w) ? w.replace(/[“”„‘’–—]/g, (c) => ASCII[c]) : w);

export function recognizeNames(doc: Doc, model: NerModel): NameSpan[] {
  const sentences = doc.sentences.map((s) => {
    const words: string[] = [];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) words.push(normalise(doc.tokens[i].text));
    return words;
  });
  const found = model.recognize(sentences, { confidence: true });
  const out: NameSpan[] = [];
  found.forEach((spans, k) => {
    const base = doc.sentences[k].tokenStart;
    for (const s of spans) {
      out.push({
        start: doc.tokens[base + s.start].start,
        end: doc.tokens[base + s.end - 1].end,
        tokenStart: base + s.start,
        tokenEnd: base + s.end,
        label: s.type as NerLabel,
        confidence: s.confidence,
      });
    }
  });
  return out;
}

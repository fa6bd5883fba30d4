// Document-level consistency: a name keeps one type through a document. After the sentence-by-sentence pass, the
// mentions of each name vote (weighted by confidence) and the vote relabels the others; later bare occurrences of a
// confidently found name, and the surname of a person found in full, are tagged too.
import type { TagSpan } from './labels.js';

export interface ScoredSpan extends TagSpan {
  confidence: number;
}

export interface ConsistencyOptions {
  /** Relabel a mention whose own confidence is below this to its string's majority type in the document (0: off). */
  vote: number;
  /** Tag untagged occurrences of a name found elsewhere in the document with at least this confidence (0: off). */
  propagate: number;
  /** Tag an untagged or differently tagged single token that is the last word of a person's name found in full. */
  surnames: boolean;
}

export const DEFAULT_CONSISTENCY: ConsistencyOptions = { vote: 0.6, propagate: 0, surnames: true };

const capitalised = /^\p{Lu}/u;

/** Harmonises the spans of a document in place; spans[s] belong to sentence s. */
export function harmonize(sentences: readonly (readonly string[])[], spans: ScoredSpan[][], options: ConsistencyOptions): void {
  const key = (s: number, span: TagSpan): string => sentences[s].slice(span.start, span.end).join(' ');
  const votes = new Map<string, Map<string, number>>();
  const best = new Map<string, number>();
  for (let s = 0; s < spans.length; s++) {
    for (const span of spans[s]) {
      const k = key(s, span);
      const v = votes.get(k) ?? new Map<string, number>();
      v.set(span.type, (v.get(span.type) ?? 0) + span.confidence);
      votes.set(k, v);
      best.set(k, Math.max(best.get(k) ?? 0, span.confidence));
    }
  }
  const winner = new Map<string, string>();
  for (const [k, v] of votes) winner.set(k, [...v].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0]);
  if (options.vote > 0) {
    for (let s = 0; s < spans.length; s++) for (const span of spans[s]) if (span.confidence < options.vote) span.type = winner.get(key(s, span)) ?? span.type;
  }
  // last words of multi-word person names: "Vladimir Putin" → "Putin"
  const surnames = new Map<string, number>();
  if (options.surnames) {
    for (let s = 0; s < spans.length; s++) {
      for (const span of spans[s]) {
        if (span.type !== 'PER' || span.end - span.start < 2) continue;
        const last = sentences[s][span.end - 1];
        if (capitalised.test(last) && last.length > 1) surnames.set(last, Math.max(surnames.get(last) ?? 0, span.confidence));
      }
    }
    for (let s = 0; s < spans.length; s++) {
      for (const span of spans[s]) {
        if (span.end - span.start === 1 && span.type !== 'PER' && surnames.has(sentences[s][span.start])) {
          const k = key(s, span);
          if ((votes.get(k)?.get(span.type) ?? 0) < (surnames.get(sentences[s][span.start]) ?? 0)) span.type = 'PER';
        }
      }
    }
  }
  if (options.propagate <= 0 && !surnames.size) return;
  const names = new Map<string, { tokens: string[]; type: string }>();
  for (const [k, conf] of best) {
    if (options.propagate > 0 && conf >= options.propagate && capitalised.test(k)) names.set(k, { tokens: k.split(' '), type: winner.get(k)! });
  }
  for (const [w] of surnames) if (!names.has(w)) names.set(w, { tokens: [w], type: 'PER' });
  if (!names.size) return;
  const byFirst = new Map<string, { tokens: string[]; type: string }[]>();
  for (const n of names.values()) byFirst.set(n.tokens[0], [...(byFirst.get(n.tokens[0]) ?? []), n]);
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  for (let s = 0; s < sentences.length; s++) {
    const words = sentences[s];
    const taken = new Uint8Array(words.length);
    for (const span of spans[s]) taken.fill(1, span.start, span.end);
    const added: ScoredSpan[] = [];
    for (let i = 0; i < words.length; i++) {
      if (taken[i]) continue;
      const list = byFirst.get(words[i]);
      if (!list) continue;
      for (const n of list) {
        const end = i + n.tokens.length;
        if (end > words.length) continue;
        let ok = true;
        for (let j = 0; j < n.tokens.length && ok; j++) ok = !taken[i + j] && words[i + j] === n.tokens[j];
        // a bare match must stand alone: not glued to a neighbouring capitalised word
        if (ok && end < words.length && capitalised.test(words[end]) && !taken[end]) ok = false;
        if (ok && i > 0 && capitalised.test(words[i - 1]) && !taken[i - 1]) ok = false;
        if (!ok) continue;
        added.push({ start: i, end, type: n.type, confidence: 0.5 });
        taken.fill(1, i, end);
        i = end - 1;
        break;
      }
    }
    if (added.length) spans[s] = [...spans[s], ...added].sort((a, b) => a.start - b.start);
  }
}

// The trained tagger: feature weights in an open-addressing hash table keyed by 32-bit feature hashes, first-order
// transitions, the lexicon (word clusters, gazetteer) the features read, and the document-level pass. Pure: no I/O,
// so it runs in a browser as well as in node.
import { DEFAULT_CONSISTENCY, harmonize, type ConsistencyOptions, type ScoredSpan } from './consistency.js';
import { BOUNDARY_AFTER, BOUNDARY_BEFORE, FeatureExtractor, type DocCase, type Lexicon } from './features.js';
import { spansToTags, transitionMask, type TagScheme } from './labels.js';
import type { Template } from './templates.js';
import { expTransitions, marginals, viterbi } from './viterbi.js';

export interface ModelData {
  scheme: TagScheme;
  labels: string[];
  templates: Template[];
  /** Feature hashes, and their weights row-major [feature][label]. */
  keys: Uint32Array;
  weights: Float32Array;
  /** (L+1)×(L+1) transition weights, start row and end column last. */
  trans: Float64Array;
  lexicon: Lexicon;
  /** Divides scores before forward–backward, so that marginals read as probabilities (fitted on dev). */
  temperature: number;
  consistency: ConsistencyOptions;
  /** Free-form facts about training (data, epochs, scores), kept with the weights. */
  meta: Record<string, unknown>;
}

/** A name found in one sentence, as token indices within it. */
export interface SentenceSpan extends ScoredSpan {
  sentence: number;
}

export class NerModel {
  readonly data: ModelData;
  readonly L: number;
  private readonly extractor: FeatureExtractor;
  /** Open-addressing table, one slot = [key, L weights] side by side, so a lookup touches one cache line. */
  private readonly table: Float32Array;
  private readonly tableKeys: Uint32Array;
  private readonly stride: number;
  private readonly mask: number;
  private readonly trans: Float64Array;
  private readonly expTrans: Float64Array;
  private readonly boundaryScores: [Float32Array, Float32Array];
  private featBuf = new Uint32Array(0);
  private readonly prefix: string[];
  private readonly type: string[];
  private emitBuf = new Float64Array(0);
  private pathBuf = new Int32Array(0);

  constructor(data: ModelData) {
    this.data = data;
    this.L = data.labels.length;
    this.extractor = new FeatureExtractor(data.templates, data.lexicon);
    let cap = 1;
    while (cap < data.keys.length * 1.4) cap <<= 1;
    const L = this.L;
    this.mask = cap - 1;
    this.stride = L + 1;
    this.table = new Float32Array(cap * this.stride);
    this.tableKeys = new Uint32Array(this.table.buffer);
    for (let r = 0; r < data.keys.length; r++) {
      let s = data.keys[r] & this.mask;
      while (this.tableKeys[s * this.stride] !== 0) s = (s + 1) & this.mask;
      this.tableKeys[s * this.stride] = data.keys[r];
      for (let l = 0; l < L; l++) this.table[s * this.stride + 1 + l] = data.weights[r * L + l];
    }
    const allowed = transitionMask(data.labels);
    this.trans = new Float64Array(data.trans.length);
    for (let k = 0; k < data.trans.length; k++) this.trans[k] = allowed[k] ? data.trans[k] : -Infinity;
    this.expTrans = expTransitions(this.trans, data.temperature);
    this.prefix = data.labels.map((l) => l[0]);
    this.type = data.labels.map((l) => l.slice(2));
    this.featBuf = new Uint32Array(data.templates.length);
    this.boundaryScores = [this.scoresOf(BOUNDARY_BEFORE), this.scoresOf(BOUNDARY_AFTER)];
  }

  get featureCount(): number {
    return this.data.keys.length;
  }

  /** Adds the weights of feature `key` to out[at..at+L). */
  private add(key: number, out: Float32Array | Float64Array, at: number): void {
    const keys = this.tableKeys;
    const mask = this.mask;
    const stride = this.stride;
    let s = key & mask;
    let k: number;
    while ((k = keys[s * stride]) !== 0 && k !== key) s = (s + 1) & mask;
    if (k === 0) return;
    const L = this.L;
    const w = this.table;
    const r = s * stride + 1;
    for (let l = 0; l < L; l++) out[at + l] += w[r + l];
  }

  private scoresOf(form: string | typeof BOUNDARY_BEFORE | typeof BOUNDARY_AFTER): Float32Array {
    const offsets = this.extractor.unigramOffsets;
    const out = new Float32Array(offsets.length * this.L);
    for (let k = 0; k < offsets.length; k++) {
      const count = this.extractor.unigramKeys(form, k, this.featBuf);
      for (let f = 0; f < count; f++) this.add(this.featBuf[f], out, k * this.L);
    }
    return out;
  }

  /** Label scores of every token of a sentence, row-major [token][label]: cached per-form sums for the one-token
   * templates, plus the context templates feature by feature. */
  private emissions(words: readonly string[], doc: DocCase | null): Float64Array {
    const n = words.length;
    const L = this.L;
    if (this.emitBuf.length < n * L) this.emitBuf = new Float64Array(n * L * 2);
    const emit = this.emitBuf;
    emit.fill(0, 0, n * L);
    const offsets = this.extractor.unigramOffsets;
    const entries = words.map((w) => this.extractor.word(w));
    for (let j = 0; j < n; j++) {
      // per form, the summed weights of its one-token templates at each offset: [offset][label]
      const s = (entries[j].scores ??= this.scoresOf(words[j]));
      for (let k = 0; k < offsets.length; k++) {
        const i = j - offsets[k];
        if (i < 0 || i >= n) continue;
        const o = i * L;
        const b = k * L;
        for (let l = 0; l < L; l++) emit[o + l] += s[b + l];
      }
    }
    // boundaries: token i looks at offset o beyond the sentence
    for (let k = 0; k < offsets.length; k++) {
      const o = offsets[k];
      const b = k * L;
      for (let i = 0; i < n; i++) {
        const j = i + o;
        if (j >= 0 && j < n) continue;
        const s = this.boundaryScores[j < 0 ? 0 : 1];
        for (let l = 0; l < L; l++) emit[i * L + l] += s[b + l];
      }
    }
    const attrs = this.extractor.sentenceAttributes(words, doc, entries);
    for (let i = 0; i < n; i++) {
      const count = this.extractor.contextFeatures(attrs, n, i, this.featBuf);
      for (let f = 0; f < count; f++) this.add(this.featBuf[f], emit, i * L);
    }
    return emit;
  }

  /** Spans of the decoded path (the same reading as tagsToSpans, without strings). */
  private pathSpans(n: number): ScoredSpan[] {
    const out: ScoredSpan[] = [];
    let start = -1;
    let type = '';
    for (let i = 0; i <= n; i++) {
      const p = i < n ? this.prefix[this.pathBuf[i]] : 'O';
      const t = i < n ? this.type[this.pathBuf[i]] : '';
      if (type && (p === 'O' || p === 'B' || p === 'U' || t !== type)) {
        out.push({ start, end: i, type, confidence: 1 });
        type = '';
      }
      if (p === 'O') continue;
      if (!type) {
        start = i;
        type = t;
      }
      if (p === 'L' || p === 'U') {
        out.push({ start, end: i + 1, type, confidence: 1 });
        type = '';
      }
    }
    return out;
  }

  private decode(words: readonly string[], doc: DocCase | null, withConfidence: boolean): ScoredSpan[] {
    const n = words.length;
    if (!n) return [];
    const emit = this.emissions(words, doc);
    if (this.pathBuf.length < n) this.pathBuf = new Int32Array(n * 2);
    viterbi(emit, n, this.L, this.trans, this.pathBuf);
    const spans = this.pathSpans(n);
    if (!withConfidence) return spans;
    const m = marginals(emit, n, this.L, this.expTrans, this.data.temperature);
    for (const s of spans) {
      let c = 1;
      for (let i = s.start; i < s.end; i++) c = Math.min(c, m[i * this.L + this.pathBuf[i]]);
      s.confidence = c;
    }
    return spans;
  }

  /** Names in the sentences of one document, with the document-level pass; confidences from forward–backward. */
  recognize(sentences: readonly (readonly string[])[], options: { confidence?: boolean; consistency?: ConsistencyOptions } = {}): SentenceSpan[][] {
    const consistency = options.consistency ?? this.data.consistency ?? DEFAULT_CONSISTENCY;
    const needConfidence = options.confidence ?? true;
    const doc = this.extractor.docCase(sentences);
    let spans: ScoredSpan[][];
    if (needConfidence || consistency.propagate > 0) spans = sentences.map((words) => this.decode(words, doc, true));
    else {
      spans = sentences.map((words) => this.decode(words, doc, false));
      // the vote and the surname rule read confidences only where one string got two types (or a person's surname
      // stands alone with another type): compute them for those sentences alone; the result is the same
      if (consistency.vote > 0 || consistency.surnames) {
        const types = new Map<string, string>();
        const conflicted = new Set<string>();
        const key = (k: number, span: ScoredSpan): string => sentences[k].slice(span.start, span.end).join(' ');
        spans.forEach((list, k) =>
          list.forEach((span) => {
            const name = key(k, span);
            const t = types.get(name);
            if (t === undefined) types.set(name, span.type);
            else if (t !== span.type) conflicted.add(name);
          }),
        );
        if (consistency.surnames) {
          const fullNames = new Map<string, string[]>();
          spans.forEach((list, k) =>
            list.forEach((span) => {
              if (span.type !== 'PER' || span.end - span.start < 2) return;
              const last = sentences[k][span.end - 1];
              fullNames.set(last, [...(fullNames.get(last) ?? []), key(k, span)]);
            }),
          );
          spans.forEach((list, k) =>
            list.forEach((span) => {
              const full = span.end - span.start === 1 && span.type !== 'PER' ? fullNames.get(sentences[k][span.start]) : undefined;
              if (!full) return;
              conflicted.add(sentences[k][span.start]);
              for (const f of full) conflicted.add(f);
            }),
          );
        }
        if (conflicted.size) {
          spans.forEach((list, k) => {
            if (list.some((span) => conflicted.has(key(k, span)))) spans[k] = this.decode(sentences[k], doc, true);
          });
        }
      }
    }
    harmonize(sentences, spans, consistency);
    return spans.map((list, sentence) => list.map((s) => ({ ...s, sentence })));
  }

  /** IOB2 tags for the sentences of one document. */
  tagDocument(sentences: readonly (readonly string[])[], options: { consistency?: ConsistencyOptions } = {}): string[][] {
    const spans = this.recognize(sentences, { confidence: false, consistency: options.consistency });
    return sentences.map((words, s) => spansToTags(spans[s], words.length, 'IOB2'));
  }

  /** IOB2 tags for one sentence (no document context). */
  tag(words: readonly string[]): string[] {
    return this.tagDocument([words])[0];
  }
}

// Token attributes and the feature keys the templates make of them. Attributes of a word form depend only on the
// form and the lexicon (clusters), so they are cached; gazetteer, position and document attributes are computed per
// sentence. A feature key is a 32-bit hash of the template and its attribute values; 0 means "no feature".
import { lowerKey } from '../tokenize.js';
import type { Gazetteer } from './gazetteer.js';
import { hashString, mix } from './hash.js';
import { ATTRIBUTES, type Attribute, type Template } from './templates.js';

export interface Lexicon {
  /** Word form → leaf of the cluster tree, a number written in base `clusterBranching` with `clusterLevels` digits. */
  clusters: ReadonlyMap<string, number>;
  clusterBranching: number;
  clusterLevels: number;
  gazetteer: Gazetteer;
}

const A = ATTRIBUTES.length;
const ATTR = Object.fromEntries(ATTRIBUTES.map((a, i) => [a, i])) as Record<Attribute, number>;
const BEFORE = hashString('<s>');
const AFTER = hashString('</s>');
const CACHE_LIMIT = 200_000;
export const BOUNDARY_BEFORE = Symbol('before');
export const BOUNDARY_AFTER = Symbol('after');

/** Longer words are shaped by their first and last SHAPED_END characters: no name is that long, and shaping a
 * megabyte-long "word" character by character would cost more than the rest of its sentence. */
const SHAPED_END = 32;

/** Shape: X for upper case, x for lower case, d for digits, other characters as they are. */
export function wordShape(word: string, maxRun: number): string {
  if (word.length > 2 * SHAPED_END) return wordShape(word.slice(0, SHAPED_END), maxRun) + wordShape(word.slice(-SHAPED_END), maxRun);
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{L}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= maxRun) out += c;
  }
  return out;
}

const isUpper = (w: string): boolean => /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);
/** Attributes that depend on the word form alone (the rest depend on the sentence or the document). */
const WORD_ATTRIBUTES: ReadonlySet<Attribute> = new Set<Attribute>([
  'form', 'lower', 'shape', 'shapeLong', 'p1', 'p2', 'p3', 'p4', 's1', 's2', 's3', 's4', 's5', 'c1', 'c2', 'c3',
  'hyphenHead', 'hyphenTail',
]);
const UPPER = 1;
const STARTS_UPPER = 2;
const LETTERED = 4;
const STARTS_LOWER = 8;

/** What is cached per word form. */
export interface WordEntry {
  attrs: Uint32Array;
  lower: string;
  flags: number;
  /** Room for the model's summed weights of this form's one-token templates, filled on first use. */
  scores: Float32Array | null;
}
const startsUpper = (w: string): boolean => /^\p{Lu}/u.test(w);
const titleCase = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** Per document: how each lower-cased word is written elsewhere in it. */
export interface DocCase {
  lower: Map<string, number>;
  capitalMid: Map<string, number>;
}

interface Compiled {
  seed: number;
  offsets: Int32Array;
  attrs: Int32Array;
}

export class FeatureExtractor {
  readonly templates: readonly Template[];
  readonly maxFeatures: number;
  private readonly compiled: Compiled[];
  private readonly cache = new Map<string, WordEntry>();
  /** Offsets that templates over one token's form attributes look at, and those templates per offset. */
  readonly unigramOffsets: readonly number[];
  private readonly unigrams: Compiled[][];
  private readonly others: Compiled[];
  private gazBuffer = new Uint32Array(64);
  private attrBuffer = new Uint32Array(0);

  constructor(templates: readonly Template[], readonly lexicon: Lexicon) {
    this.templates = templates;
    this.maxFeatures = templates.length;
    this.compiled = templates.map((t) => {
      for (const [, a] of t.parts) if (!(a in ATTR)) throw new Error(`unknown attribute ${a} in template ${t.name}`);
      return {
        seed: hashString(t.name),
        offsets: Int32Array.from(t.parts.map((p) => p[0])),
        attrs: Int32Array.from(t.parts.map((p) => ATTR[p[1]])),
      };
    });
    const isUnigram = (t: Template): boolean => t.parts.length > 0 && t.parts.every((p) => p[0] === t.parts[0][0] && WORD_ATTRIBUTES.has(p[1]));
    this.unigramOffsets = [...new Set(templates.filter(isUnigram).map((t) => t.parts[0][0]))].sort((a, b) => a - b);
    this.unigrams = this.unigramOffsets.map((o) => this.compiled.filter((_, k) => isUnigram(templates[k]) && templates[k].parts[0][0] === o));
    this.others = this.compiled.filter((_, k) => !isUnigram(templates[k]));
  }

  /** How each word of a document is written: in lower case anywhere, capitalised (not all caps) inside a sentence. */
  docCase(sentences: readonly (readonly string[])[]): DocCase {
    const lower = new Map<string, number>();
    const capitalMid = new Map<string, number>();
    for (const words of sentences) {
      for (let i = 0; i < words.length; i++) {
        const w = words[i];
        const e = this.word(w);
        if (e.flags & STARTS_LOWER) lower.set(w, (lower.get(w) ?? 0) + 1);
        else if (i > 0 && e.flags & STARTS_UPPER && !(e.flags & UPPER)) capitalMid.set(e.lower, (capitalMid.get(e.lower) ?? 0) + 1);
      }
    }
    return { lower, capitalMid };
  }

  /** Keys of the one-token form templates at unigramOffsets[k] for a word form (or a sentence boundary). */
  unigramKeys(form: string | typeof BOUNDARY_BEFORE | typeof BOUNDARY_AFTER, k: number, out: Uint32Array): number {
    const attrs = typeof form === 'string' ? this.word(form).attrs : null;
    const fixed = form === BOUNDARY_BEFORE ? BEFORE : AFTER;
    let at = 0;
    for (const c of this.unigrams[k]) {
      let h = c.seed;
      let ok = true;
      for (let p = 0; p < c.attrs.length; p++) {
        const v = attrs ? attrs[c.attrs[p]] : fixed;
        if (v === 0) {
          ok = false;
          break;
        }
        h = mix(h, v);
      }
      if (ok) out[at++] = h;
    }
    return at;
  }

  /** Keys of the templates that are not one-token form templates, for token i. */
  contextFeatures(attrs: Uint32Array, n: number, i: number, out: Uint32Array): number {
    return this.run(this.others, attrs, n, i, out, 0);
  }

  /** Attributes that depend on the form alone, cached. */
  word(form: string): WordEntry {
    let e = this.cache.get(form);
    if (e) return e;
    const a = new Uint32Array(A);
    const lower = lowerKey(form);
    a[ATTR.form] = hashString(form);
    a[ATTR.lower] = hashString(lower);
    a[ATTR.shape] = hashString(wordShape(form, 1));
    a[ATTR.shapeLong] = hashString(wordShape(form, 4));
    const p = ['p1', 'p2', 'p3', 'p4'] as const;
    const s = ['s1', 's2', 's3', 's4', 's5'] as const;
    for (let n = 1; n <= 4; n++) if (lower.length >= n) a[ATTR[p[n - 1]]] = hashString(lower.slice(0, n));
    for (let n = 1; n <= 5; n++) if (lower.length >= n) a[ATTR[s[n - 1]]] = hashString(lower.slice(-n));
    const { clusters, clusterBranching: k, clusterLevels: levels } = this.lexicon;
    const leaf = clusters.get(form) ?? clusters.get(titleCase(lower)) ?? clusters.get(lower);
    if (leaf !== undefined) {
      const level = [ATTR.c1, ATTR.c2, ATTR.c3];
      for (let l = 0; l < Math.min(levels, 3); l++) a[level[l]] = mix(l + 1, Math.floor(leaf / k ** (levels - 1 - l)) + 1);
    }
    const dash = form.indexOf('-');
    if (dash > 0 && dash < form.length - 1) {
      a[ATTR.hyphenHead] = hashString(lower.slice(0, dash));
      a[ATTR.hyphenTail] = hashString(lower.slice(lower.lastIndexOf('-') + 1));
    }
    const flags = (isUpper(form) ? UPPER : 0) | (startsUpper(form) ? STARTS_UPPER : 0) | (form.length > 1 && /\p{L}/u.test(form) ? LETTERED : 0) | (/^\p{Ll}/u.test(form) ? STARTS_LOWER : 0);
    e = { attrs: a, lower, flags, scores: null };
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(form, e);
    return e;
  }

  /** Attributes of every token of a sentence, row-major [token][attribute]; the buffer is reused by the next call. */
  sentenceAttributes(words: readonly string[], doc: DocCase | null, entries: readonly WordEntry[] = words.map((w) => this.word(w))): Uint32Array {
    const n = words.length;
    if (this.attrBuffer.length < n * A) this.attrBuffer = new Uint32Array(n * A * 2);
    const out = this.attrBuffer;
    if (this.gazBuffer.length < n) this.gazBuffer = new Uint32Array(n * 2);
    const lowers = entries.map((e) => e.lower);
    const gaz = this.lexicon.gazetteer.match(lowers, this.gazBuffer);
    let letters = 0;
    let upper = 0;
    for (const e of entries) {
      if (e.flags & LETTERED) {
        letters++;
        if (e.flags & UPPER) upper++;
      }
    }
    const sentCaps = letters >= 2 && upper / letters >= 0.8 ? 1 : 0;
    for (let i = 0; i < n; i++) {
      const e = entries[i];
      out.set(e.attrs, i * A);
      const row = i * A;
      if (gaz[i]) out[row + ATTR.gaz] = mix(7, gaz[i]);
      out[row + ATTR.first] = i === 0 ? 11 : 0;
      out[row + ATTR.sentCaps] = sentCaps ? 13 : 0;
      if (doc && e.flags & STARTS_UPPER) {
        const k = lowers[i];
        const lowerSeen = (doc.lower.get(k) ?? 0) > 0 ? 1 : 0;
        const selfMid = i > 0 && !(e.flags & UPPER) ? 1 : 0;
        const capSeen = (doc.capitalMid.get(k) ?? 0) - selfMid > 0 ? 2 : 0;
        out[row + ATTR.docCase] = mix(17, 1 + lowerSeen + capSeen);
      }
    }
    return out;
  }

  /** Feature keys of token i into `out` from offset `at`; returns the new offset. */
  features(attrs: Uint32Array, n: number, i: number, out: Uint32Array, at: number): number {
    return this.run(this.compiled, attrs, n, i, out, at);
  }

  private run(compiled: readonly Compiled[], attrs: Uint32Array, n: number, i: number, out: Uint32Array, at: number): number {
    for (let t = 0; t < compiled.length; t++) {
      const c = compiled[t];
      let h = c.seed;
      let ok = true;
      for (let p = 0; p < c.offsets.length; p++) {
        const j = i + c.offsets[p];
        const v = j < 0 ? BEFORE : j >= n ? AFTER : attrs[j * A + c.attrs[p]];
        if (v === 0) {
          ok = false;
          break;
        }
        h = mix(h, v);
      }
      if (ok) out[at++] = h;
    }
    return at;
  }
}

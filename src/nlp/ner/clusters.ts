// Word clusters induced from unlabelled text, standing in for Brown clusters: each frequent word form gets a vector
// of its left and right neighbours (two positions each side; rare neighbours fold into shape classes), weighted by
// positive PMI, reduced by a seeded random projection, then split by spherical k-means into a tree
// (`branching` children per node, `levels` deep). A word's leaf number, read digit by digit, gives its path, so
// features can use coarse or fine clusters as Brown-cluster prefixes do.
import { rng } from './hash.js';

export interface ClusterOptions {
  minCount: number;
  maxWords: number;
  contextWords: number;
  dims: number;
  branching: number;
  levels: number;
  iterations: number;
  seed: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  minCount: 3, maxWords: 80_000, contextWords: 2000, dims: 160, branching: 16, levels: 3, iterations: 12, seed: 1,
};

const OFFSETS = [-2, -1, 1, 2];

function shapeClass(w: string): number {
  if (/^\p{Lu}/u.test(w)) return 0;
  if (/^\p{Ll}/u.test(w)) return 1;
  if (/^\p{N}/u.test(w)) return 2;
  return 3;
}

export function induceClusters(sentences: Iterable<readonly string[]>, options: Partial<ClusterOptions> = {}): Map<string, number> {
  const o = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
  const all: (readonly string[])[] = [];
  const freq = new Map<string, number>();
  for (const s of sentences) {
    all.push(s);
    for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  }
  const ranked = [...freq].filter(([, c]) => c >= o.minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocab = ranked.slice(0, o.maxWords).map(([w]) => w);
  const wordIndex = new Map(vocab.map((w, i) => [w, i]));
  const contextIndex = new Map(vocab.slice(0, o.contextWords).map((w, i) => [w, i]));
  const C = o.contextWords + 6; // + 4 shape classes + sentence start and end
  const ctxOf = (s: readonly string[], j: number): number => {
    if (j < 0) return o.contextWords + 4;
    if (j >= s.length) return o.contextWords + 5;
    return contextIndex.get(s[j]) ?? o.contextWords + shapeClass(s[j]);
  };
  // co-occurrence counts per word: context id (position block * C + context) → count
  const counts: Map<number, number>[] = vocab.map(() => new Map());
  const ctxTotals = new Float64Array(OFFSETS.length * C);
  for (const s of all) {
    for (let i = 0; i < s.length; i++) {
      const w = wordIndex.get(s[i]);
      if (w === undefined) continue;
      const m = counts[w];
      for (let k = 0; k < OFFSETS.length; k++) {
        const c = k * C + ctxOf(s, i + OFFSETS[k]);
        m.set(c, (m.get(c) ?? 0) + 1);
        ctxTotals[c]++;
      }
    }
  }
  // context distribution smoothing (Levy et al. 2015)
  let smoothedTotal = 0;
  const smoothed = new Float64Array(ctxTotals.length);
  for (let c = 0; c < ctxTotals.length; c++) smoothedTotal += smoothed[c] = ctxTotals[c] ** 0.75;
  const random = rng(o.seed);
  const D = o.dims;
  const projection = new Float32Array(ctxTotals.length * D);
  for (let k = 0; k < projection.length; k++) projection[k] = random() < 0.5 ? -1 : 1;
  const vectors = new Float32Array(vocab.length * D);
  for (let w = 0; w < vocab.length; w++) {
    let total = 0;
    for (const v of counts[w].values()) total += v;
    const row = w * D;
    for (const [c, n] of counts[w]) {
      const pmi = Math.log((n / total) / (smoothed[c] / smoothedTotal));
      if (pmi <= 0) continue;
      const p = c * D;
      for (let d = 0; d < D; d++) vectors[row + d] += pmi * projection[p + d];
    }
    normalise(vectors, row, D);
  }
  const leaf = new Uint32Array(vocab.length);
  const split = (members: Int32Array, level: number, prefix: number): void => {
    if (level === o.levels) {
      for (const m of members) leaf[m] = prefix;
      return;
    }
    const assign = kmeans(vectors, D, members, o.branching, o.iterations, random);
    for (let k = 0; k < o.branching; k++) {
      const sub = members.filter((_, i) => assign[i] === k);
      split(sub, level + 1, prefix * o.branching + k);
    }
  };
  split(Int32Array.from(vocab.keys()), 0, 0);
  return new Map(vocab.map((w, i) => [w, leaf[i]]));
}

function normalise(v: Float32Array, at: number, D: number): void {
  let s = 0;
  for (let d = 0; d < D; d++) s += v[at + d] * v[at + d];
  const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
  for (let d = 0; d < D; d++) v[at + d] *= inv;
}

/** Spherical k-means with k-means++ seeding; returns the cluster of each member (empty clusters stay empty). */
function kmeans(vectors: Float32Array, D: number, members: Int32Array, k: number, iterations: number, random: () => number): Int32Array {
  const n = members.length;
  const assign = new Int32Array(n);
  if (n <= k) {
    for (let i = 0; i < n; i++) assign[i] = i;
    return assign;
  }
  const centres = new Float32Array(k * D);
  const dot = (m: number, c: number): number => {
    let s = 0;
    const a = m * D;
    const b = c * D;
    for (let d = 0; d < D; d++) s += vectors[a + d] * centres[b + d];
    return s;
  };
  // k-means++ on cosine distance
  const dist = new Float64Array(n).fill(Infinity);
  let chosen = members[Math.floor(random() * n)];
  for (let c = 0; c < k; c++) {
    centres.set(vectors.subarray(chosen * D, chosen * D + D), c * D);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const d = Math.max(0, 1 - dot(members[i], c));
      if (d < dist[i]) dist[i] = d;
      total += dist[i] * dist[i];
    }
    let r = random() * total;
    chosen = members[n - 1];
    for (let i = 0; i < n; i++) {
      r -= dist[i] * dist[i];
      if (r <= 0) {
        chosen = members[i];
        break;
      }
    }
  }
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let best = -Infinity;
      let arg = 0;
      for (let c = 0; c < k; c++) {
        const s = dot(members[i], c);
        if (s > best) {
          best = s;
          arg = c;
        }
      }
      if (assign[i] !== arg || it === 0) moved++;
      assign[i] = arg;
    }
    centres.fill(0);
    for (let i = 0; i < n; i++) {
      const a = members[i] * D;
      const b = assign[i] * D;
      for (let d = 0; d < D; d++) centres[b + d] += vectors[a + d];
    }
    for (let c = 0; c < k; c++) normalise(centres, c * D, D);
    if (!moved) break;
  }
  return assign;
}

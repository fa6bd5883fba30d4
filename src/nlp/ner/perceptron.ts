// Averaged structured perceptron (Collins 2002) over first-order label sequences. Features arrive as row indices
// into a weight matrix [row][label]; averaging uses the "w - u/c" trick (Daumé), so an update costs the same as
// in the plain perceptron. Partially labelled sentences (a corpus without MISC) train against the best sequence
// that agrees with what they do say (a latent-variable perceptron).
import { viterbi } from './viterbi.js';

export interface TrainSentence {
  /** Feature rows of all tokens, token i's rows in rows[start[i]..start[i+1]). */
  rows: Int32Array;
  start: Int32Array;
  /** Gold label per token, or -1 where only `allowed` constrains it. */
  gold: Int32Array;
  /** Per token a bit mask of the labels compatible with the annotation, for partial annotation; null when full. */
  allowed: Uint32Array | null;
}

export class Perceptron {
  readonly L: number;
  weights: Float32Array;
  private sums: Float64Array;
  readonly trans: Float64Array;
  private transSums: Float64Array;
  private readonly mask: Uint8Array;
  private c = 1;
  private emitBuf = new Float64Array(0);
  private pred = new Int32Array(0);
  private target = new Int32Array(0);

  constructor(L: number, rows: number, mask: Uint8Array) {
    this.L = L;
    this.weights = new Float32Array(rows * L);
    this.sums = new Float64Array(rows * L);
    this.trans = new Float64Array((L + 1) * (L + 1));
    this.transSums = new Float64Array((L + 1) * (L + 1));
    this.mask = mask;
  }

  /** Transition scores with disallowed moves at -Infinity. */
  static effectiveTransitions(trans: Float64Array, mask: Uint8Array): Float64Array {
    const out = new Float64Array(trans.length);
    for (let k = 0; k < trans.length; k++) out[k] = mask[k] ? trans[k] : -Infinity;
    return out;
  }

  static emissions(weights: Float32Array, L: number, s: TrainSentence, out: Float64Array): void {
    const n = s.gold.length;
    out.fill(0, 0, n * L);
    for (let i = 0; i < n; i++) {
      const o = i * L;
      for (let k = s.start[i]; k < s.start[i + 1]; k++) {
        const r = s.rows[k] * L;
        for (let l = 0; l < L; l++) out[o + l] += weights[r + l];
      }
    }
  }

  /** One pass over the sentences in the given order; returns the number of sentences with a mistake. */
  epoch(sentences: readonly TrainSentence[], order: readonly number[]): number {
    const L = this.L;
    const W = L + 1;
    let mistakes = 0;
    for (const idx of order) {
      const s = sentences[idx];
      const n = s.gold.length;
      if (!n) continue;
      if (this.emitBuf.length < n * L) {
        this.emitBuf = new Float64Array(n * L * 2);
        this.pred = new Int32Array(n * 2);
        this.target = new Int32Array(n * 2);
      }
      const trans = Perceptron.effectiveTransitions(this.trans, this.mask);
      Perceptron.emissions(this.weights, L, s, this.emitBuf);
      viterbi(this.emitBuf, n, L, trans, this.pred);
      const target = this.target;
      if (s.allowed) viterbi(this.emitBuf, n, L, trans, target, s.allowed);
      else target.set(s.gold);
      let wrong = false;
      for (let i = 0; i < n; i++) {
        const g = target[i];
        const p = this.pred[i];
        const gPrev = i === 0 ? L : target[i - 1];
        const pPrev = i === 0 ? L : this.pred[i - 1];
        if (g !== p) {
          wrong = true;
          for (let k = s.start[i]; k < s.start[i + 1]; k++) {
            const r = s.rows[k] * L;
            this.bump(r + g, 1);
            this.bump(r + p, -1);
          }
        }
        if (g !== p || gPrev !== pPrev) {
          this.bumpTrans(gPrev * W + g, 1);
          this.bumpTrans(pPrev * W + p, -1);
        }
      }
      if (target[n - 1] !== this.pred[n - 1]) {
        this.bumpTrans(target[n - 1] * W + L, 1);
        this.bumpTrans(this.pred[n - 1] * W + L, -1);
      }
      if (wrong) mistakes++;
      this.c++;
    }
    return mistakes;
  }

  private bump(k: number, d: number): void {
    this.weights[k] += d;
    this.sums[k] += this.c * d;
  }

  private bumpTrans(k: number, d: number): void {
    this.trans[k] += d;
    this.transSums[k] += this.c * d;
  }

  /** The averaged weights and transitions. */
  averaged(): { weights: Float32Array; trans: Float64Array } {
    const weights = new Float32Array(this.weights.length);
    for (let k = 0; k < weights.length; k++) weights[k] = this.weights[k] - this.sums[k] / this.c;
    const trans = new Float64Array(this.trans.length);
    for (let k = 0; k < trans.length; k++) trans[k] = this.trans[k] - this.transSums[k] / this.c;
    return { weights, trans };
  }
}

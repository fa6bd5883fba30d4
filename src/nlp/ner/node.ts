// The node side of loading: the committed weights file, read once and kept. Paths resolve from this module's URL,
// so they work from any working directory.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describeError, SidelinesError, unavailable } from '../../errors.js';
import { loadNerModel } from './format.js';
import type { NerModel } from './model.js';

/** The package root: this file is dist/src/nlp/ner/node.js. */
export const packageRoot = (): string => fileURLToPath(new URL('../../../../', import.meta.url));

export const defaultModelPath = (): string => join(packageRoot(), 'models', 'ner-en.bin');

/** Reads a weights file; a missing, unreadable or corrupt file throws SidelinesError('unavailable') naming it. */
export function loadNerModelFile(path: string): NerModel {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw unavailable(path, code === 'ENOENT' ? 'NER weights file not found (run `sidelines train ner`)' : `cannot read NER weights file (${code ?? String(err)})`);
  }
  try {
    bytes = gunzipSync(bytes); // native inflate: about three times faster than the pure-JS one
  } catch {
    // leave the bytes as they are: loadNerModel says what is wrong with them
  }
  return loadNerModel(bytes, path);
}

let cached: { path: string; model: NerModel; loadMs: number } | null = null;

/** The committed model, loaded on first use and kept; throws SidelinesError('unavailable') when it cannot load. */
export function loadDefaultNerModel(): NerModel {
  const path = defaultModelPath();
  if (cached?.path === path) return cached.model;
  const t0 = performance.now();
  const model = loadNerModelFile(path);
  cached = { path, model, loadMs: performance.now() - t0 };
  return model;
}

/** Milliseconds the default model took to load, or null before it was loaded. */
export const defaultNerModelLoadMs = (): number | null => cached?.loadMs ?? null;

export type NerModelOrWarning = { model: NerModel; warning: null } | { model: null; warning: string };

const failures = new Map<string, string>();

/** For the pipeline's fallback: the model, or null and a one-line warning when it cannot load (a missing or
 * corrupt file); the failure is remembered, so a batch of articles reads the file once. Other errors still throw. */
export function tryLoadNerModel(path: string = defaultModelPath()): NerModelOrWarning {
  const failed = failures.get(path);
  if (failed) return { model: null, warning: failed };
  try {
    return { model: path === defaultModelPath() ? loadDefaultNerModel() : loadNerModelFile(path), warning: null };
  } catch (err) {
    if (!(err instanceof SidelinesError) || err.kind !== 'unavailable') throw err;
    const warning = `named-entity model not loaded, names come from rules and tables only: ${describeError(err)}`;
    failures.set(path, warning);
    return { model: null, warning };
  }
}

// The extraction pipeline: a list of named components, each reading and annotating one Analysis, in the spirit of
// spaCy's nlp.pipe_names. A component can be tested alone on a hand-made Analysis.
import type { Doc } from '../nlp/doc.js';
import { tokenize } from '../nlp/tokenize.js';
import type { Entity, Event, Statement } from './types.js';

export interface Analysis {
  doc: Doc;
  /** Publication date YYYY-MM-DD, or null. */
  published: string | null;
  entities: Entity[];
  events: Event[];
  statements: Statement[];
  warnings: string[];
}

export interface Component {
  name: string;
  run(analysis: Analysis): void;
}

export interface AnalyzeOptions {
  published?: string | null;
  /** Offset where the body starts (after a dateline). */
  bodyStart?: number;
  /** Text of the same length with markup blanked out. */
  scanText?: string;
}

export const COMPONENTS: readonly Component[] = [];

export function analyze(text: string, options: AnalyzeOptions = {}, components: readonly Component[] = COMPONENTS): Analysis {
  const doc = tokenize(text, { from: options.bodyStart, scanText: options.scanText });
  const analysis: Analysis = { doc, published: options.published ?? null, entities: [], events: [], statements: [], warnings: [] };
  if (!analysis.published) analysis.warnings.push('no publication date: relative dates are left unresolved');
  for (const component of components) component.run(analysis);
  return analysis;
}

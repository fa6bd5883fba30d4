// The extraction pipeline: a list of named components, each reading and annotating one Analysis, in the spirit of
// spaCy's nlp.pipe_names. A component can be run alone on a hand-made Analysis.
import type { Doc } from '../nlp/doc.js';
import { recognizeNames, type NameSpan, type NerModel } from '../nlp/ner/browser.js';
import { tokenize } from '../nlp/tokenize.js';
import { findDates, type DateMention } from '../nlp/dates.js';
import { buildEntities, type EntityStage } from './entities.js';
import { findEvents } from './events.js';
import { findStatements } from './statements.js';
import type { Entity, Event, Statement } from './types.js';

export interface Analysis {
  doc: Doc;
  /** Publication date YYYY-MM-DD, or null. */
  published: string | null;
  /** Names the NER model found (empty without a model). */
  names: NameSpan[];
  /** Resolved mentions by token, for the stages after entities. */
  stage?: EntityStage;
  dates: DateMention[];
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
  /** The NER model, or a function giving it or the warning why there is none (extraction then goes on with
   * rules and tables, and the warning is reported). */
  ner?: NerModel | (() => { model: NerModel | null; warning: string | null }) | null;
}

const nerComponent = (source: AnalyzeOptions['ner']): Component => ({
  name: 'ner',
  run(a) {
    if (!source) return;
    const { model, warning } = typeof source === 'function' ? source() : { model: source, warning: null };
    if (warning) a.warnings.push(warning);
    if (model) a.names = recognizeNames(a.doc, model);
  },
});

/** The stages after the model, in order. */
export const COMPONENTS: readonly Component[] = [
  { name: 'entities', run: (a) => { a.stage = buildEntities(a.doc, a.names); a.entities = a.stage.entities; } },
  { name: 'dates', run: (a) => { a.dates = findDates(a.doc, a.published); } },
  { name: 'statements', run: (a) => { a.statements = findStatements(a); } },
  { name: 'events', run: (a) => { a.events = findEvents(a); } },
];

export const pipeNames = (): string[] => ['tokenize', 'ner', ...COMPONENTS.map((c) => c.name)];

export function analyze(text: string, options: AnalyzeOptions = {}, components: readonly Component[] = COMPONENTS): Analysis {
  const doc = tokenize(text, { from: options.bodyStart, scanText: options.scanText });
  const analysis: Analysis = { doc, published: options.published ?? null, names: [], dates: [], entities: [], events: [], statements: [], warnings: [] };
  if (!analysis.published) analysis.warnings.push('no publication date: relative dates are left unresolved');
  for (const component of [nerComponent(options.ner), ...components]) component.run(analysis);
  return analysis;
}

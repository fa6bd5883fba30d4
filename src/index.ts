// The public surface of the core library: extract() and the output types. Nothing else is public.
import { analyze, type AnalyzeOptions } from './extract/pipeline.js';
import { tryLoadNerModel } from './nlp/ner/node.js';
import type { ExtractionResult } from './extract/types.js';

export type * from './extract/types.js';
export type { Span } from './nlp/doc.js';

/** Options of extract(). `ner` defaults to the committed model, loaded on first use; pass null for rules only. */
export interface ExtractOptions extends AnalyzeOptions {
  title?: string;
  url?: string;
  source?: string;
}

/** Reads one article and returns its entities, events and statements, each with evidence offsets into `text`. */
export function extract(text: string, options: ExtractOptions = {}): ExtractionResult {
  const a = analyze(text, { ner: () => tryLoadNerModel(), ...options });
  return {
    title: options.title,
    published: a.published,
    url: options.url,
    source: options.source,
    entities: a.entities,
    events: a.events,
    statements: a.statements,
    warnings: a.warnings,
  };
}

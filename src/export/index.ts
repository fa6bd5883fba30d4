// Export formats and the one entry point the CLI calls.
import type { Db } from '../store/db.js';
import { eachEvent, type EventFilter } from '../store/queries.js';
import { writeCsv } from './csv.js';
import { writeGdelt } from './gdelt.js';
import { writeGexf, writeGraphml } from './graph.js';
import { writeJsonl } from './jsonl.js';
import { writePlover } from './plover.js';
import type { TextSink } from './sink.js';

export type ExportFormat = 'jsonl' | 'csv' | 'plover' | 'gdelt' | 'graphml' | 'gexf';

/** Writes the events matching `filter`; GDELT also writes its mentions table when `mentions` is given. Returns
 * the number of records (events, GDELT rows, or graph nodes) written. */
export async function exportEvents(db: Db, format: ExportFormat, filter: Omit<EventFilter, 'limit'>, out: TextSink, mentions?: TextSink): Promise<number> {
  const events = eachEvent(db, filter);
  switch (format) {
    case 'jsonl': return writeJsonl(events, out);
    case 'csv': return writeCsv(events, out);
    case 'plover': return writePlover(events, out);
    case 'gdelt': return writeGdelt(db, events, { events: out, mentions });
    case 'graphml': return writeGraphml(events, out);
    case 'gexf': return writeGexf(events, out);
  }
}

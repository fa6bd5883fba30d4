// JSON Lines: every stored field of each event, its actors, every evidence span, and the CAMEO scores.
import { goldsteinOf, quadClassOf } from '../data/cameo.js';
import type { EventRecord } from '../store/queries.js';
import type { TextSink } from './sink.js';

export async function writeJsonl(events: AsyncIterable<EventRecord>, out: TextSink): Promise<number> {
  let n = 0;
  for await (const e of events) {
    await out.write(JSON.stringify({ ...e, quadClass: quadClassOf(e.cameo) ?? null, goldstein: goldsteinOf(e.cameo) ?? null }) + '\n');
    n++;
  }
  return n;
}

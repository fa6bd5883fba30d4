// CSV for spreadsheets, pandas and R: one row per event, actors joined with "; ", the first evidence sentence.
import { stringify } from 'csv-stringify/sync';
import { goldsteinOf, quadClassOf } from '../data/cameo.js';
import type { ActorRef, EventRecord } from '../store/queries.js';
import type { TextSink } from './sink.js';

const COLUMNS = [
  'event_id', 'date_start', 'date_end', 'type', 'mode', 'cameo', 'quad_class', 'goldstein', 'source_actors', 'source_countries',
  'target_actors', 'target_countries', 'participants', 'place', 'place_country', 'occasion', 'topics', 'confidence',
  'source_count', 'evidence_count', 'first_reported', 'last_reported', 'evidence_text', 'evidence_url',
] as const;

const names = (actors: readonly ActorRef[]) => actors.map((a) => a.name).join('; ');
const countries = (actors: readonly ActorRef[]) => [...new Set(actors.map((a) => a.country).filter(Boolean))].join('; ');

export async function writeCsv(events: AsyncIterable<EventRecord>, out: TextSink): Promise<number> {
  await out.write(stringify([COLUMNS as unknown as string[]]));
  let n = 0;
  for await (const e of events) {
    const by = (role: string) => e.actors.filter((a) => a.role === role);
    const first = e.evidence[0];
    const row: Record<(typeof COLUMNS)[number], string | number | null> = {
      event_id: e.id, date_start: e.dateStart, date_end: e.dateEnd, type: e.type, mode: e.mode, cameo: e.cameo,
      quad_class: quadClassOf(e.cameo) ?? null, goldstein: goldsteinOf(e.cameo) ?? null,
      source_actors: names(by('source')), source_countries: countries(by('source')),
      target_actors: names(by('target')), target_countries: countries(by('target')), participants: names(by('participant')),
      place: e.place?.name ?? null, place_country: e.place?.country ?? null, occasion: e.occasion, topics: e.topics.join('; '),
      confidence: Number(e.confidence.toFixed(3)), source_count: e.sourceCount, evidence_count: e.evidence.length,
      first_reported: e.firstReported, last_reported: e.lastReported,
      evidence_text: first ? first.text.replace(/\s+/g, ' ').trim() : null, evidence_url: first ? first.url ?? first.key : null,
    };
    await out.write(stringify([COLUMNS.map((c) => row[c] ?? '')]));
    n++;
  }
  return n;
}

// PLOVER event records (one JSON object per line) with the fields of the PLOVER data format: id, date, actor[],
// recipient[], event, mode, context, event_loc, text, plus event_text and cite_info for every report.
import type { ActorRef, EventRecord } from '../store/queries.js';
import type { TextSink } from './sink.js';

/** A PLOVER actor: the text and, for countries and people of known nationality, the ISO3 code. */
const ploverActor = (a: ActorRef) => ({ actorText: a.name, code: a.country ?? null, kind: a.kind, entity_id: a.id });

export function toPlover(e: EventRecord) {
  const principal = e.actors.filter((a) => a.role !== 'accompanying');
  const recipients = principal.filter((a) => a.role === 'target');
  const first = e.evidence[0];
  return {
    id: `sidelines-${e.id}`,
    date: e.dateStart,
    date_end: e.dateEnd !== e.dateStart ? e.dateEnd : null,
    event: e.type,
    mode: e.mode,
    context: e.topics,
    actor: principal.filter((a) => a.role !== 'target').map(ploverActor),
    recipient: recipients.length ? recipients.map(ploverActor) : null,
    event_loc: e.place ? { name: e.place.name, country: e.place.country, lat: e.place.latitude, lon: e.place.longitude } : null,
    text: first?.text.replace(/\s+/g, ' ').trim() ?? null,
    cameo: e.cameo,
    confidence: e.confidence,
    source_count: e.sourceCount,
    cite_info: e.evidence.map((v) => ({
      url: v.url, title: v.title, source: v.source, published: v.published, document: v.key, start: v.start, end: v.end,
    })),
  };
}

export async function writePlover(events: AsyncIterable<EventRecord>, out: TextSink): Promise<number> {
  let n = 0;
  for await (const e of events) {
    await out.write(JSON.stringify(toPlover(e)) + '\n');
    n++;
  }
  return n;
}

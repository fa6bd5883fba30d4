// Structural checks on an ExtractionResult that hold for any input, however odd: every span lies inside the text
// (and after the dateline), a mention's text is what the span covers, every id an event or statement names exists,
// and every event type is a PLOVER type. Shared by the article corpus and the adversarial tests.
import type { ExtractionResult, Span } from '../../src/index.js';
import { PLOVER_TYPES } from '../../src/extract/types.js';

const ROLES = new Set(['source', 'target', 'participant']);
const KINDS = new Set(['person', 'country', 'organization', 'place']);
const TYPES = new Set<string>(PLOVER_TYPES);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Every problem found, as readable lines; an empty list means the output is well formed. */
export function checkOutput(text: string, result: ExtractionResult, bodyStart = 0): string[] {
  const problems: string[] = [];
  const span = (what: string, s: Span | undefined, from = bodyStart): boolean => {
    if (!s) return false;
    const ok = Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= from && s.start <= s.end && s.end <= text.length;
    if (!ok) problems.push(`${what}: span [${s.start}, ${s.end}) is not inside the text [${from}, ${text.length})`);
    return ok;
  };
  const spanText = (what: string, s: Span & { text: string }): void => {
    if (span(what, s) && text.slice(s.start, s.end) !== s.text) {
      problems.push(`${what}: text ${JSON.stringify(s.text)} but the span covers ${JSON.stringify(text.slice(s.start, s.end))}`);
    }
  };
  const ids = new Set<string>();
  for (const e of result.entities) {
    if (ids.has(e.id)) problems.push(`entity id ${e.id} is used twice`);
    ids.add(e.id);
    if (!KINDS.has(e.kind)) problems.push(`entity ${e.name}: unknown kind ${e.kind}`);
    if (typeof e.name !== 'string' || e.name.trim() === '') problems.push(`entity ${e.id} has no name`);
    if (e.country !== undefined && !/^[A-Z]{3}$/.test(e.country)) problems.push(`entity ${e.name}: country ${e.country} is not ISO alpha-3`);
    for (const m of e.mentions ?? []) spanText(`mention of ${e.name}`, m);
    for (const o of e.offices ?? []) span(`office ${o.title} of ${e.name}`, o.evidence);
  }
  const known = (id: string | undefined): boolean => id !== undefined && ids.has(id);
  for (const ev of result.events) {
    const what = `event ${ev.id} ${ev.type}`;
    if (!TYPES.has(ev.type)) problems.push(`${what}: not a PLOVER type`);
    if (!ev.actors?.length) problems.push(`${what}: no actors`);
    for (const a of ev.actors ?? []) {
      if (!known(a.entity)) problems.push(`${what}: actor ${a.entity} is no entity`);
      if (!ROLES.has(a.role)) problems.push(`${what}: role ${a.role}`);
    }
    if (ev.location !== undefined && !known(ev.location)) problems.push(`${what}: location ${ev.location} is no entity`);
    if (!ev.evidence?.length) problems.push(`${what}: no evidence span`);
    for (const s of ev.evidence ?? []) span(`${what} evidence`, s);
    if (ev.why?.trigger) spanText(`${what} trigger`, ev.why.trigger);
    else problems.push(`${what}: no trigger in why`);
    if (ev.occasion) span(`${what} occasion`, ev.occasion);
    if (ev.date?.span) span(`${what} date`, ev.date.span);
    for (const d of [ev.date?.start, ev.date?.end]) if (d != null && !ISO_DAY.test(d)) problems.push(`${what}: date ${d} is not YYYY-MM-DD`);
    if (ev.date?.start && ev.date.end && ev.date.end < ev.date.start) problems.push(`${what}: date ends before it starts`);
    if (!(ev.confidence >= 0 && ev.confidence <= 1)) problems.push(`${what}: confidence ${ev.confidence} not in [0, 1]`);
  }
  for (const st of result.statements) {
    span(`statement ${st.id}`, st);
    if (st.speaker !== undefined && !known(st.speaker)) problems.push(`statement ${st.id}: speaker ${st.speaker} is no entity`);
  }
  return problems;
}

// Builds the output an ideal extractor would give from an expected file, to check the expected file itself: every
// name, alias, quote and actor it lists must be findable in the article or among its entities, and the comparison
// must accept it. This is a test of the fixtures and of the matcher, never of the extractor.
import type { Entity, Event, ExtractionResult, Statement } from '../../src/index.js';
import { readPlainText } from '../../src/ingest/read-text.js';
import { norm, personNameMatch, type Expected, type ExpectedActor } from './expected.js';

const fold = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

export function syntheticOutput(text: string, expected: Expected): { output: ExtractionResult; problems: string[] } {
  const problems: string[] = [];
  const { bodyStart } = readPlainText('fixture', text);
  const folded = fold(text);
  const entities: Entity[] = expected.entities.map((g, i) => {
    const names = [g.name, ...(g.aliases ?? [])];
    const mentions = names.flatMap((n) => {
      const at = folded.indexOf(fold(n), bodyStart);
      return at >= 0 && fold(text.slice(at, at + n.length)) === fold(n) ? [{ start: at, end: at + n.length, text: text.slice(at, at + n.length) }] : [];
    });
    // every entity must be named in the text by one of its names (people may be named by their surname only)
    const found = mentions.length > 0 || (g.kind === 'person' && names.some((n) => n.split(/\s+/).some((t) => t.length > 3 && folded.includes(fold(t)))));
    if (!found && !g.note) problems.push(`entity "${g.name}" is not named in the text`);
    return {
      id: `e${i}`, kind: g.kind, name: g.name, aliases: g.aliases ?? [], country: g.country, titles: g.titles ?? [], offices: [],
      mentions: mentions.slice(0, 1), origin: 'rule',
    };
  });
  const entityFor = (a: ExpectedActor): Entity | undefined => {
    if (a.name) {
      const want = norm(a.name);
      return entities.find((e) => [e.name, ...e.aliases].some((n) => (e.kind === 'person' ? personNameMatch(n, a.name!) : norm(n) === want)));
    }
    return entities.find((e) => e.kind === 'country' && e.country === a.country) ?? entities.find((e) => e.country === a.country);
  };
  const trigger = { start: bodyStart, end: bodyStart + 1, text: text.slice(bodyStart, bodyStart + 1) };
  const events: Event[] = [];
  expected.events.filter((g) => !g.optional).forEach((g, i) => {
    const actors = g.actors.map((a, k) => {
      const e = entityFor(a);
      if (!e) problems.push(`event ${g.id ?? i}: actor ${a.name ?? a.country} matches no expected entity`);
      return { entity: e?.id ?? 'none', role: g.directed ? (k === 0 ? 'source' as const : 'target' as const) : 'participant' as const };
    });
    const location = g.location ? entities.find((e) => norm(e.name) === norm(g.location) || e.aliases.some((n) => norm(n) === norm(g.location))) : undefined;
    if (g.location && !location) problems.push(`event ${g.id ?? i}: location ${g.location} is no expected entity`);
    if (g.date && g.date[0] > g.date[1]) problems.push(`event ${g.id ?? i}: date range ends before it starts`);
    const start = g.date === undefined || g.date === null ? null : g.date[0];
    events.push({
      id: `v${i}`, type: (Array.isArray(g.type) ? g.type[0] : g.type) as Event['type'], mode: g.mode, cameo: '000', actors,
      date: { start, end: start, text: null }, location: location?.id, topics: [], accompanying: [],
      evidence: [{ start: bodyStart, end: text.length }], confidence: 1, why: { trigger, rule: 'synthetic' },
    });
  });
  const statements: Statement[] = (expected.statements ?? []).filter((g) => !g.optional).map((g, i) => {
    const speaker = typeof g.speaker === 'string' ? { name: g.speaker } : g.speaker;
    const e = entityFor(speaker);
    if (!e) problems.push(`statement ${i}: speaker ${speaker.name} is no expected entity`);
    const at = text.indexOf(g.text);
    if (at < 0) problems.push(`statement ${i}: "${g.text.slice(0, 30)}…" is not verbatim in the text`);
    return { id: `s${i}`, speaker: e?.id, text: g.text, start: Math.max(at, bodyStart), end: Math.max(at, bodyStart) + g.text.length, channel: g.channel ?? 'quote', handle: g.handle, date: g.date };
  });
  for (const [k, list] of [['events', expected.events], ['absent', expected.absent ?? []]] as const) {
    for (const g of list) if (!g.actors?.length) problems.push(`${k}: an event without actors`);
  }
  if (expected.maxEvents !== undefined && expected.maxEvents < expected.events.filter((g) => !g.optional).length) {
    problems.push(`maxEvents ${expected.maxEvents} is below the number of required events`);
  }
  const warnings = expected.published ? [] : ['no publication date: relative dates are left unresolved'];
  return { output: { published: expected.published, entities, events, statements, warnings }, problems };
}

// Hand-built extraction results for resolution, fusion, store and export tests: exact control over what the
// extraction core would have said, independent of how far it has come.
import type { Entity, EntityKind, Event, ExtractionResult, Office, PloverType, Statement } from '../../src/extract/types.js';

export function entity(id: string, kind: EntityKind, name: string, more: Partial<Entity> = {}): Entity {
  return { id, kind, name, aliases: [], titles: [], offices: [], mentions: [{ start: 0, end: name.length, text: name }], origin: 'rule', ...more };
}

export const country = (id: string, iso3: string, name: string): Entity => entity(id, 'country', name, { country: iso3 });

export function person(id: string, name: string, more: Partial<Entity> & { office?: Omit<Office, 'evidence'> } = {}): Entity {
  const { office, ...rest } = more;
  return entity(id, 'person', name, { ...rest, ...(office ? { offices: [{ ...office, evidence: { start: 0, end: 10 } }], titles: [office.title] } : {}) });
}

export interface EventSpec {
  type?: PloverType;
  mode?: string;
  cameo?: string;
  source: string[];
  target?: string[];
  date?: string | [string, string] | null;
  location?: string;
  evidence?: [number, number];
  confidence?: number;
  topics?: string[];
}

let eventCounter = 0;

export function event(spec: EventSpec): Event {
  const [start, end] = spec.date === null || spec.date === undefined ? [null, null] : typeof spec.date === 'string' ? [spec.date, spec.date] : spec.date;
  const evidence = spec.evidence ?? [0, 40];
  return {
    id: `ev${++eventCounter}`,
    type: spec.type ?? 'CONSULT',
    mode: spec.mode,
    cameo: spec.cameo ?? '040',
    actors: [...spec.source.map((e) => ({ entity: e, role: 'source' as const })), ...(spec.target ?? []).map((e) => ({ entity: e, role: 'target' as const }))],
    date: { start, end, text: start ? 'on that day' : null },
    location: spec.location,
    topics: spec.topics ?? [],
    accompanying: [],
    evidence: [{ start: evidence[0], end: evidence[1] }],
    confidence: spec.confidence ?? 0.8,
    why: { trigger: { start: evidence[0], end: evidence[0] + 3, text: 'met' }, rule: 'test' },
  };
}

export function result(published: string | null, entities: Entity[], events: Event[] = [], statements: Statement[] = []): ExtractionResult {
  return { published, entities, events, statements, warnings: [] };
}

// Compares one ExtractionResult with a hand-written NAME.expected.json (the format is documented in
// docs/test-corpus.md and at the top of test/extract/articles.test.ts). Matching follows ../shared/eval/score.mjs
// where that scorer has a rule (names, titles, actors, dates, places, statements) so that the corpus measures what the
// project is scored on; it adds modes, absent events, exhaustive event lists and statement handles/dates.
import type { Entity, Event, ExtractionResult, Statement } from '../../src/index.js';

export interface ExpectedEntity {
  kind: 'person' | 'country' | 'organization' | 'place';
  name: string;
  aliases?: string[];
  country?: string;
  titles?: string[];
  optional?: boolean;
  note?: string;
}

export interface ExpectedActor {
  name?: string;
  aliases?: string[];
  country?: string;
  role?: 'source' | 'target' | 'participant';
}

export interface ExpectedEvent {
  id?: string;
  /** One PLOVER type, or the types a careful coder could defensibly choose. */
  type: string | string[];
  mode?: string;
  /** Directed: actors[0] is the source and actors[1] the target. Undirected: each actor needs its own output actor. */
  directed?: boolean;
  actors: ExpectedActor[];
  /** [first, last] day the output start may fall on; null: the date must stay unresolved (no dateline). */
  date?: [string, string] | null;
  location?: string;
  optional?: boolean;
  /** Events of one group (a compound actor: "met the ministers of Kenya and Ghana") may be found as one output event
   * that lists all their actors, or as one output event each. */
  group?: string;
  note?: string;
}

export interface ExpectedStatement {
  speaker: { name: string; aliases?: string[]; country?: string } | string;
  text: string;
  channel?: 'quote' | 'twitter' | 'social';
  handle?: string;
  date?: string;
  optional?: boolean;
}

export interface Expected {
  document?: string;
  published: string | null;
  entities: ExpectedEntity[];
  events: ExpectedEvent[];
  absent?: ExpectedEvent[];
  statements?: ExpectedStatement[];
  /** Every output event must match an expected one (required or optional): the rest are false alarms. */
  exhaustive?: boolean;
  /** At most this many output events. */
  maxEvents?: number;
  coverage?: Record<string, string[]>;
}

/** Counts for the corpus-wide precision, recall and F1. */
export interface Tally { tp: number; fp: number; fn: number }

export interface ArticleReport {
  /** Every miss and false alarm that fails the article. */
  failures: string[];
  /** Things worth knowing that do not fail it (extra places and organisations, optional items found). */
  notes: string[];
  entities: Tally;
  /** Type and actors right, as ../shared/eval/score.mjs counts events. */
  events: Tally;
  /** Type, actors, mode, date and place all right. */
  eventsStrict: Tally;
  statements: Tally;
}

// ---- names ---------------------------------------------------------------------------------------------------

export const norm = (s: string | undefined): string => String(s ?? '').toLowerCase().normalize('NFKD')
  .replace(/[\u0300-\u036f]/g, '')
  .replace(/\bdefense\b/g, 'defence').replace(/\blt\.?(?=\s|-|$)/g, 'lieutenant').replace(/\bgen\.?(?=\s|$)/g, 'general')
  .replace(/\bmaj\.?(?=\s|$)/g, 'major').replace(/\bcol\.?(?=\s|$)/g, 'colonel').replace(/\badm\.?(?=\s|$)/g, 'admiral')
  .replace(/['’`]s\b/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
const tokens = (s: string): string[] => norm(s).split(' ').filter((t) => t.length > 0);
const namesOf = (x: { name?: string; aliases?: string[] }): string[] => [x.name, ...(x.aliases ?? [])].filter((n): n is string => !!n);

/** People match on shared name tokens, as the scorer does: "Singh" finds "Rajnath Singh". */
export function personNameMatch(a: string, b: string): boolean {
  const ta = new Set(tokens(a));
  const tb = new Set(tokens(b));
  if (!ta.size || !tb.size) return false;
  if (norm(a).replace(/ /g, '') === norm(b).replace(/ /g, '')) return true;
  const shared = [...ta].filter((t) => tb.has(t) && t.length > 1).length;
  return shared >= 2 || (shared === 1 && (ta.size === 1 || tb.size === 1));
}

function nameMatch(kind: string, want: { name?: string; aliases?: string[] }, have: { name?: string; aliases?: string[] }): boolean {
  for (const w of namesOf(want)) for (const h of namesOf(have)) {
    if (kind === 'person' ? personNameMatch(w, h) : norm(w) === norm(h)) return true;
  }
  return false;
}

const TITLE_FILLERS = new Set(['of', 'the', 'for', 'and']);
const titleWords = (s: string): string[] => tokens(s).filter((t) => !TITLE_FILLERS.has(t));
/** A title is found when all its words stand in one output title: "Minister of Defense" finds "Defence Minister". */
export const titleMatch = (want: string, have: string): boolean => {
  const h = new Set(titleWords(have));
  return titleWords(want).every((t) => h.has(t));
};

// ---- matching ------------------------------------------------------------------------------------------------

/** Maximum bipartite matching, rows in the order given (so earlier rows, the required ones, are matched first and
 * stay matched): Kuhn's augmenting paths. Returns the column per row, -1 for none. */
export function matchRows(rows: number, cols: number, ok: (r: number, c: number) => boolean, taken: Set<number> = new Set()): number[] {
  const colOwner = new Array<number>(cols).fill(-1);
  const rowCol = new Array<number>(rows).fill(-1);
  const augment = (r: number, seen: Set<number>): boolean => {
    for (let c = 0; c < cols; c++) {
      if (taken.has(c) || seen.has(c) || !ok(r, c)) continue;
      seen.add(c);
      if (colOwner[c] < 0 || augment(colOwner[c], seen)) {
        colOwner[c] = r;
        rowCol[r] = c;
        return true;
      }
    }
    return false;
  };
  for (let r = 0; r < rows; r++) augment(r, new Set());
  return rowCol;
}

const requiredFirst = <T extends { optional?: boolean }>(xs: readonly T[] | undefined): T[] =>
  [...(xs ?? [])].sort((a, b) => Number(!!a.optional) - Number(!!b.optional));

const typesOf = (g: ExpectedEvent): string[] => (Array.isArray(g.type) ? g.type : [g.type]);
const typeLabel = (g: ExpectedEvent): string => typesOf(g).join('|') + (g.mode ? `/${g.mode}` : '');
const actorLabel = (a: ExpectedActor): string => (a.name ?? a.country ?? '?') + (a.role ? ` (${a.role})` : '');

export function describeExpectedEvent(g: ExpectedEvent): string {
  const arrow = g.directed ? ' -> ' : ' & ';
  const date = g.date === null ? ' [unresolved date]' : g.date ? ` [${g.date[0]}..${g.date[1]}]` : '';
  return `${g.id ? `${g.id}: ` : ''}${typeLabel(g)} ${g.actors.map(actorLabel).join(arrow)}${date}${g.location ? ` in ${g.location}` : ''}`;
}

export function compareArticle(expected: Expected, out: ExtractionResult): ArticleReport {
  const failures: string[] = [];
  const notes: string[] = [];
  const byId = new Map(out.entities.map((e) => [e.id, e]));
  const entityName = (id: string | undefined): string => (id ? byId.get(id)?.name ?? `?${id}` : 'none');
  const describeOutput = (s: Event): string => {
    const actors = s.actors.map((a) => `${a.role}:${entityName(a.entity)}`).join(', ');
    const date = s.date?.start ? ` ${s.date.start}${s.date.end && s.date.end !== s.date.start ? `..${s.date.end}` : ''}` : ' (no date)';
    const where = s.location ? ` in ${entityName(s.location)}` : '';
    const trigger = s.why?.trigger ? ` «${s.why.trigger.text}»` : '';
    return `${s.type}${s.mode ? `/${s.mode}` : ''} ${actors}${date}${where}${trigger}`;
  };

  // published date
  if ((out.published ?? null) !== expected.published) {
    failures.push(`published is ${out.published ?? 'null'}, expected ${expected.published ?? 'null'}`);
  }
  if (expected.published === null && !out.warnings.some((w) => /date/i.test(w))) {
    failures.push('no publication date, but no warning says relative dates stay unresolved');
  }

  // ---- entities
  const entities: Tally = { tp: 0, fp: 0, fn: 0 };
  const goldEntities = requiredFirst(expected.entities);
  const used = new Set<number>();
  const hits = new Map<ExpectedEntity, Entity>();
  const exact = (g: ExpectedEntity, s: Entity): boolean => namesOf(g).some((a) => namesOf(s).some((b) => norm(a) === norm(b)));
  for (const pass of [exact, (g: ExpectedEntity, s: Entity) => nameMatch(g.kind, g, s)]) {
    for (const g of goldEntities) {
      if (hits.has(g)) continue;
      const i = out.entities.findIndex((s, j) => !used.has(j) && s.kind === g.kind && pass(g, s));
      if (i >= 0) { used.add(i); hits.set(g, out.entities[i]); }
    }
  }
  for (const g of goldEntities) {
    const hit = hits.get(g);
    if (!hit) {
      if (!g.optional) { entities.fn++; failures.push(`missed entity ${g.kind} "${g.name}"${g.country ? ` (${g.country})` : ''}`); }
      continue;
    }
    if (g.optional) continue;
    entities.tp++;
    if (g.country && hit.country !== g.country) failures.push(`entity "${g.name}": country ${hit.country ?? 'none'}, expected ${g.country}`);
    for (const t of g.titles ?? []) {
      if (!(hit.titles ?? []).some((h) => titleMatch(t, h))) {
        failures.push(`entity "${g.name}": no title "${t}" (has ${JSON.stringify(hit.titles ?? [])})`);
      }
    }
  }
  out.entities.forEach((s, i) => {
    if (used.has(i)) return;
    entities.fp++;
    // A person nobody wrote about is a clear error (a title or a weekday taken for a name, a coreference left
    // unresolved); extra places and organisations are counted in the corpus precision only.
    if (s.kind === 'person') failures.push(`extra person "${s.name}"`);
    else notes.push(`extra ${s.kind} "${s.name}"`);
  });

  // ---- events
  const actorOk = (g: ExpectedActor, entityId: string): boolean => {
    const e = byId.get(entityId);
    if (!e) return false;
    if (g.name) return nameMatch(e.kind, g, e);
    return e.country === g.country;
  };
  const actorsOk = (g: ExpectedEvent, s: Event): boolean => {
    const actors = s.actors ?? [];
    if (g.directed) {
      const [src, tgt] = g.actors;
      return actors.some((a) => a.role === 'source' && actorOk(src, a.entity)) &&
        actors.some((a) => a.role === 'target' && actorOk(tgt, a.entity));
    }
    const assign = (k: number, taken: Set<number>): boolean => k === g.actors.length ||
      actors.some((a, j) => !taken.has(j) && actorOk(g.actors[k], a.entity) && assign(k + 1, new Set(taken).add(j)));
    return assign(0, new Set());
  };
  const coreOk = (g: ExpectedEvent, s: Event): boolean => typesOf(g).includes(s.type) && actorsOk(g, s);
  const modeOk = (g: ExpectedEvent, s: Event): boolean => !g.mode || s.mode === g.mode;
  const dateOk = (g: ExpectedEvent, s: Event): boolean => {
    if (g.date === undefined) return true;
    const start = s.date?.start ?? null;
    if (g.date === null) return start === null;
    const end = s.date?.end ?? start;
    return start !== null && start >= g.date[0] && start <= g.date[1] && (end === null || end <= g.date[1]);
  };
  const placeNames = (name: string): Set<string> => {
    const entity = expected.entities.find((e) => norm(e.name) === norm(name));
    return new Set([name, ...(entity ? namesOf(entity) : [])].map(norm));
  };
  const placeOk = (g: ExpectedEvent, s: Event): boolean => {
    if (!g.location) return true;
    const l = s.location ? byId.get(s.location) : undefined;
    const want = placeNames(g.location);
    return !!l && namesOf(l).some((n) => want.has(norm(n)));
  };
  const fullOk = (g: ExpectedEvent, s: Event): boolean => coreOk(g, s) && modeOk(g, s) && dateOk(g, s) && placeOk(g, s);

  const gold = requiredFirst(expected.events);
  const sys = out.events;
  const full = matchRows(gold.length, sys.length, (r, c) => fullOk(gold[r], sys[c]));
  const takenFull = new Set(full.filter((c) => c >= 0));
  // a compound actor coded as one output event with a list of actors stands for every event of its group
  gold.forEach((g, r) => {
    if (full[r] >= 0 || !g.group) return;
    const c = full.findIndex((c2, r2) => c2 >= 0 && gold[r2].group === g.group && fullOk(g, sys[c2]));
    if (c >= 0) full[r] = full[c];
  });
  const rest = gold.map((_, r) => r).filter((r) => full[r] < 0);
  const core = matchRows(rest.length, sys.length, (k, c) => coreOk(gold[rest[k]], sys[c]), takenFull);
  const partial = new Map<number, number>(rest.map((r, k) => [r, core[k]] as [number, number]).filter(([, c]) => c >= 0));
  const claimed = new Set([...takenFull, ...partial.values()]);

  const events: Tally = { tp: 0, fp: 0, fn: 0 };
  const eventsStrict: Tally = { tp: 0, fp: 0, fn: 0 };
  gold.forEach((g, r) => {
    if (full[r] >= 0) {
      if (!g.optional) { events.tp++; eventsStrict.tp++; } else notes.push(`optional event found: ${describeExpectedEvent(g)}`);
      return;
    }
    const c = partial.get(r);
    if (c !== undefined) {
      const s = sys[c];
      const wrong: string[] = [];
      if (!modeOk(g, s)) wrong.push(`mode ${s.mode ?? 'none'}, expected ${g.mode}`);
      if (!dateOk(g, s)) wrong.push(`date ${s.date?.start ?? 'none'}..${s.date?.end ?? ''}, expected ${g.date === null ? 'unresolved' : g.date?.join('..')}`);
      if (!placeOk(g, s)) wrong.push(`location ${entityName(s.location)}, expected ${g.location}`);
      if (!g.optional) {
        events.tp++;
        eventsStrict.fn++;
        failures.push(`event ${describeExpectedEvent(g)}: found as ${describeOutput(s)} but ${wrong.join('; ')}`);
      }
      return;
    }
    if (!g.optional) {
      events.fn++;
      eventsStrict.fn++;
      const near = sys.filter((s) => typesOf(g).includes(s.type));
      failures.push(`missed event ${describeExpectedEvent(g)}` +
        (near.length ? `\n      output has ${near.map(describeOutput).join('\n                 ')}` : ''));
    }
  });
  sys.forEach((s, c) => {
    if (!claimed.has(c)) events.fp++;
    if (!takenFull.has(c)) eventsStrict.fp++;
    if (!claimed.has(c) && expected.exhaustive) failures.push(`false alarm: ${describeOutput(s)}`);
    else if (!claimed.has(c)) notes.push(`unexpected event (article not exhaustive): ${describeOutput(s)}`);
  });
  if (expected.maxEvents !== undefined && sys.length > expected.maxEvents) {
    failures.push(`${sys.length} events, at most ${expected.maxEvents} expected`);
  }
  for (const a of expected.absent ?? []) {
    for (const s of sys) {
      if (coreOk(a, s) && modeOk(a, s) && (a.date === undefined || dateOk(a, s)) && (!a.location || placeOk(a, s))) {
        failures.push(`forbidden event (${a.note ?? 'must not be coded'}): ${describeOutput(s)}`);
      }
    }
  }

  // ---- statements
  const statements: Tally = { tp: 0, fp: 0, fn: 0 };
  const jaccard = (a: string, b: string): number => {
    const A = new Set(tokens(a));
    const B = new Set(tokens(b));
    const i = [...A].filter((t) => B.has(t)).length;
    return i / (A.size + B.size - i || 1);
  };
  const speakerOf = (g: ExpectedStatement): { name: string; aliases?: string[] } => (typeof g.speaker === 'string' ? { name: g.speaker } : g.speaker);
  const speakerOk = (g: ExpectedStatement, s: Statement): boolean => {
    const e = s.speaker ? byId.get(s.speaker) : undefined;
    return !!e && nameMatch(e.kind === 'person' ? 'person' : e.kind, speakerOf(g), e);
  };
  const goldStatements = requiredFirst(expected.statements);
  const st = matchRows(goldStatements.length, out.statements.length,
    (r, c) => speakerOk(goldStatements[r], out.statements[c]) && jaccard(goldStatements[r].text, out.statements[c].text) >= 0.5);
  goldStatements.forEach((g, r) => {
    const c = st[r];
    if (c < 0) {
      if (g.optional) return;
      statements.fn++;
      const sameText = out.statements.find((s) => jaccard(g.text, s.text) >= 0.5);
      failures.push(`missed statement by ${speakerOf(g).name}: "${g.text.slice(0, 60)}${g.text.length > 60 ? '…' : ''}"` +
        (sameText ? ` (found with speaker ${entityName(sameText.speaker)})` : ''));
      return;
    }
    if (g.optional) return;
    statements.tp++;
    const s = out.statements[c];
    const wrong: string[] = [];
    if (g.channel && s.channel !== g.channel) wrong.push(`channel ${s.channel}, expected ${g.channel}`);
    if (g.handle && norm(s.handle) !== norm(g.handle)) wrong.push(`handle ${s.handle ?? 'none'}, expected ${g.handle}`);
    if (g.date && s.date !== g.date) wrong.push(`date ${s.date ?? 'none'}, expected ${g.date}`);
    if (wrong.length) failures.push(`statement by ${speakerOf(g).name} "${g.text.slice(0, 40)}…": ${wrong.join('; ')}`);
  });
  statements.fp = out.statements.length - st.filter((c) => c >= 0).length;
  return { failures, notes, entities, events, eventsStrict, statements };
}

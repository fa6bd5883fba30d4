// Event fusion: whether an article's report describes an event already known (same type, same actors, dates that
// overlap, places that agree), and what the fused event says when several reports describe it.
import type { ActorRole, PloverType } from '../extract/types.js';

export type StoredRole = ActorRole | 'accompanying';

export interface ReportActor {
  entity: number;
  role: StoredRole;
}

/** What fusion needs to know about a place: a city is compatible with the country it lies in. */
export interface PlaceInfo {
  kind: string;
  country: string | null;
}

/** The facts of one event as a report or as the fused event gives them. */
export interface EventFacts {
  type: PloverType | string;
  actors: readonly ReportActor[];
  dateStart: string | null;
  dateEnd: string | null;
  placeId: number | null;
  /** True when the dates are only the publication date standing in for one the text did not give. */
  datesFromPublication?: boolean;
  /** Publication dates of the reports (first and last): an undated event happened shortly before. */
  reportedFrom: string | null;
  reportedTo: string | null;
}

/** Types where who is source and who is target varies with the writer's angle ("A met B" = "B hosted A"). */
const SYMMETRIC_TYPES = new Set(['CONSULT', 'COOPERATE', 'AGREE']);

/** How many days before its publication an undated report's event may have happened. */
export const UNDATED_WINDOW_DAYS = 7;

export function sameEvent(report: EventFacts, event: EventFacts, places: ReadonlyMap<number, PlaceInfo>): boolean {
  return report.type === event.type
    && actorsAgree(report, event)
    && datesOverlap(report, event)
    && placesAgree(report.placeId, event.placeId, places);
}

const principals = (actors: readonly ReportActor[]): Set<number> =>
  new Set(actors.filter((a) => a.role !== 'accompanying').map((a) => a.entity));

/** The same principal actors, or one report naming a subset of the other's that still holds two of them. */
function actorsAgree(a: EventFacts, b: EventFacts): boolean {
  const x = principals(a.actors);
  const y = principals(b.actors);
  if (!x.size || !y.size) return false;
  const shared = [...x].filter((id) => y.has(id)).length;
  const nested = shared === Math.min(x.size, y.size);
  if (!(shared === x.size && shared === y.size) && !(nested && shared >= 2)) return false;
  if (SYMMETRIC_TYPES.has(String(a.type))) return true;
  // Directed types: nobody is the source in one report and the target in the other.
  const roleOf = (actors: readonly ReportActor[], id: number) => actors.find((r) => r.entity === id)?.role;
  return [...x].every((id) => {
    const r1 = roleOf(a.actors, id);
    const r2 = roleOf(b.actors, id);
    return !((r1 === 'source' && r2 === 'target') || (r1 === 'target' && r2 === 'source'));
  });
}

/** The dates an event may have taken place on: its own range, or the days before its reports when undated. */
export function effectiveRange(facts: EventFacts): [string, string] | null {
  if (facts.dateStart && !facts.datesFromPublication) return [facts.dateStart, facts.dateEnd ?? facts.dateStart];
  if (facts.reportedFrom) return [addDays(facts.reportedFrom, -UNDATED_WINDOW_DAYS), facts.reportedTo ?? facts.reportedFrom];
  return null;
}

function datesOverlap(a: EventFacts, b: EventFacts): boolean {
  const x = effectiveRange(a);
  const y = effectiveRange(b);
  if (!x || !y) return false;
  return x[0] <= y[1] && y[0] <= x[1];
}

function placesAgree(a: number | null, b: number | null, places: ReadonlyMap<number, PlaceInfo>): boolean {
  if (a === null || b === null || a === b) return true;
  const p = places.get(a);
  const q = places.get(b);
  if (!p || !q) return false;
  if (p.kind === 'country' && q.country === p.country) return true;
  if (q.kind === 'country' && p.country === q.country) return true;
  return false;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** One report of an event as stored. */
export interface Report {
  articleId: number;
  published: string | null;
  mode: string | null;
  cameo: string;
  dateStart: string | null;
  dateEnd: string | null;
  dateText: string | null;
  /** Where the extraction took the date from (EventDate.basis); 'publication' is the weakest. */
  dateBasis: string | null;
  placeId: number | null;
  occasion: string | null;
  topics: readonly string[];
  actors: readonly ReportActor[];
  confidence: number;
}

export interface FusedEvent {
  mode: string | null;
  cameo: string;
  dateStart: string | null;
  dateEnd: string | null;
  dateText: string | null;
  dateBasis: string | null;
  placeId: number | null;
  occasion: string | null;
  topics: string[];
  actors: ReportActor[];
  confidence: number;
  sourceCount: number;
  firstReported: string | null;
  lastReported: string | null;
}

/** What the reports of one event say together. The result depends only on the reports and their order. */
export function fuseReports(reports: readonly Report[], places: ReadonlyMap<number, PlaceInfo>): FusedEvent {
  // Dates the reports' own words give outweigh publication dates standing in for them.
  const withDates = reports.filter((r) => r.dateStart);
  const fromText = withDates.filter((r) => r.dateBasis !== 'publication');
  const dated = fromText.length ? fromText : withDates;
  let dateStart: string | null = null;
  let dateEnd: string | null = null;
  let dateText: string | null = null;
  if (dated.length) {
    // The narrowest range all reports allow ("on Monday" within "this week"); the first report's when they disagree.
    const start = dated.map((r) => r.dateStart!).reduce((a, b) => (b > a ? b : a));
    const end = dated.map((r) => r.dateEnd ?? r.dateStart!).reduce((a, b) => (b < a ? b : a));
    [dateStart, dateEnd] = start <= end ? [start, end] : [dated[0].dateStart, dated[0].dateEnd ?? dated[0].dateStart];
    dateText = dated.find((r) => r.dateStart === dateStart && (r.dateEnd ?? r.dateStart) === dateEnd)?.dateText ?? dated[0].dateText;
  }
  const placeIds = reports.map((r) => r.placeId).filter((p): p is number => p !== null);
  // The most specific place: a city or venue over the country it is in.
  const specific = placeIds.filter((p) => places.get(p)?.kind !== 'country');
  const published = reports.map((r) => r.published).filter((p): p is string => !!p).sort();
  return {
    mode: mostCommon(reports.map((r) => r.mode)),
    cameo: mostCommon(reports.map((r) => r.cameo), (a, b) => b.length - a.length) ?? reports[0].cameo,
    dateStart,
    dateEnd,
    dateText,
    dateBasis: dated.length ? (fromText.length ? mostCommon(fromText.map((r) => r.dateBasis)) ?? 'text' : 'publication') : null,
    placeId: mostCommon(specific.length ? specific : placeIds),
    occasion: mostCommon(reports.map((r) => r.occasion)),
    topics: unionOfTopics(reports.map((r) => r.topics)),
    actors: fuseActors(reports),
    // Independent reports raise confidence: the chance that all of them are wrong shrinks with each one.
    confidence: 1 - reports.reduce((p, r) => p * (1 - Math.min(Math.max(r.confidence, 0), 1)), 1),
    sourceCount: new Set(reports.map((r) => r.articleId)).size,
    firstReported: published[0] ?? null,
    lastReported: published[published.length - 1] ?? null,
  };
}

/** The most frequent non-null value; ties go to `prefer` (negative: first argument wins), then to the earliest. */
function mostCommon<T>(values: readonly (T | null)[], prefer?: (a: T, b: T) => number): T | null {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== null && v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && prefer && prefer(value, best) < 0)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

function unionOfTopics(lists: readonly (readonly string[])[]): string[] {
  const seen = new Map<string, string>();
  for (const list of lists) for (const t of list) if (!seen.has(t.toLowerCase())) seen.set(t.toLowerCase(), t);
  return [...seen.values()];
}

/** Each actor once, in the role most reports give it; accompanying only when no report makes it an actor. */
function fuseActors(reports: readonly Report[]): ReportActor[] {
  const roles = new Map<number, StoredRole[]>();
  for (const r of reports) for (const a of r.actors) roles.set(a.entity, [...(roles.get(a.entity) ?? []), a.role]);
  return [...roles].map(([entity, list]) => {
    const principal = list.filter((role) => role !== 'accompanying');
    return { entity, role: mostCommon(principal.length ? principal : list)! };
  });
}

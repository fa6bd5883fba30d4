// Writes one article's extraction into the store, resolving its entities and events against what earlier articles
// contributed, and removes an article's contribution again when the article changes. Callers run both inside one
// transaction per article.
import type { Entity, Event, ExtractionResult } from '../extract/types.js';
import { fuseReports, sameEvent, effectiveRange, addDays, UNDATED_WINDOW_DAYS, type EventFacts, type FusedEvent, type PlaceInfo, type Report, type ReportActor, type StoredRole } from '../resolve/events.js';
import { nameKey, personName, titleKey, type PersonName } from '../resolve/names.js';
import { choosePerson, type KnownPerson } from '../resolve/people.js';
import { inList, type Db, type Param } from './db.js';

export interface Contribution {
  entities: number;
  /** Event reports written; `newEvents` of them started an event, the others joined one reported before. */
  events: number;
  newEvents: number;
  statements: number;
}

const json = (value: unknown): string => JSON.stringify(value);

/** Resolution prefers the actor with the fewest events to look events up by: a person over a country. */
const KIND_RANK: Readonly<Record<string, number>> = { person: 0, organization: 1, place: 2, country: 3 };

export async function writeContribution(db: Db, articleId: number, published: string | null, result: ExtractionResult): Promise<Contribution> {
  const { ids, kinds, places } = await resolveEntities(db, result.entities);
  // From here on the writes are deferred (db.defer): on PostgreSQL they travel with the next read or the commit.
  recordNames(db, articleId, result.entities, ids);
  deferRows(db, 'INSERT INTO mentions (article_id, entity_id, char_start, char_end, text)',
    result.entities.flatMap((e) => e.mentions.map((m) => [articleId, ids.get(e.id)!, m.start, m.end, m.text])));
  for (const entity of result.entities) {
    if (entity.kind === 'person') recordOffices(db, ids.get(entity.id)!, articleId, published, entity);
  }
  const placeCache = new PlaceCache(db, places);
  let newEvents = 0;
  for (const event of result.events) {
    if (await recordEvent(db, articleId, published, event, ids, kinds, placeCache)) newEvents++;
  }
  deferRows(db, 'INSERT INTO statements (article_id, speaker_id, text, char_start, char_end, channel, said_on, handle, url)',
    result.statements.map((st) => [articleId, st.speaker ? ids.get(st.speaker) ?? null : null, st.text, st.start, st.end, st.channel,
      st.date ?? null, st.handle ?? null, st.url ?? null]));
  return { entities: new Set(ids.values()).size, events: result.events.length, newEvents, statements: result.statements.length };
}

/** Rows in chunks of one INSERT … VALUES (…), (…) each; `tuple` is a row's VALUES item when not all `?`. */
function chunks(insert: string, rows: readonly Param[][], suffix: string, tuple?: string): [string, Param[]][] {
  const out: [string, Param[]][] = [];
  for (let i = 0; i < rows.length; i += 50) {
    const chunk = rows.slice(i, i + 50);
    tuple ??= `(${chunk[0].map(() => '?').join(', ')})`;
    out.push([`${insert} VALUES ${chunk.map(() => tuple).join(', ')} ${suffix}`, chunk.flat()]);
  }
  return out;
}

/** Many rows, deferred (no result). */
function deferRows(db: Db, insert: string, rows: readonly Param[][], suffix = '', tuple?: string): void {
  for (const [sql, params] of chunks(insert, rows, suffix, tuple)) db.defer(sql, params);
}

/** Many rows with a RETURNING clause, now. */
async function insertRows<T>(db: Db, insert: string, rows: readonly Param[][], suffix: string): Promise<T[]> {
  const out: T[] = [];
  for (const [sql, params] of chunks(insert, rows, suffix)) out.push(...(await db.all<T>(sql, params)));
  return out;
}

// ---- entities ------------------------------------------------------------------------------------------------

/** A stored entity as resolution sees it. Resolution reads once for the whole article and then keeps this copy
 * up to date with its own writes, so that each entity is resolved exactly as if the store were read afresh. */
interface Known {
  id: number;
  kind: string;
  country: string | null;
  latitude: number | null;
}

interface AliasRow {
  row: 'alias' | 'title' | 'country';
  id: number;
  kind: string | null;
  country: string | null;
  latitude: number | null;
  name: string | null;
  name_key: string | null;
  first_key: string | null;
  last_key: string | null;
}

/** What the store knows of the entities an article may name: those with one of its names (with all their names
 * and, for people, office titles), its countries, and, when asked, people sharing a family or first name. */
class KnownEntities {
  readonly entities = new Map<number, Known>();
  private readonly aliases = new Map<number, AliasRow[]>();
  private readonly titles = new Map<number, string[]>();
  private readonly byKey = new Map<string, number[]>();
  private readonly countries = new Map<string, Known>();
  private readonly families = new Set<string>();
  private readonly firsts = new Set<string>();

  constructor(private readonly db: Db) {}

  /** Entities with an alias whose key is in `keys`, and the country entities of `codes`: one query. */
  async load(keys: readonly string[], codes: readonly string[]): Promise<void> {
    const [byKey, byCode] = [inList(this.db, 'name_key', [...new Set(keys)]), inList(this.db, 'e.country', [...new Set(codes)])];
    await this.read(byKey.sql, [byKey.param],
      `UNION ALL SELECT 'country', e.id, e.kind, e.country, e.latitude, NULL, NULL, NULL, NULL FROM entities e WHERE e.kind = 'country' AND ${byCode.sql}`,
      [byCode.param]);
  }

  /** People with an alias of family name in `lasts` or first name in `firsts`, unless read already. */
  async loadFamilies(lasts: readonly string[], firsts: readonly string[]): Promise<void> {
    const newLasts = [...new Set(lasts)].filter((k) => !this.families.has(k));
    const newFirsts = [...new Set(firsts)].filter((k) => !this.firsts.has(k));
    if (!newLasts.length && !newFirsts.length) return;
    for (const k of newLasts) this.families.add(k);
    for (const k of newFirsts) this.firsts.add(k);
    const [last, first] = [inList(this.db, 'last_key', newLasts), inList(this.db, 'first_key', newFirsts)];
    await this.read(`${last.sql} OR ${first.sql}`, [last.param, first.param], '', []);
  }

  private async read(condition: string, params: Param[], more: string, moreParams: Param[]): Promise<void> {
    const rows = await this.db.all<AliasRow>(
      `WITH m AS MATERIALIZED (SELECT DISTINCT entity_id FROM entity_aliases WHERE ${condition})
       SELECT 'alias' AS row, e.id, e.kind, e.country, e.latitude, a.name, a.name_key, a.first_key, a.last_key
       FROM m JOIN entities e ON e.id = m.entity_id JOIN entity_aliases a ON a.entity_id = m.entity_id
       UNION ALL
       SELECT 'title', t.person_id, NULL, NULL, NULL, t.title_key, NULL, NULL, NULL
       FROM (SELECT DISTINCT o.person_id, o.title_key FROM m JOIN offices o ON o.person_id = m.entity_id) t
       ${more}`, [...params, ...moreParams]);
    // An entity whose names were read before keeps its copy (which may carry this article's updates).
    const fresh = new Set<number>();
    for (const r of rows) {
      if (r.row !== 'alias' || (this.aliases.has(r.id) && !fresh.has(r.id))) continue;
      fresh.add(r.id);
      this.entity(r);
      this.aliases.set(r.id, [...(this.aliases.get(r.id) ?? []), r]);
      this.byKey.set(r.name_key!, [...(this.byKey.get(r.name_key!) ?? []), r.id]);
    }
    for (const r of rows) if (r.row === 'title' && fresh.has(r.id)) this.titles.set(r.id, [...(this.titles.get(r.id) ?? []), r.name!]);
    for (const r of rows) if (r.row === 'country' && !this.countries.has(r.country!)) this.countries.set(r.country!, this.entity(r));
  }

  private entity(r: AliasRow): Known {
    let known = this.entities.get(r.id);
    if (!known) {
      known = { id: r.id, kind: r.kind!, country: r.country, latitude: r.latitude };
      this.entities.set(r.id, known);
    }
    return known;
  }

  country(code: string): Known | undefined {
    return this.countries.get(code);
  }

  /** A country entity this article creates, found by the article's later entities of the same code. */
  addCountry(code: string, known: Known): void {
    this.countries.set(code, known);
  }

  /** Entities with an alias of this key. */
  withKey(key: string): Known[] {
    return (this.byKey.get(key) ?? []).map((id) => this.entities.get(id)!);
  }

  /** People with an alias matching `test`, with all their names and office titles. */
  people(test: (alias: AliasRow) => boolean): KnownPerson[] {
    const people: KnownPerson[] = [];
    for (const [id, aliases] of this.aliases) {
      const e = this.entities.get(id)!;
      if (e.kind !== 'person' || !aliases.some(test)) continue;
      people.push({ id, names: aliases.map((a) => a.name!), country: e.country, titleKeys: this.titles.get(id) ?? [] });
    }
    return people;
  }
}

const namesOf = (entity: Entity): string[] => [entity.name, ...entity.aliases].filter((n) => nameKey(n) !== '');

const hasCode = (entity: Entity): boolean => entity.kind === 'country' && Boolean(entity.country);

const fullName = (entity: Entity): PersonName => namesOf(entity).map(personName).reduce((a, b) => (b.given.length > a.given.length ? b : a));

const mentionOf = (entity: Entity) => ({
  names: namesOf(entity), country: entity.country, titleKeys: [...entity.titles, ...entity.offices.map((o) => o.title)].map(titleKey),
});

/**
 * The stored entity each of the article's entities is, creating those that are new: one read for all of them (and
 * a second for people whose full name is not known yet, by family name), then one INSERT for the new ones. Each is
 * resolved in turn against what the store holds plus what the article's earlier entities changed, exactly as a
 * read per entity would see it.
 */
async function resolveEntities(db: Db, entities: readonly Entity[]): Promise<{ ids: Map<string, number>; kinds: Map<number, string>; places: Map<number, PlaceInfo> }> {
  const known = new KnownEntities(db);
  const keys: string[] = [];
  for (const entity of entities) {
    if (hasCode(entity)) continue;
    if (entity.kind === 'person') keys.push(fullName(entity).key);
    else keys.push(...namesOf(entity).map(nameKey));
  }
  await known.load(keys, entities.filter(hasCode).map((e) => e.country!));
  // People the exact lookup will likely not settle are looked up by family name in the same second read.
  const lasts: string[] = [];
  const firsts: string[] = [];
  for (const entity of entities.filter((e) => e.kind === 'person')) {
    const full = fullName(entity);
    if (!full.given.length) { lasts.push(full.last); firsts.push(full.last); continue; }
    const exact = known.people((a) => a.name_key === full.key);
    if (!exact.length || choosePerson(mentionOf(entity), exact) === undefined) lasts.push(full.last);
  }
  await known.loadFamilies(lasts, firsts);

  const resolved: Known[] = [];
  const created: { known: Known; row: Param[] }[] = [];
  const updates: { known: Known; params: Param[] }[] = [];
  for (const entity of entities) {
    const found = hasCode(entity) ? known.country(entity.country!)
      : entity.kind === 'person' ? await resolvePerson(known, entity)
      : resolveByName(known, entity);
    if (found === undefined) {
      const [lat, lon] = entity.coordinates ?? [null, null];
      const fresh: Known = { id: 0, kind: entity.kind, country: entity.country ?? null, latitude: lat };
      created.push({ known: fresh, row: [entity.kind, entity.name, nameKey(entity.name), entity.country ?? null, lat, lon] });
      if (hasCode(entity)) known.addCountry(entity.country!, fresh);
      resolved.push(fresh);
      continue;
    }
    // What a later article adds about a known entity: its country or coordinates where they were missing. (A
    // person's coordinates are not looked at, as people have none.)
    const coordinatesMissing = entity.kind !== 'person' && entity.coordinates && found.latitude === null;
    if ((entity.country && !found.country) || coordinatesMissing) {
      updates.push({ known: found, params: [entity.country ?? null, entity.coordinates?.[0] ?? null, entity.coordinates?.[1] ?? null] });
      found.country ??= entity.country ?? null;
      found.latitude ??= entity.coordinates?.[0] ?? null;
    }
    resolved.push(found);
  }
  // Identities are handed out in row order, so the new rows' ids, in order, are the entities' in order.
  const newIds = (await insertRows<{ id: number }>(db, 'INSERT INTO entities (kind, name, name_key, country, latitude, longitude)',
    created.map((c) => c.row), 'RETURNING id')).map((r) => r.id).sort((a, b) => a - b);
  created.forEach((c, i) => { c.known.id = newIds[i]; });
  for (const u of updates) {
    db.defer('UPDATE entities SET country = COALESCE(country, ?), latitude = COALESCE(latitude, ?), longitude = COALESCE(longitude, ?) WHERE id = ?',
      [...u.params, u.known.id]);
  }
  const ids = new Map<string, number>();
  const kinds = new Map<number, string>();
  const places = new Map<number, PlaceInfo>();
  entities.forEach((entity, i) => {
    ids.set(entity.id, resolved[i].id);
    kinds.set(resolved[i].id, entity.kind);
    places.set(resolved[i].id, { kind: resolved[i].kind, country: resolved[i].country });
  });
  return { ids, kinds, places };
}

/** Places, organisations (and countries without a code): a shared name and no conflicting country. */
function resolveByName(known: KnownEntities, entity: Entity): Known | undefined {
  const matches = namesOf(entity).flatMap((name) => known.withKey(nameKey(name)).filter((e) => e.kind === entity.kind));
  const compatible = matches.filter((m) => !entity.country || !m.country || m.country === entity.country);
  compatible.sort((a, b) => Number(b.country === (entity.country ?? null)) - Number(a.country === (entity.country ?? null)) || a.id - b.id);
  return compatible[0];
}

async function resolvePerson(known: KnownEntities, entity: Entity): Promise<Known | undefined> {
  const mention = mentionOf(entity);
  const full = fullName(entity);
  const chosen = (people: KnownPerson[]): Known | undefined => {
    const id = people.length ? choosePerson(mention, people) : undefined;
    return id === undefined ? undefined : known.entities.get(id);
  };
  // Most people were seen before under the same full name: look them up first, then widen to the family name.
  if (full.given.length) {
    const exact = chosen(known.people((a) => a.name_key === full.key));
    if (exact) return exact;
    await known.loadFamilies([full.last], []);
    const [first, initial] = [full.given[0], full.given[0][0]];
    // Known people whose names could be this one: same family name, and the same first name, its initial, or none.
    return chosen(known.people((a) => a.last_key === full.last && (a.first_key === null || a.first_key === first || a.first_key === initial
      || ([...a.first_key].length > 1 && first.length === 1 && [...a.first_key][0] === first))));
  }
  // A single word: a family name ("Singh") or a family name written first ("Xi").
  await known.loadFamilies([full.last], [full.last]);
  return chosen(known.people((a) => a.last_key === full.last || a.first_key === full.last));
}

/** The names this article gives its entities: per-article rows (to undo the article) and running alias counts. */
function recordNames(db: Db, articleId: number, entities: readonly Entity[], ids: ReadonlyMap<string, number>): void {
  const rows: Param[][] = [];
  const aliases: Param[][] = [];
  const seen = new Set<string>();
  for (const entity of entities) {
    const entityId = ids.get(entity.id)!;
    for (const name of namesOf(entity)) {
      const key = nameKey(name);
      if (seen.has(`${entityId} ${key}`)) continue;
      seen.add(`${entityId} ${key}`);
      const isMain = name === entity.name ? 1 : 0;
      rows.push([entityId, articleId, name, key, isMain, json(entity.titles)]);
      const person = entity.kind === 'person' ? personName(name) : null;
      aliases.push([entityId, key, name, person?.given[0] ?? null, person?.last ?? null, 1, isMain]);
    }
  }
  // The article is new (or its earlier names were removed), so every row is new: each name counts once more.
  deferRows(db, 'INSERT INTO entity_names (entity_id, article_id, name, name_key, is_main, titles)', rows, 'ON CONFLICT DO NOTHING');
  deferRows(db, 'INSERT INTO entity_aliases (entity_id, name_key, name, first_key, last_key, uses, main_uses)', aliases,
    'ON CONFLICT (entity_id, name_key) DO UPDATE SET uses = entity_aliases.uses + 1, main_uses = entity_aliases.main_uses + excluded.main_uses');
  refreshEntityNames(db, [...new Set(rows.map((r) => r[0] as number))]);
}

/** Each entity's name: the one articles most often use as its main name; the longest on a tie. */
function refreshEntityNames(db: Db, entityIds: readonly number[]): void {
  for (let i = 0; i < entityIds.length; i += 50) {
    const chunk = entityIds.slice(i, i + 50);
    db.defer(
      `UPDATE entities SET (name, name_key) = (SELECT name, name_key FROM entity_aliases WHERE entity_id = entities.id
         ORDER BY main_uses DESC, uses DESC, length(name) DESC, name LIMIT 1) WHERE id IN (${chunk.map(() => '?').join(', ')})`, chunk);
  }
}

// ---- offices -------------------------------------------------------------------------------------------------

/** Each office stated, with its evidence; the office is found by its key rather than its id, so nothing waits
 * for a result. */
function recordOffices(db: Db, personId: number, articleId: number, published: string | null, entity: Entity): void {
  const byKey = 'person_id = ? AND title_key = ? AND country = ? AND posted_to = ?';
  for (const office of entity.offices) {
    const key = [personId, titleKey(office.title), office.country ?? '', office.postedTo ?? ''];
    db.defer(`INSERT INTO offices (person_id, title, title_key, country, posted_to) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (person_id, title_key, country, posted_to) DO NOTHING`, [personId, office.title, ...key.slice(1)]);
    db.defer(`INSERT INTO office_evidence (office_id, article_id, seen, char_start, char_end) VALUES ((SELECT id FROM offices WHERE ${byKey}), ?, ?, ?, ?)`,
      [...key, articleId, published, office.evidence.start, office.evidence.end]);
    // First and last seen from the office's evidence (which it now has).
    db.defer(`UPDATE offices SET first_seen = (SELECT min(seen) FROM office_evidence WHERE office_id = offices.id),
       last_seen = (SELECT max(seen) FROM office_evidence WHERE office_id = offices.id) WHERE ${byKey}`, key);
  }
}

/** First and last seen from the office's evidence; an office left without evidence goes. */
async function refreshOffice(db: Db, officeId: number): Promise<void> {
  const changed = await db.run(
    `UPDATE offices SET first_seen = (SELECT min(seen) FROM office_evidence WHERE office_id = offices.id),
       last_seen = (SELECT max(seen) FROM office_evidence WHERE office_id = offices.id)
     WHERE id = ? AND EXISTS (SELECT 1 FROM office_evidence WHERE office_id = offices.id)`, [officeId]);
  if (!changed) await db.run('DELETE FROM offices WHERE id = ?', [officeId]);
}

// ---- events --------------------------------------------------------------------------------------------------

/** Kind and country of places, read once per article (the article's own entities are known from resolution). */
class PlaceCache {
  private readonly known: Map<number, PlaceInfo>;
  constructor(private readonly db: Db, known: ReadonlyMap<number, PlaceInfo> = new Map()) {
    this.known = new Map(known);
  }

  /** A place read along with something else. */
  add(id: number | null, kind: string | null, country: string | null): void {
    if (id !== null && kind !== null && !this.known.has(id)) this.known.set(id, { kind, country });
  }

  async load(ids: readonly (number | null)[]): Promise<ReadonlyMap<number, PlaceInfo>> {
    for (const id of ids) {
      if (id === null || this.known.has(id)) continue;
      const row = await this.db.get<PlaceInfo>('SELECT kind, country FROM entities WHERE id = ?', [id]);
      if (row) this.known.set(id, row);
    }
    return this.known;
  }
}

/** Stores one event report, joined to the known event it describes or as a new event; true when new. */
async function recordEvent(db: Db, articleId: number, published: string | null, event: Event, ids: ReadonlyMap<string, number>,
  kinds: ReadonlyMap<number, string>, places: PlaceCache): Promise<boolean> {
  const actors: ReportActor[] = [];
  const add = (local: string, role: StoredRole) => {
    const entity = ids.get(local);
    if (entity !== undefined && !actors.some((a) => a.entity === entity)) actors.push({ entity, role });
  };
  for (const a of event.actors) add(a.entity, a.role);
  for (const local of event.accompanying) add(local, 'accompanying');
  const placeId = event.location ? ids.get(event.location) ?? null : null;
  const facts: EventFacts = {
    type: event.type, actors, dateStart: event.date.start, dateEnd: event.date.end ?? event.date.start, placeId,
    datesFromPublication: event.date.basis === 'publication', reportedFrom: published, reportedTo: published,
  };
  // This report as the store will give it back (undefined fields read as NULL, JSON columns as parsed).
  const report: Report = {
    articleId, published, mode: event.mode ?? null, cameo: event.cameo, dateStart: facts.dateStart ?? null, dateEnd: facts.dateEnd ?? null,
    dateText: event.date.text ?? null, dateBasis: event.date.basis ?? null, placeId, occasion: event.occasion?.text ?? null,
    topics: JSON.parse(json(event.topics)), actors: JSON.parse(json(actors)), confidence: event.confidence,
  };
  const same = await findSameEvent(db, facts, kinds, places);
  let eventId: number;
  let fused: FusedEvent;
  if (same === undefined) {
    fused = fuseReports([report], await places.load([placeId]));
    eventId = (await db.get<{ id: number }>(
      `INSERT INTO events (type, mode, cameo, date_start, date_end, date_text, date_basis, place_id, occasion, topics, confidence, source_count,
         first_reported, last_reported) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      [event.type, ...fusedColumns(fused)]))!.id;
  } else {
    eventId = same.id;
    const reports = [...(await storedReports(db, eventId, places)), report];
    fused = fuseReports(reports, await places.load(reports.map((r) => r.placeId)));
  }
  db.defer(
    `INSERT INTO event_reports (event_id, article_id, type, mode, cameo, date_start, date_end, date_text, date_basis, date_unresolved,
       place_id, occasion, topics, actors, confidence, rule, trigger_text, trigger_start, trigger_end)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [eventId, articleId, event.type, report.mode, event.cameo, report.dateStart, report.dateEnd, report.dateText, report.dateBasis,
      event.date.unresolved ?? null, placeId, report.occasion, json(event.topics), json(actors), event.confidence,
      event.why.rule, event.why.trigger.text, event.why.trigger.start, event.why.trigger.end]);
  // The report just written is this article's latest: its id is not needed here, so nothing waits for it.
  deferRows(db, 'INSERT INTO event_evidence (event_id, report_id, article_id, char_start, char_end)',
    event.evidence.map((span) => [eventId, articleId, articleId, span.start, span.end]), '',
    '(?, (SELECT max(id) FROM event_reports WHERE article_id = ?), ?, ?, ?)');
  if (same !== undefined) {
    db.defer(`UPDATE events SET mode = ?, cameo = ?, date_start = ?, date_end = ?, date_text = ?, date_basis = ?, place_id = ?, occasion = ?,
       topics = ?, confidence = ?, source_count = ?, first_reported = ?, last_reported = ? WHERE id = ?`, [...fusedColumns(fused), eventId]);
  }
  replaceActors(db, eventId, same?.actors ?? [], fused.actors);
  return same === undefined;
}

/** The fused event's columns from mode to last_reported, in the order the statements above list them. */
const fusedColumns = (f: FusedEvent): Param[] => [f.mode, f.cameo, f.dateStart, f.dateEnd, f.dateText, f.dateBasis, f.placeId, f.occasion,
  json(f.topics), f.confidence, f.sourceCount, f.firstReported, f.lastReported];

/** An event's actors become the fused ones (with each actor's country copied for country queries), unless they are. */
function replaceActors(db: Db, eventId: number, current: readonly ReportActor[], fused: readonly ReportActor[]): void {
  const same = current.length === fused.length && fused.every((a) => current.some((c) => c.entity === a.entity && c.role === a.role));
  if (same) return;
  if (current.length) db.defer('DELETE FROM event_actors WHERE event_id = ?', [eventId]);
  for (const a of fused) {
    db.defer('INSERT INTO event_actors (event_id, entity_id, role, country) SELECT CAST(? AS INTEGER), CAST(? AS INTEGER), CAST(? AS TEXT), country FROM entities WHERE id = ?',
      [eventId, a.entity, a.role, a.entity]);
  }
}

interface Candidate {
  id: number;
  type: string;
  date_start: string | null;
  date_end: string | null;
  date_basis: string | null;
  place_id: number | null;
  place_kind: string | null;
  place_country: string | null;
  first_reported: string | null;
  last_reported: string | null;
  actor: number;
  actor_role: StoredRole;
}

/** The known event this report describes, with its actors, if any. */
async function findSameEvent(db: Db, facts: EventFacts, kinds: ReadonlyMap<number, string>, places: PlaceCache): Promise<{ id: number; actors: ReportActor[] } | undefined> {
  const range = effectiveRange(facts);
  const principal = facts.actors.filter((a) => a.role !== 'accompanying');
  if (!range || !principal.length) return undefined;
  const anchor = principal.reduce((a, b) => ((KIND_RANK[kinds.get(b.entity) ?? ''] ?? 9) < (KIND_RANK[kinds.get(a.entity) ?? ''] ?? 9) ? b : a));
  // The anchor's events first (MATERIALIZED, in both engines), and the type checked below rather than in SQL: a
  // planner that starts from all events of the type reads tens of thousands of rows per article in a large store.
  // Each candidate comes with its place and its actors (a row per actor), so that one query decides.
  const rows = await db.all<Candidate>(
    `WITH anchor AS MATERIALIZED (SELECT event_id FROM event_actors WHERE entity_id = ? AND role <> 'accompanying'),
     candidates AS MATERIALIZED (
       SELECT e.id, e.type, e.date_start, e.date_end, e.date_basis, e.place_id, e.first_reported, e.last_reported
       FROM anchor a JOIN events e ON e.id = a.event_id
       WHERE
         ((e.date_start IS NOT NULL AND e.date_basis IS DISTINCT FROM 'publication' AND e.date_start <= ? AND e.date_end >= ?)
           OR ((e.date_start IS NULL OR e.date_basis = 'publication') AND e.first_reported <= ? AND e.last_reported >= ?)))
     SELECT c.id, c.type, c.date_start, c.date_end, c.date_basis, c.place_id, p.kind AS place_kind, p.country AS place_country,
       c.first_reported, c.last_reported, x.entity_id AS actor, x.role AS actor_role
     FROM candidates c JOIN event_actors x ON x.event_id = c.id LEFT JOIN entities p ON p.id = c.place_id
     ORDER BY c.id`,
    [anchor.entity, range[1], range[0], addDays(range[1], UNDATED_WINDOW_DAYS), range[0]],
  );
  const candidates = new Map<number, { row: Candidate; actors: ReportActor[] }>();
  for (const r of rows) {
    if (r.type !== facts.type) continue;
    const c = candidates.get(r.id) ?? { row: r, actors: [] };
    c.actors.push({ entity: r.actor, role: r.actor_role });
    candidates.set(r.id, c);
    places.add(r.place_id, r.place_kind, r.place_country);
  }
  for (const { row: c, actors } of [...candidates.values()].sort((a, b) => a.row.id - b.row.id)) {
    const known: EventFacts = {
      type: facts.type, actors, dateStart: c.date_start, dateEnd: c.date_end, placeId: c.place_id,
      datesFromPublication: c.date_basis === 'publication', reportedFrom: c.first_reported, reportedTo: c.last_reported,
    };
    if (sameEvent(facts, known, await places.load([facts.placeId, c.place_id]))) return { id: c.id, actors };
  }
  return undefined;
}

interface ReportRow {
  article_id: number;
  published: string | null;
  mode: string | null;
  cameo: string;
  date_start: string | null;
  date_end: string | null;
  date_text: string | null;
  date_basis: string | null;
  place_id: number | null;
  place_kind: string | null;
  place_country: string | null;
  occasion: string | null;
  topics: string;
  actors: string;
  confidence: number;
}

/** An event's stored reports in the order they were written, with their places. */
async function storedReports(db: Db, eventId: number, places: PlaceCache): Promise<Report[]> {
  const rows = await db.all<ReportRow>(
    `SELECT r.article_id, a.published, r.mode, r.cameo, r.date_start, r.date_end, r.date_text, r.date_basis, r.place_id,
       p.kind AS place_kind, p.country AS place_country, r.occasion, r.topics, r.actors, r.confidence
     FROM event_reports r JOIN articles a ON a.id = r.article_id LEFT JOIN entities p ON p.id = r.place_id WHERE r.event_id = ? ORDER BY r.id`, [eventId]);
  for (const r of rows) places.add(r.place_id, r.place_kind, r.place_country);
  return rows.map((r) => ({
    articleId: r.article_id, published: r.published, mode: r.mode, cameo: r.cameo, dateStart: r.date_start, dateEnd: r.date_end,
    dateText: r.date_text, dateBasis: r.date_basis, placeId: r.place_id, occasion: r.occasion, topics: JSON.parse(r.topics), actors: JSON.parse(r.actors),
    confidence: r.confidence,
  }));
}

/** Recomputes a fused event from all its reports; an event left without reports goes. */
async function refreshEvent(db: Db, eventId: number, places: PlaceCache = new PlaceCache(db)): Promise<void> {
  const reports = await storedReports(db, eventId, places);
  if (!reports.length) {
    await db.run('DELETE FROM events WHERE id = ?', [eventId]);
    return;
  }
  const fused = fuseReports(reports, await places.load(reports.map((r) => r.placeId)));
  await db.run(
    `UPDATE events SET mode = ?, cameo = ?, date_start = ?, date_end = ?, date_text = ?, date_basis = ?, place_id = ?, occasion = ?,
       topics = ?, confidence = ?, source_count = ?, first_reported = ?, last_reported = ? WHERE id = ?`, [...fusedColumns(fused), eventId]);
  const current = await db.all<ReportActor>('SELECT entity_id AS entity, role FROM event_actors WHERE event_id = ?', [eventId]);
  replaceActors(db, eventId, current, fused.actors);
}

// ---- undoing an article --------------------------------------------------------------------------------------

/** Removes everything the article contributed, so that a new version can take its place (or it can go). */
export async function removeContribution(db: Db, articleId: number): Promise<void> {
  const events = await db.all<{ event_id: number }>('SELECT DISTINCT event_id FROM event_reports WHERE article_id = ? ORDER BY event_id', [articleId]);
  await db.run('DELETE FROM event_reports WHERE article_id = ?', [articleId]);
  const places = new PlaceCache(db);
  for (const e of events) await refreshEvent(db, e.event_id, places);

  const offices = await db.all<{ office_id: number }>('SELECT DISTINCT office_id FROM office_evidence WHERE article_id = ? ORDER BY office_id', [articleId]);
  await db.run('DELETE FROM office_evidence WHERE article_id = ?', [articleId]);
  for (const o of offices) await refreshOffice(db, o.office_id);

  await db.run('DELETE FROM statements WHERE article_id = ?', [articleId]);
  await db.run('DELETE FROM mentions WHERE article_id = ?', [articleId]);
  const names = await db.all<{ entity_id: number; name_key: string; is_main: number }>(
    'SELECT entity_id, name_key, is_main FROM entity_names WHERE article_id = ? ORDER BY entity_id', [articleId]);
  await db.run('DELETE FROM entity_names WHERE article_id = ?', [articleId]);
  for (const n of names) {
    await db.run('UPDATE entity_aliases SET uses = uses - 1, main_uses = main_uses - ? WHERE entity_id = ? AND name_key = ?', [n.is_main, n.entity_id, n.name_key]);
  }
  for (const entityId of new Set(names.map((n) => n.entity_id))) {
    await db.run('DELETE FROM entity_aliases WHERE entity_id = ? AND uses <= 0', [entityId]);
    const left = await db.get('SELECT 1 AS one FROM entity_names WHERE entity_id = ? LIMIT 1', [entityId]);
    if (left) await refreshEntityNames(db, [entityId]);
    else await db.run('DELETE FROM entities WHERE id = ?', [entityId]);
  }
}

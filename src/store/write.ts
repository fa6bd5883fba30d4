// Writes one article's extraction into the store, resolving its entities and events against what earlier articles
// contributed, and removes an article's contribution again when the article changes. Callers run both inside one
// transaction per article.
import type { Entity, Event, ExtractionResult } from '../extract/types.js';
import { fuseReports, sameEvent, effectiveRange, addDays, UNDATED_WINDOW_DAYS, type EventFacts, type PlaceInfo, type Report, type ReportActor, type StoredRole } from '../resolve/events.js';
import { nameKey, personName, titleKey } from '../resolve/names.js';
import { choosePerson, type KnownPerson } from '../resolve/people.js';
import type { Db, Param } from './db.js';

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
  const ids = new Map<string, number>();
  const kinds = new Map<number, string>();
  for (const entity of result.entities) {
    const id = await resolveEntity(db, entity);
    ids.set(entity.id, id);
    kinds.set(id, entity.kind);
  }
  await recordNames(db, articleId, result.entities, ids);
  await insertRows(db, 'INSERT INTO mentions (article_id, entity_id, char_start, char_end, text)',
    result.entities.flatMap((e) => e.mentions.map((m) => [articleId, ids.get(e.id)!, m.start, m.end, m.text])));
  for (const entity of result.entities) {
    if (entity.kind === 'person') await recordOffices(db, ids.get(entity.id)!, articleId, published, entity);
  }
  const places = new PlaceCache(db);
  let newEvents = 0;
  for (const event of result.events) {
    if (await recordEvent(db, articleId, published, event, ids, kinds, places)) newEvents++;
  }
  await insertRows(db, 'INSERT INTO statements (article_id, speaker_id, text, char_start, char_end, channel, said_on, handle, url)',
    result.statements.map((st) => [articleId, st.speaker ? ids.get(st.speaker) ?? null : null, st.text, st.start, st.end, st.channel,
      st.date ?? null, st.handle ?? null, st.url ?? null]));
  return { entities: new Set(ids.values()).size, events: result.events.length, newEvents, statements: result.statements.length };
}

/** One INSERT … VALUES (…), (…) for many rows (a round trip each would dominate on PostgreSQL), in chunks. */
async function insertRows(db: Db, insert: string, rows: readonly Param[][], suffix = ''): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < rows.length; i += 50) {
    const chunk = rows.slice(i, i + 50);
    const tuple = `(${chunk[0].map(() => '?').join(', ')})`;
    const sql = `${insert} VALUES ${chunk.map(() => tuple).join(', ')} ${suffix}`;
    if (/RETURNING/i.test(suffix)) out.push(...(await db.all<Record<string, unknown>>(sql, chunk.flat())));
    else await db.run(sql, chunk.flat());
  }
  return out;
}

// ---- entities ------------------------------------------------------------------------------------------------

/** A known entity an article's entity resolved to, with what the store already knows of it. */
interface Resolved {
  id: number;
  country: string | null;
  latitude?: number | null;
}

async function resolveEntity(db: Db, entity: Entity): Promise<number> {
  let found: Resolved | undefined;
  if (entity.kind === 'country' && entity.country) {
    found = await db.get<Resolved>("SELECT id, country, latitude FROM entities WHERE kind = 'country' AND country = ?", [entity.country]);
  } else if (entity.kind === 'person') {
    found = await resolvePerson(db, entity);
  } else {
    found = await resolveByName(db, entity);
  }
  if (found === undefined) {
    const [lat, lon] = entity.coordinates ?? [null, null];
    const row = await db.get<{ id: number }>(
      'INSERT INTO entities (kind, name, name_key, country, latitude, longitude) VALUES (?, ?, ?, ?, ?, ?) RETURNING id',
      [entity.kind, entity.name, nameKey(entity.name), entity.country ?? null, lat, lon],
    );
    return row!.id;
  }
  // What a later article adds about a known entity: its country or coordinates where they were missing.
  if ((entity.country && !found.country) || (entity.coordinates && found.latitude === null)) {
    await db.run(
      'UPDATE entities SET country = COALESCE(country, ?), latitude = COALESCE(latitude, ?), longitude = COALESCE(longitude, ?) WHERE id = ?',
      [entity.country ?? null, entity.coordinates?.[0] ?? null, entity.coordinates?.[1] ?? null, found.id],
    );
  }
  return found.id;
}

const namesOf = (entity: Entity): string[] => [entity.name, ...entity.aliases].filter((n) => nameKey(n) !== '');

/** Places, organisations (and countries without a code): a shared name and no conflicting country. */
async function resolveByName(db: Db, entity: Entity): Promise<Resolved | undefined> {
  const matches: Resolved[] = [];
  for (const name of namesOf(entity)) {
    matches.push(...(await db.all<Resolved>(
      // The alias drives the lookup: CROSS JOIN keeps SQLite from scanning every entity of the kind first.
      'SELECT e.id, e.country, e.latitude FROM entity_aliases a CROSS JOIN entities e WHERE a.name_key = ? AND e.id = a.entity_id AND e.kind = ?',
      [nameKey(name), entity.kind],
    )));
  }
  const compatible = matches.filter((m) => !entity.country || !m.country || m.country === entity.country);
  compatible.sort((a, b) => Number(b.country === (entity.country ?? null)) - Number(a.country === (entity.country ?? null)) || a.id - b.id);
  return compatible[0];
}

async function resolvePerson(db: Db, entity: Entity): Promise<Resolved | undefined> {
  const names = namesOf(entity);
  const mention = { names, country: entity.country, titleKeys: [...entity.titles, ...entity.offices.map((o) => o.title)].map(titleKey) };
  const full = names.map(personName).reduce((a, b) => (b.given.length > a.given.length ? b : a));
  // Most people were seen before under the same full name: look them up first, then widen to the family name.
  if (full.given.length) {
    const exact = await loadPeople(db, 'name_key = ?', [full.key]);
    const chosen = exact.length ? choosePerson(mention, exact) : undefined;
    if (chosen !== undefined) return exact.find((p) => p.id === chosen);
    const initial = full.given[0][0];
    // Known people whose names could be this one: same family name, and the same first name, its initial, or none.
    const similar = await loadPeople(db, 'last_key = ? AND (first_key IS NULL OR first_key = ? OR first_key = ? OR (length(first_key) > 1 AND ? = 1 AND substr(first_key, 1, 1) = ?))',
      [full.last, full.given[0], initial, full.given[0].length, full.given[0]]);
    const id = similar.length ? choosePerson(mention, similar) : undefined;
    return similar.find((p) => p.id === id);
  }
  // A single word: a family name ("Singh") or a family name written first ("Xi").
  const known = await loadPeople(db, 'last_key = ? OR first_key = ?', [full.last, full.last]);
  const id = known.length ? choosePerson(mention, known) : undefined;
  return known.find((p) => p.id === id);
}

/** People with an alias matching `condition` (over entity_aliases), with all their names and office titles. */
async function loadPeople(db: Db, condition: string, params: Param[]): Promise<KnownPerson[]> {
  const ids = `SELECT DISTINCT entity_id FROM entity_aliases WHERE ${condition}`;
  const rows = await db.all<{ id: number; name: string; country: string | null }>(
    `SELECT a.entity_id AS id, a.name, e.country FROM (${ids}) m JOIN entity_aliases a ON a.entity_id = m.entity_id
     JOIN entities e ON e.id = m.entity_id WHERE e.kind = 'person'`, params);
  if (!rows.length) return [];
  const titles = await db.all<{ id: number; title_key: string }>(
    `SELECT DISTINCT o.person_id AS id, o.title_key FROM (${ids}) m JOIN offices o ON o.person_id = m.entity_id`, params);
  const people = new Map<number, KnownPerson & { names: string[]; titleKeys: string[] }>();
  for (const r of rows) {
    const p = people.get(r.id) ?? { id: r.id, names: [], country: r.country, titleKeys: [] };
    p.names.push(r.name);
    people.set(r.id, p);
  }
  for (const t of titles) people.get(t.id)?.titleKeys.push(t.title_key);
  return [...people.values()];
}

/** The names this article gives its entities: per-article rows (to undo the article) and running alias counts. */
async function recordNames(db: Db, articleId: number, entities: readonly Entity[], ids: ReadonlyMap<string, number>): Promise<void> {
  const rows: Param[][] = [];
  const parts = new Map<string, { first: string | null; last: string | null }>();
  const seen = new Set<string>();
  for (const entity of entities) {
    const entityId = ids.get(entity.id)!;
    for (const name of namesOf(entity)) {
      const key = nameKey(name);
      if (seen.has(`${entityId} ${key}`)) continue;
      seen.add(`${entityId} ${key}`);
      rows.push([entityId, articleId, name, key, name === entity.name ? 1 : 0, json(entity.titles)]);
      const person = entity.kind === 'person' ? personName(name) : null;
      parts.set(`${entityId} ${key}`, { first: person?.given[0] ?? null, last: person?.last ?? null });
    }
  }
  const inserted = await insertRows(db, 'INSERT INTO entity_names (entity_id, article_id, name, name_key, is_main, titles)', rows,
    'ON CONFLICT DO NOTHING RETURNING entity_id, name, name_key, is_main');
  await insertRows(db, 'INSERT INTO entity_aliases (entity_id, name_key, name, first_key, last_key, uses, main_uses)',
    inserted.map((r) => {
      const p = parts.get(`${r.entity_id} ${r.name_key}`)!;
      return [r.entity_id as number, r.name_key as string, r.name as string, p.first, p.last, 1, r.is_main as number];
    }),
    'ON CONFLICT (entity_id, name_key) DO UPDATE SET uses = entity_aliases.uses + 1, main_uses = entity_aliases.main_uses + excluded.main_uses');
  await refreshEntityNames(db, [...new Set(inserted.map((r) => r.entity_id as number))]);
}

/** Each entity's name: the one articles most often use as its main name; the longest on a tie. */
async function refreshEntityNames(db: Db, entityIds: readonly number[]): Promise<void> {
  for (let i = 0; i < entityIds.length; i += 50) {
    const chunk = entityIds.slice(i, i + 50);
    await db.run(
      `UPDATE entities SET (name, name_key) = (SELECT name, name_key FROM entity_aliases WHERE entity_id = entities.id
         ORDER BY main_uses DESC, uses DESC, length(name) DESC, name LIMIT 1) WHERE id IN (${chunk.map(() => '?').join(', ')})`, chunk);
  }
}

// ---- offices -------------------------------------------------------------------------------------------------

async function recordOffices(db: Db, personId: number, articleId: number, published: string | null, entity: Entity): Promise<void> {
  for (const office of entity.offices) {
    const office_ = await db.get<{ id: number }>(
      `INSERT INTO offices (person_id, title, title_key, country, posted_to) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (person_id, title_key, country, posted_to) DO UPDATE SET title = offices.title RETURNING id`,
      [personId, office.title, titleKey(office.title), office.country ?? '', office.postedTo ?? '']);
    await db.run('INSERT INTO office_evidence (office_id, article_id, seen, char_start, char_end) VALUES (?, ?, ?, ?, ?)',
      [office_!.id, articleId, published, office.evidence.start, office.evidence.end]);
    await refreshOffice(db, office_!.id);
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

class PlaceCache {
  private readonly known = new Map<number, PlaceInfo>();
  constructor(private readonly db: Db) {}

  async load(ids: readonly (number | null)[]): Promise<ReadonlyMap<number, PlaceInfo>> {
    for (const id of ids) {
      if (id === null || this.known.has(id)) continue;
      const row = await this.db.get<PlaceInfo>('SELECT kind, country FROM entities WHERE id = ?', [id]);
      if (row) this.known.set(id, row);
    }
    return this.known;
  }
}

interface EventRow {
  id: number;
  date_start: string | null;
  date_end: string | null;
  date_basis: string | null;
  place_id: number | null;
  first_reported: string | null;
  last_reported: string | null;
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
  let eventId = await findSameEvent(db, facts, kinds, places);
  const isNew = eventId === undefined;
  if (eventId === undefined) {
    eventId = (await db.get<{ id: number }>(
      'INSERT INTO events (type, cameo, confidence, source_count) VALUES (?, ?, ?, 0) RETURNING id', [event.type, event.cameo, event.confidence]))!.id;
  }
  const report = await db.get<{ id: number }>(
    `INSERT INTO event_reports (event_id, article_id, type, mode, cameo, date_start, date_end, date_text, date_basis, date_unresolved,
       place_id, occasion, topics, actors, confidence, rule, trigger_text, trigger_start, trigger_end)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    [eventId, articleId, event.type, event.mode ?? null, event.cameo, facts.dateStart, facts.dateEnd, event.date.text,
      event.date.basis ?? null, event.date.unresolved ?? null, placeId, event.occasion?.text ?? null, json(event.topics), json(actors), event.confidence,
      event.why.rule, event.why.trigger.text, event.why.trigger.start, event.why.trigger.end],
  );
  for (const span of event.evidence) {
    await db.run('INSERT INTO event_evidence (event_id, report_id, article_id, char_start, char_end) VALUES (?, ?, ?, ?, ?)',
      [eventId, report!.id, articleId, span.start, span.end]);
  }
  await refreshEvent(db, eventId, places);
  return isNew;
}

async function findSameEvent(db: Db, facts: EventFacts, kinds: ReadonlyMap<number, string>, places: PlaceCache): Promise<number | undefined> {
  const range = effectiveRange(facts);
  const principal = facts.actors.filter((a) => a.role !== 'accompanying');
  if (!range || !principal.length) return undefined;
  const anchor = principal.reduce((a, b) => ((KIND_RANK[kinds.get(b.entity) ?? ''] ?? 9) < (KIND_RANK[kinds.get(a.entity) ?? ''] ?? 9) ? b : a));
  // The anchor's events first (MATERIALIZED, in both engines), and the type checked below rather than in SQL: a
  // planner that starts from all events of the type reads tens of thousands of rows per article in a large store.
  const candidates = (await db.all<EventRow & { type: string }>(
    `WITH anchor AS MATERIALIZED (SELECT event_id FROM event_actors WHERE entity_id = ? AND role <> 'accompanying')
     SELECT e.id, e.type, e.date_start, e.date_end, e.date_basis, e.place_id, e.first_reported, e.last_reported
     FROM anchor a JOIN events e ON e.id = a.event_id
     WHERE
       ((e.date_start IS NOT NULL AND e.date_basis IS DISTINCT FROM 'publication' AND e.date_start <= ? AND e.date_end >= ?)
         OR ((e.date_start IS NULL OR e.date_basis = 'publication') AND e.first_reported <= ? AND e.last_reported >= ?))
     ORDER BY e.id`,
    [anchor.entity, range[1], range[0], addDays(range[1], UNDATED_WINDOW_DAYS), range[0]],
  )).filter((c) => c.type === facts.type);
  for (const c of candidates) {
    const actors = await db.all<{ entity: number; role: StoredRole }>('SELECT entity_id AS entity, role FROM event_actors WHERE event_id = ?', [c.id]);
    const known: EventFacts = {
      type: facts.type, actors, dateStart: c.date_start, dateEnd: c.date_end, placeId: c.place_id,
      datesFromPublication: c.date_basis === 'publication', reportedFrom: c.first_reported, reportedTo: c.last_reported,
    };
    if (sameEvent(facts, known, await places.load([facts.placeId, c.place_id]))) return c.id;
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
  occasion: string | null;
  topics: string;
  actors: string;
  confidence: number;
}

/** Recomputes a fused event from all its reports; an event left without reports goes. */
async function refreshEvent(db: Db, eventId: number, places: PlaceCache = new PlaceCache(db)): Promise<void> {
  const rows = await db.all<ReportRow>(
    `SELECT r.article_id, a.published, r.mode, r.cameo, r.date_start, r.date_end, r.date_text, r.date_basis, r.place_id, r.occasion, r.topics, r.actors, r.confidence
     FROM event_reports r JOIN articles a ON a.id = r.article_id WHERE r.event_id = ? ORDER BY r.id`, [eventId]);
  if (!rows.length) {
    await db.run('DELETE FROM events WHERE id = ?', [eventId]);
    return;
  }
  const reports: Report[] = rows.map((r) => ({
    articleId: r.article_id, published: r.published, mode: r.mode, cameo: r.cameo, dateStart: r.date_start, dateEnd: r.date_end,
    dateText: r.date_text, dateBasis: r.date_basis, placeId: r.place_id, occasion: r.occasion, topics: JSON.parse(r.topics), actors: JSON.parse(r.actors),
    confidence: r.confidence,
  }));
  const fused = fuseReports(reports, await places.load(reports.map((r) => r.placeId)));
  await db.run(
    `UPDATE events SET mode = ?, cameo = ?, date_start = ?, date_end = ?, date_text = ?, date_basis = ?, place_id = ?, occasion = ?,
       topics = ?, confidence = ?, source_count = ?, first_reported = ?, last_reported = ? WHERE id = ?`,
    [fused.mode, fused.cameo, fused.dateStart, fused.dateEnd, fused.dateText, fused.dateBasis, fused.placeId, fused.occasion, json(fused.topics),
      fused.confidence, fused.sourceCount, fused.firstReported, fused.lastReported, eventId],
  );
  const current = await db.all<{ entity: number; role: string }>('SELECT entity_id AS entity, role FROM event_actors WHERE event_id = ?', [eventId]);
  const same = current.length === fused.actors.length && fused.actors.every((a) => current.some((c) => c.entity === a.entity && c.role === a.role));
  if (same) return;
  await db.run('DELETE FROM event_actors WHERE event_id = ?', [eventId]);
  for (const a of fused.actors) {
    await db.run('INSERT INTO event_actors (event_id, entity_id, role, country) SELECT CAST(? AS INTEGER), CAST(? AS INTEGER), CAST(? AS TEXT), country FROM entities WHERE id = ?', [eventId, a.entity, a.role, a.entity]);
  }
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

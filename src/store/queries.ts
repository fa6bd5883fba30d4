// The read side of the store: event lists with filters, an entity's dossier, a country's relations, article search.
// The CLI, the exports and (later) the HTTP API all read through these functions.
import { goldsteinOf, quadClassOf, type QuadClass } from '../data/cameo.js';
import { nameKey, personName } from '../resolve/names.js';
import type { Db, Param } from './db.js';

export interface EventFilter {
  actor?: string;
  country?: string;
  type?: string;
  mode?: string;
  from?: string;
  to?: string;
  text?: string;
  limit?: number;
}

export interface ActorRef {
  id: number;
  name: string;
  kind: string;
  country: string | null;
  role: string;
}

export interface EvidenceRef {
  articleId: number;
  key: string;
  url: string | null;
  file: string | null;
  title: string | null;
  source: string | null;
  published: string | null;
  start: number;
  end: number;
  text: string;
  triggerStart: number | null;
}

export interface EventRecord {
  id: number;
  type: string;
  mode: string | null;
  cameo: string;
  dateStart: string | null;
  dateEnd: string | null;
  dateText: string | null;
  place: { id: number; name: string; kind: string; country: string | null; latitude: number | null; longitude: number | null } | null;
  occasion: string | null;
  topics: string[];
  confidence: number;
  sourceCount: number;
  firstReported: string | null;
  lastReported: string | null;
  actors: ActorRef[];
  evidence: EvidenceRef[];
}

/** Full-text query in each engine's syntax. SQLite's FTS5 syntax fails on stray punctuation, so the user's words
 * and "quoted phrases" are re-quoted (joined by AND; OR kept); PostgreSQL's websearch syntax takes them as typed. */
export function ftsQuery(db: Db, q: string): string {
  if (db.dialect === 'postgres') return q;
  const terms = [...q.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => {
    if (m[2] === 'OR') return 'OR';
    const words = (m[1] ?? m[2]).match(/[\p{L}\p{N}]+/gu) ?? [];
    return words.length ? `"${words.join(' ')}"` : '';
  }).filter(Boolean);
  while (terms[0] === 'OR') terms.shift();
  while (terms[terms.length - 1] === 'OR') terms.pop();
  return terms.join(' ') || '""';
}

const matchingArticles = (db: Db): string => db.dialect === 'sqlite'
  ? 'SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?'
  : "SELECT id FROM articles WHERE search @@ websearch_to_tsquery('english', ?)";

/** Above this many matching articles a text filter is checked event by event, latest first, rather than by
 * collecting the events of every matching article: common words would make that set most of the store. */
const COMMON_TEXT = 2000;

async function matchCount(db: Db, q: string, cap: number): Promise<number> {
  return (await db.get<{ n: number }>(`SELECT count(*) AS n FROM (${matchingArticles(db)} LIMIT ?) m`, [q, cap]))!.n;
}

/** Entities a user's name can mean: the exact name or alias, else a family name ("Austin"). */
const ENTITY_BY_NAME = 'SELECT entity_id FROM entity_aliases WHERE name_key = ? OR last_key = ?';

/** The WHERE clause and its parameters for a filter, over `events e`. */
async function whereOf(db: Db, filter: EventFilter): Promise<{ sql: string; params: Param[] }> {
  const conditions: string[] = [];
  const params: Param[] = [];
  if (filter.actor) {
    conditions.push(`e.id IN (SELECT event_id FROM event_actors WHERE entity_id IN (${ENTITY_BY_NAME}))`);
    params.push(nameKey(filter.actor), personName(filter.actor).last);
  }
  if (filter.country) {
    conditions.push("e.id IN (SELECT event_id FROM event_actors WHERE country = ? AND role <> 'accompanying')");
    params.push(filter.country.toUpperCase());
  }
  if (filter.type) { conditions.push('e.type = ?'); params.push(filter.type.toUpperCase()); }
  if (filter.mode) { conditions.push('e.mode = ?'); params.push(filter.mode); }
  if (filter.from) { conditions.push('coalesce(e.date_end, e.date_start) >= ?'); params.push(filter.from); }
  if (filter.to) { conditions.push('e.date_start <= ?'); params.push(filter.to); }
  if (filter.text) {
    const q = ftsQuery(db, filter.text);
    const common = (await matchCount(db, q, COMMON_TEXT + 1)) > COMMON_TEXT;
    conditions.push(common
      ? `EXISTS (SELECT 1 FROM event_evidence v WHERE v.event_id = e.id AND v.article_id IN (${matchingArticles(db)}))`
      : `e.id IN (SELECT event_id FROM event_evidence WHERE article_id IN (${matchingArticles(db)}))`);
    params.push(q);
  }
  return { sql: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

interface EventRow {
  id: number;
  type: string;
  mode: string | null;
  cameo: string;
  date_start: string | null;
  date_end: string | null;
  date_text: string | null;
  place_id: number | null;
  place_name: string | null;
  place_kind: string | null;
  place_country: string | null;
  place_lat: number | null;
  place_lon: number | null;
  occasion: string | null;
  topics: string;
  confidence: number;
  source_count: number;
  first_reported: string | null;
  last_reported: string | null;
}

const EVENT_COLUMNS = `e.id, e.type, e.mode, e.cameo, e.date_start, e.date_end, e.date_text, e.place_id, p.name AS place_name,
  p.kind AS place_kind, p.country AS place_country, p.latitude AS place_lat, p.longitude AS place_lon, e.occasion, e.topics,
  e.confidence, e.source_count, e.first_reported, e.last_reported`;

/** Events matching the filter, latest first (undated last). */
export async function findEvents(db: Db, filter: EventFilter, options: { evidence?: 'first' | 'all' } = {}): Promise<EventRecord[]> {
  const where = await whereOf(db, filter);
  const rows = await db.all<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events e LEFT JOIN entities p ON p.id = e.place_id ${where.sql}
     ORDER BY e.date_start DESC NULLS LAST, e.id DESC LIMIT ?`, [...where.params, filter.limit ?? 50]);
  return hydrate(db, rows, options.evidence ?? 'first');
}

/** Every event matching the filter, in id order, a page at a time (for exports of any size). */
export async function* eachEvent(db: Db, filter: Omit<EventFilter, 'limit'>, pageSize = 500): AsyncGenerator<EventRecord> {
  const where = await whereOf(db, filter);
  let after = 0;
  for (;;) {
    const rows = await db.all<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events e LEFT JOIN entities p ON p.id = e.place_id
       ${where.sql ? `${where.sql} AND` : 'WHERE'} e.id > ? ORDER BY e.id LIMIT ?`, [...where.params, after, pageSize]);
    if (!rows.length) return;
    yield* await hydrate(db, rows, 'all');
    after = rows[rows.length - 1].id;
  }
}

/** Actors and evidence of a page of events, a query each for the whole page (a round trip per event would
 * dominate on PostgreSQL). */
async function hydrate(db: Db, rows: readonly EventRow[], evidence: 'first' | 'all'): Promise<EventRecord[]> {
  const records: EventRecord[] = [];
  for (let i = 0; i < rows.length; i += 100) {
    const page = rows.slice(i, i + 100);
    const ids = page.map((r) => r.id);
    const list = ids.map(() => '?').join(', ');
    const actors = await db.all<ActorRef & { event_id: number }>(
      `SELECT x.event_id, x.entity_id AS id, en.name, en.kind, en.country, x.role FROM event_actors x JOIN entities en ON en.id = x.entity_id
       WHERE x.event_id IN (${list})
       ORDER BY x.event_id, CASE x.role WHEN 'source' THEN 0 WHEN 'participant' THEN 1 WHEN 'target' THEN 2 ELSE 3 END, en.name`, ids);
    const spans = await db.all<EvidenceRef & { eventId: number }>(
      `SELECT v.event_id AS "eventId", v.article_id AS "articleId", a.key, a.url, a.file, a.title, a.source, a.published,
         v.char_start AS start, v.char_end AS "end", substr(a.text, v.char_start + 1, v.char_end - v.char_start) AS text,
         rp.trigger_start AS "triggerStart"
       FROM event_evidence v JOIN articles a ON a.id = v.article_id JOIN event_reports rp ON rp.id = v.report_id
       WHERE v.event_id IN (${list}) ORDER BY v.event_id, (a.published IS NULL), a.published, v.article_id, v.char_start`, ids);
    for (const r of page) {
      const own = spans.filter((sp) => sp.eventId === r.id).map(({ eventId: _, ...ref }) => ref);
      records.push({
        id: r.id, type: r.type, mode: r.mode, cameo: r.cameo, dateStart: r.date_start, dateEnd: r.date_end, dateText: r.date_text,
        place: r.place_id === null ? null : { id: r.place_id, name: r.place_name!, kind: r.place_kind!, country: r.place_country, latitude: r.place_lat, longitude: r.place_lon },
        occasion: r.occasion, topics: JSON.parse(r.topics), confidence: r.confidence, sourceCount: r.source_count,
        firstReported: r.first_reported, lastReported: r.last_reported,
        actors: actors.filter((a) => a.event_id === r.id).map(({ event_id: _, ...actor }) => actor),
        evidence: evidence === 'first' ? own.slice(0, 1) : own,
      });
    }
  }
  return records;
}

// ---- entities ------------------------------------------------------------------------------------------------

export interface EntityMatch {
  id: number;
  kind: string;
  name: string;
  country: string | null;
  /** How often articles name it (each name an article uses counts once): the likeliest meaning ranks first. */
  nameUses: number;
}

/** Entities a name can mean, the likeliest first: exact names and aliases, then family names, then name parts. */
export async function findEntities(db: Db, name: string, limit = 10): Promise<EntityMatch[]> {
  const key = nameKey(name);
  if (!key) return [];
  const select = `SELECT e.id, e.kind, e.name, e.country, (SELECT sum(uses) FROM entity_aliases x WHERE x.entity_id = e.id) AS "nameUses" FROM entities e`;
  let rows = await db.all<EntityMatch>(`${select} WHERE e.id IN (SELECT entity_id FROM entity_aliases WHERE name_key = ?) ORDER BY "nameUses" DESC, e.id LIMIT ?`, [key, limit]);
  if (!rows.length) rows = await db.all<EntityMatch>(`${select} WHERE e.id IN (SELECT entity_id FROM entity_aliases WHERE last_key = ? OR first_key = ?) ORDER BY "nameUses" DESC, e.id LIMIT ?`, [key, key, limit]);
  if (!rows.length) rows = await db.all<EntityMatch>(`${select} WHERE e.name_key LIKE ? ORDER BY "nameUses" DESC, e.id LIMIT ?`, [`%${key}%`, limit]);
  return rows;
}

export interface Dossier {
  entity: EntityMatch;
  aliases: { name: string; uses: number }[];
  offices: { title: string; country: string; postedTo: string; firstSeen: string | null; lastSeen: string | null; evidence: number }[];
  counterparts: { id: number; name: string; kind: string; country: string | null; events: { id: number; type: string; mode: string | null; date: string | null }[] }[];
  statements: { text: string; date: string | null; channel: string; title: string | null; url: string | null; published: string | null }[];
  sources: { title: string | null; url: string | null; file: string | null; published: string | null }[];
  sourceCount: number;
  /** Other entities the name could mean. */
  others: EntityMatch[];
}

export async function entityDossier(db: Db, name: string): Promise<Dossier | undefined> {
  const [entity, ...others] = await findEntities(db, name);
  if (!entity) return undefined;
  const id = entity.id;
  const aliases = await db.all<{ name: string; uses: number }>('SELECT name, uses FROM entity_aliases WHERE entity_id = ? ORDER BY uses DESC, name', [id]);
  const offices = (await db.all<{ title: string; country: string; posted_to: string; first_seen: string | null; last_seen: string | null; evidence: number }>(
    `SELECT o.title, o.country, o.posted_to, o.first_seen, o.last_seen, (SELECT count(*) FROM office_evidence v WHERE v.office_id = o.id) AS evidence
     FROM offices o WHERE o.person_id = ? ORDER BY o.first_seen, o.title`, [id]))
    .map((o) => ({ title: o.title, country: o.country, postedTo: o.posted_to, firstSeen: o.first_seen, lastSeen: o.last_seen, evidence: o.evidence }));
  const met = await db.all<{ event_id: number; type: string; mode: string | null; date_start: string | null; id: number; name: string; kind: string; country: string | null }>(
    `SELECT e.id AS event_id, e.type, e.mode, e.date_start, o.entity_id AS id, en.name, en.kind, en.country
     FROM event_actors me JOIN events e ON e.id = me.event_id
     JOIN event_actors o ON o.event_id = me.event_id AND o.entity_id <> me.entity_id AND o.role <> 'accompanying'
     JOIN entities en ON en.id = o.entity_id
     WHERE me.entity_id = ? AND me.role <> 'accompanying'
     ORDER BY e.date_start DESC NULLS LAST, e.id DESC LIMIT 500`, [id]);
  const counterparts = new Map<number, Dossier['counterparts'][number]>();
  for (const m of met) {
    const c = counterparts.get(m.id) ?? { id: m.id, name: m.name, kind: m.kind, country: m.country, events: [] };
    c.events.push({ id: m.event_id, type: m.type, mode: m.mode, date: m.date_start });
    counterparts.set(m.id, c);
  }
  const statements = await db.all<Dossier['statements'][number]>(
    `SELECT s.text, s.said_on AS date, s.channel, a.title, a.url, a.published FROM statements s JOIN articles a ON a.id = s.article_id
     WHERE s.speaker_id = ? ORDER BY a.published DESC NULLS LAST, s.id DESC LIMIT 20`, [id]);
  const sources = await db.all<Dossier['sources'][number]>(
    `SELECT a.title, a.url, a.file, a.published FROM articles a WHERE a.id IN (SELECT article_id FROM entity_names WHERE entity_id = ?)
     ORDER BY a.published DESC NULLS LAST, a.id DESC LIMIT 20`, [id]);
  const count = await db.get<{ n: number }>('SELECT count(DISTINCT article_id) AS n FROM entity_names WHERE entity_id = ?', [id]);
  return {
    entity, aliases, offices, statements, sources, others, sourceCount: count?.n ?? 0,
    counterparts: [...counterparts.values()].sort((a, b) => b.events.length - a.events.length || a.name.localeCompare(b.name)),
  };
}

// ---- relations -----------------------------------------------------------------------------------------------

export interface Partner {
  country: string;
  events: number;
  byType: Record<string, number>;
  byQuad: Record<QuadClass, number>;
  /** (cooperation − conflict) / events, from the CAMEO quad classes: +1 all cooperation, −1 all conflict. */
  balance: number;
  /** Mean Goldstein score of the events (−10 … +10). */
  goldstein: number | null;
}

/** Partner countries of `iso3`: events in which an actor of each side took part, by type and quad class. */
export async function relations(db: Db, iso3: string, filter: Pick<EventFilter, 'from' | 'to' | 'type'> = {}): Promise<Partner[]> {
  const where = await whereOf(db, filter);
  const rows = await db.all<{ partner: string; type: string; cameo: string; n: number }>(
    `SELECT b.country AS partner, e.type, e.cameo, count(DISTINCT e.id) AS n
     FROM event_actors a
     JOIN event_actors b ON b.event_id = a.event_id AND b.country <> a.country AND b.role <> 'accompanying'
     JOIN events e ON e.id = a.event_id
     WHERE a.country = ? AND a.role <> 'accompanying' ${where.sql.replace(/^WHERE/, 'AND')}
     GROUP BY b.country, e.type, e.cameo`, [iso3.toUpperCase(), ...where.params]);
  const partners = new Map<string, Partner & { goldsteinSum: number; scored: number }>();
  for (const r of rows) {
    const p = partners.get(r.partner) ?? { country: r.partner, events: 0, byType: {}, byQuad: { 1: 0, 2: 0, 3: 0, 4: 0 }, balance: 0, goldstein: null, goldsteinSum: 0, scored: 0 };
    p.events += r.n;
    p.byType[r.type] = (p.byType[r.type] ?? 0) + r.n;
    const quad = quadClassOf(r.cameo);
    if (quad) p.byQuad[quad] += r.n;
    const g = goldsteinOf(r.cameo);
    if (g !== undefined) { p.goldsteinSum += g * r.n; p.scored += r.n; }
    partners.set(r.partner, p);
  }
  return [...partners.values()].map(({ goldsteinSum, scored, ...p }) => ({
    ...p,
    balance: p.events ? (p.byQuad[1] + p.byQuad[2] - p.byQuad[3] - p.byQuad[4]) / p.events : 0,
    goldstein: scored ? goldsteinSum / scored : null,
  })).sort((a, b) => b.events - a.events || a.country.localeCompare(b.country));
}

// ---- search --------------------------------------------------------------------------------------------------

export interface SearchHit {
  id: number;
  title: string | null;
  url: string | null;
  file: string | null;
  published: string | null;
  snippet: string;
}

/** How many of the latest matching articles search ranks: relevance over every match of a common word would
 * take most of a large store; for rarer words this is every match. PostgreSQL checks and ranks each candidate from
 * its stored tsvector, dearer than FTS5's own compact index, so its window is smaller. */
const SEARCH_WINDOW = { sqlite: 2000, postgres: 500 } as const;

/** Articles matching a full-text query, the most relevant of the latest matches first. */
export async function searchArticles(db: Db, q: string, limit = 20): Promise<SearchHit[]> {
  if (db.dialect === 'sqlite') {
    const query = ftsQuery(db, q);
    const best = await db.all<{ id: number }>(
      `SELECT rowid AS id FROM (SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?)
       ORDER BY rank, rowid DESC LIMIT ?`, [query, SEARCH_WINDOW.sqlite, limit]);
    const hits: SearchHit[] = [];
    for (const { id } of best) {
      hits.push((await db.get<SearchHit>(
        `SELECT a.id, a.title, a.url, a.file, a.published, snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet
         FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH ? AND articles_fts.rowid = ?`, [query, id]))!);
    }
    return hits;
  }
  return db.all<SearchHit>(
    `SELECT a.id, a.title, a.url, a.file, a.published,
       ts_headline('english', left(a.text, 20000), websearch_to_tsquery('english', ?), 'StartSel=[, StopSel=], MaxFragments=1, MaxWords=24, MinWords=8') AS snippet
     FROM (SELECT id, ts_rank(search, websearch_to_tsquery('english', ?)) AS rank
           FROM (SELECT id, search FROM articles WHERE search @@ websearch_to_tsquery('english', ?) ORDER BY id DESC LIMIT ?) latest
           ORDER BY rank DESC, id DESC LIMIT ?) hit
     JOIN articles a ON a.id = hit.id ORDER BY hit.rank DESC, a.id DESC`, [q, q, q, SEARCH_WINDOW.postgres, limit]);
}

export interface StoreCounts {
  articles: number;
  entities: number;
  events: number;
  statements: number;
}

export async function storeCounts(db: Db): Promise<StoreCounts> {
  const n = async (table: string) => (await db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))!.n;
  return { articles: await n('articles'), entities: await n('entities'), events: await n('events'), statements: await n('statements') };
}

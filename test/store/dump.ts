// A canonical picture of a store's contents, without row ids or times: two stores built from the same articles in
// the same order compare equal whatever ids their engines handed out.
import type { Db } from '../../src/store/db.js';

export async function dumpStore(db: Db): Promise<Record<string, string[]>> {
  const rows = async (sql: string): Promise<string[]> => (await db.all<Record<string, unknown>>(sql)).map((r) => JSON.stringify(Object.values(r))).sort();
  const entity = (alias: string) => `(SELECT kind || ':' || name || ':' || coalesce(country, '') FROM entities WHERE id = ${alias})`;
  return {
    articles: await rows('SELECT key, content_hash, title, published FROM articles'),
    entities: await rows('SELECT kind, name, country FROM entities'),
    aliases: await rows(`SELECT ${entity('entity_id')} AS e, name, uses, main_uses FROM entity_aliases`),
    mentions: await rows(`SELECT a.key, ${entity('m.entity_id')} AS e, m.char_start, m.char_end FROM mentions m JOIN articles a ON a.id = m.article_id`),
    offices: await rows(`SELECT ${entity('person_id')} AS p, title, country, posted_to, first_seen, last_seen FROM offices`),
    events: await rows(`SELECT type, mode, cameo, date_start, date_end, ${entity('place_id')} AS place, topics, source_count,
      (SELECT count(*) FROM event_evidence v WHERE v.event_id = e.id) AS evidence FROM events e`),
    actors: await rows(`SELECT ev.type, ev.date_start, ${entity('x.entity_id')} AS e, x.role FROM event_actors x JOIN events ev ON ev.id = x.event_id`),
    evidence: await rows(`SELECT ev.type, ev.date_start, a.key, v.char_start, v.char_end FROM event_evidence v JOIN events ev ON ev.id = v.event_id JOIN articles a ON a.id = v.article_id`),
    statements: await rows(`SELECT a.key, ${entity('s.speaker_id')} AS e, s.text FROM statements s JOIN articles a ON a.id = s.article_id`),
  };
}

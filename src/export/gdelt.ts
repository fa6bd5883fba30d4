// GDELT 2.0 event table (61 tab-separated columns, no header, as GDELT publishes it), one row per actor × recipient
// pair, and its mentions table (16 columns) with one row per evidence span of each row. Codes GDELT has and we do
// not (actor type, religion and ethnic codes, FIPS geography, tone) are left empty; see docs/store.md.
import { goldsteinOf, quadClassOf } from '../data/cameo.js';
import { GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, type GdeltEventColumn, type GdeltMentionColumn } from '../data/gdelt-columns.js';
import type { Db } from '../store/db.js';
import type { ActorRef, EventRecord } from '../store/queries.js';
import type { TextSink } from './sink.js';

/** GLOBALEVENTID = event id × this + the pair's index, so every row has its own id and leads back to its event. */
export const PAIR_ID_FACTOR = 1000;

const clean = (value: string | number | null | undefined): string =>
  value === null || value === undefined ? '' : String(value).replace(/[\t\r\n]+/g, ' ');

function tsvRow<C extends string>(columns: readonly (readonly [C, string])[], values: Partial<Record<C, string | number | null>>): string {
  return columns.map(([name]) => clean(values[name])).join('\t') + '\n';
}

/** Actor pairs: each source (or participant) with each target; with no target, each pair of participants; a
 * lone actor alone. */
export function actorPairs(e: EventRecord): [ActorRef, ActorRef | null][] {
  const principal = e.actors.filter((a) => a.role !== 'accompanying');
  const targets = principal.filter((a) => a.role === 'target');
  const actors = principal.filter((a) => a.role !== 'target');
  if (targets.length) return actors.flatMap((a) => targets.map((t) => [a, t] as [ActorRef, ActorRef]));
  if (actors.length >= 2) return actors.flatMap((a, i) => actors.slice(i + 1).map((b) => [a, b] as [ActorRef, ActorRef]));
  return actors.map((a) => [a, null]);
}

const compact = (date: string): string => date.replaceAll('-', '');

/** GDELT's FractionDate: YYYY.FFFF with FFFF = (month × 30 + day) / 365. */
const fractionDate = (date: string): string => {
  const [y, m, d] = date.split('-').map(Number);
  return (y + (m * 30 + d) / 365).toFixed(4);
};

function actorColumns(prefix: 'Actor1' | 'Actor2', actor: ActorRef | null): Partial<Record<GdeltEventColumn, string | null>> {
  if (!actor) return {};
  return {
    [`${prefix}Code`]: actor.country ?? '',
    [`${prefix}Name`]: actor.name.toUpperCase(),
    [`${prefix}CountryCode`]: actor.country ?? '',
  } as Partial<Record<GdeltEventColumn, string>>;
}

export interface GdeltOutputs {
  events: TextSink;
  mentions?: TextSink;
}

export async function writeGdelt(db: Db, events: AsyncIterable<EventRecord>, out: GdeltOutputs): Promise<number> {
  const docLength = new Map<number, number>();
  let rows = 0;
  for await (const e of events) {
    const date = e.dateStart ?? e.firstReported;
    if (!date) continue;
    const added = `${compact(e.firstReported ?? date)}000000`;
    const lead = e.evidence[0];
    const sources = new Set(e.evidence.map((v) => v.source ?? v.url ?? v.key));
    const pairs = actorPairs(e);
    for (const [k, [a1, a2]] of pairs.entries()) {
      const id = e.id * PAIR_ID_FACTOR + k;
      await out.events.write(tsvRow(GDELT_EVENT_COLUMNS, {
        GLOBALEVENTID: id, SQLDATE: compact(date), MonthYear: compact(date).slice(0, 6), Year: date.slice(0, 4), FractionDate: fractionDate(date),
        ...actorColumns('Actor1', a1), ...actorColumns('Actor2', a2),
        // GDELT's root event is one in a lead paragraph: here, evidence within the first 500 characters.
        IsRootEvent: e.evidence.some((v) => v.start < 500) ? 1 : 0,
        EventCode: e.cameo, EventBaseCode: e.cameo.slice(0, 3), EventRootCode: e.cameo.slice(0, 2),
        QuadClass: quadClassOf(e.cameo) ?? null, GoldsteinScale: goldsteinOf(e.cameo) ?? null,
        NumMentions: e.evidence.length, NumSources: sources.size, NumArticles: e.sourceCount,
        ActionGeo_Type: e.place ? (e.place.kind === 'country' ? 1 : 4) : null,
        ActionGeo_FullName: e.place?.name ?? null, ActionGeo_CountryCode: e.place?.country ?? null,
        ActionGeo_Lat: e.place?.latitude ?? null, ActionGeo_Long: e.place?.longitude ?? null,
        DATEADDED: added, SOURCEURL: lead ? lead.url ?? lead.key : null,
      }));
      rows++;
      if (!out.mentions) continue;
      for (const v of e.evidence) {
        if (!docLength.has(v.articleId)) {
          docLength.set(v.articleId, (await db.get<{ n: number }>('SELECT length(text) AS n FROM articles WHERE id = ?', [v.articleId]))!.n);
        }
        const values: Partial<Record<GdeltMentionColumn, string | number | null>> = {
          GLOBALEVENTID: id, EventTimeDate: added, MentionTimeDate: v.published ? `${compact(v.published)}000000` : null,
          MentionType: v.url ? 1 : 2, MentionSourceName: v.source ?? (v.url ? new URL(v.url).hostname : v.key), MentionIdentifier: v.url ?? v.key,
          Actor1CharOffset: await actorOffset(db, v.articleId, a1, v.start, v.end),
          Actor2CharOffset: await actorOffset(db, v.articleId, a2, v.start, v.end),
          ActionCharOffset: v.triggerStart ?? -1, InRawText: 1, Confidence: Math.round(e.confidence * 100),
          MentionDocLen: docLength.get(v.articleId)!,
          // Our evidence span, which GDELT has no column for.
          Extras: `<EVIDENCE start="${v.start}" end="${v.end}"/>`,
        };
        await out.mentions.write(tsvRow(GDELT_MENTION_COLUMNS, values));
      }
    }
  }
  return rows;
}

/** Where the actor is named in the evidence span (else anywhere in the article); -1 as GDELT writes for none. */
async function actorOffset(db: Db, articleId: number, actor: ActorRef | null, start: number, end: number): Promise<number> {
  if (!actor) return -1;
  const row = await db.get<{ at: number }>(
    `SELECT char_start AS at FROM mentions WHERE article_id = ? AND entity_id = ?
     ORDER BY CASE WHEN char_start >= ? AND char_end <= ? THEN 0 ELSE 1 END, char_start LIMIT 1`, [articleId, actor.id, start, end]);
  return row?.at ?? -1;
}

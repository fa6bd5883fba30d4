// The output of extraction: what one article says, with evidence. This shape is the contract between the core and
// everything that consumes it (CLI, store, exports); docs/output-format.md documents it field by field.
import type { Span } from '../nlp/doc.js';

export type EntityKind = 'person' | 'country' | 'organization' | 'place';

/** One occurrence of an entity in the text. */
export interface Mention extends Span {
  text: string;
}

/** An office a person holds, as the article states it: "Defence Minister" of IND; an ambassador posted to RUS. */
export interface Office {
  title: string;
  /** ISO 3166-1 alpha-3 of the country whose office it is. */
  country?: string;
  /** For envoys: the country or organisation they are posted to. */
  postedTo?: string;
  evidence: Span;
}

export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  /** Other names the article uses for it ("Singh", "SCO"). */
  aliases: string[];
  /** ISO 3166-1 alpha-3: a country's own code, or the country a person, place or organisation belongs to. */
  country?: string;
  /** Titles and ranks as written ("Defence Minister", "Colonel-General"); people only. */
  titles: string[];
  offices: Office[];
  mentions: Mention[];
  /** Where it came from: a rule or table, a gazetteer, or the named-entity model. */
  origin: 'rule' | 'gazetteer' | 'model';
  /** Latitude and longitude of a place or country, where the gazetteer knows them. */
  coordinates?: [number, number];
}

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT',
  'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export type ActorRole = 'source' | 'target' | 'participant';

export interface EventActor {
  entity: string;
  role: ActorRole;
  /** For a country acting through a part of it ("Serbian police", "protesters"): which part. */
  sector?: string;
}

/** A calendar date range resolved from the text. `start`/`end` are null when the text gives no date or the
 * article has no publication date to resolve a relative one against; `unresolved` then says why. */
export interface EventDate {
  start: string | null;
  end: string | null;
  /** The words that gave the date ("on Friday"), or null when it was taken from the article's context. */
  text: string | null;
  span?: Span;
  /** Where the date came from: the event's own words, the occasion it belongs to, the events before it in the
   * article, or (when the text gives none) the publication date. */
  basis?: 'text' | 'occasion' | 'context' | 'publication';
  unresolved?: string;
}

export interface Occasion extends Span {
  text: string;
  /** The organisation or meeting the occasion names, where it is an entity (SCO). */
  entity?: string;
}

export interface Event {
  id: string;
  type: PloverType;
  /** PLOVER mode where it applies: CONSULT visit/host/third-party/multilateral/phone; AID/COOPERATE military… */
  mode?: string;
  /** The CAMEO code, as a string with its leading zero ("040"), for GDELT users. */
  cameo: string;
  actors: EventActor[];
  date: EventDate;
  /** Entity id of the place. */
  location?: string;
  occasion?: Occasion;
  /** What was discussed, demanded or agreed, as the text words it. */
  topics: string[];
  /** People who accompanied a delegation: linked to the event, not actors of it. */
  accompanying: string[];
  /** The sentence(s) that support the event. */
  evidence: Span[];
  confidence: number;
  /** Why it was coded: the trigger's span and the rule that fired. */
  why: { trigger: Mention; rule: string };
}

export type Channel = 'quote' | 'twitter' | 'social';

export interface Statement {
  id: string;
  /** Entity id of the speaker, where known. */
  speaker?: string;
  text: string;
  /** The quoted words (without quote marks) or the post's text. */
  start: number;
  end: number;
  channel: Channel;
  date?: string;
  handle?: string;
  url?: string;
}

export interface ExtractionResult {
  title?: string;
  /** Publication date (YYYY-MM-DD), or null when unknown: relative dates then stay unresolved. */
  published: string | null;
  url?: string;
  source?: string;
  entities: Entity[];
  events: Event[];
  statements: Statement[];
  /** Things the user should know about this result ("no publication date: relative dates left unresolved"). */
  warnings: string[];
}

// Finds the mentions of a document: countries (names, demonyms, compounds, seats of government), organisations
// (known names and capitalised phrases ending in an organisation word), places, well-known people, and titles.
// People introduced by a title are assembled in people.ts; names nothing here explains are left to the NER model.
import type { Doc, Token } from '../nlp/doc.js';
import type { NameSpan } from '../nlp/ner/index.js';
import type { KnownOrganization } from '../data/organizations.js';
import type { KnownPerson } from '../data/people.js';
import { LOCATIVE_PREPOSITIONS, NAME_PARTICLES, NOT_NAMES, ORG_CONNECTORS } from '../data/words.js';
import { PLACE_HEAD_WORDS } from '../data/places.js';
import { foldKey, lexicon, titleKey, type CountryForm, type PlaceInfo, type TitleInfo } from './lexicon.js';

export type MentionKind = 'country' | 'organization' | 'place' | 'person' | 'title';

export interface RawMention {
  kind: MentionKind;
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** Character span; inside one token for a part of a compound ("India" in "India-Tajikistan"). */
  start: number;
  end: number;
  sentence: number;
  text: string;
  /** ISO3: the country itself, or the country the organisation, place or person belongs to. */
  country?: string;
  countryForm?: CountryForm | 'prefix';
  org?: KnownOrganization;
  place?: PlaceInfo;
  person?: KnownPerson;
  titles?: TitleInfo[];
  /** Where the mention came from. */
  origin: 'rule' | 'gazetteer' | 'model';
  /** NER label where the model proposed or confirmed it. */
  nerLabel?: string;
}

/** Token keys computed once per document. */
export interface DocKeys {
  fold: string[];
  title: string[];
}

export function docKeys(doc: Doc): DocKeys {
  return { fold: doc.tokens.map((t) => foldKey(t.text)), title: doc.tokens.map((t) => titleKey(t.text)) };
}

export const isCapitalized = (t: Token): boolean => t.kind === 'word' && /^\p{Lu}/u.test(t.text);

/** A token that can stand in a name: capitalised, an initial, or a particle-hyphen form ("al-Assad"). */
export function isNameToken(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (/^\p{Lu}/u.test(t.text)) return !NOT_NAMES.has(t.text) || /^\p{Lu}\.$/u.test(t.text);
  return /^(al|el|bin|ibn|ben|abu|de|da|di|van|von|le|la|du)-\p{Lu}/u.test(t.text);
}

const mentionFrom = (doc: Doc, kind: MentionKind, from: number, to: number, extra: Partial<RawMention>): RawMention => {
  const start = doc.tokens[from].start;
  const end = doc.tokens[to - 1].end;
  return { kind, tokenStart: from, tokenEnd: to, start, end, sentence: doc.tokens[from].sentence, text: doc.text.slice(start, end), origin: 'rule', ...extra };
};

/** Lexical mentions: the longest listed phrase at each token, then organisations by their head words. */
export function findLexicalMentions(doc: Doc, keys: DocKeys, names: readonly NameSpan[]): RawMention[] {
  const lex = lexicon();
  const out: RawMention[] = [];
  const nerAt = nerIndex(names);
  const dateline = datelinePlace(doc);
  if (dateline) out.push(dateline);
  for (const sentence of doc.sentences) {
    const end = sentence.tokenEnd;
    let i = dateline && sentence.tokenStart === dateline.tokenStart ? dateline.tokenEnd : sentence.tokenStart;
    while (i < end) {
      const t = doc.tokens[i];
      if (t.kind !== 'word' && t.kind !== 'number') { i++; continue; }
      const found = bestLexicalMatch(doc, keys, i, end, nerAt);
      if (found) {
        out.push(found);
        i = found.tokenEnd;
        continue;
      }
      if (t.text.includes('-')) out.push(...compoundCountries(doc, i));
      i++;
    }
  }
  return mergeNamedPhrases(doc, out, lex.orgHeads);
}

/** A news dateline: the place in capitals that opens the body ("LIMA —", "NEW DELHI, June 3 (Reuters) -"). */
function datelinePlace(doc: Doc): RawMention | null {
  const tokens = doc.tokens;
  let k = 0;
  while (k < tokens.length && k < 4 && /^\p{Lu}[\p{Lu}'’.-]+$/u.test(tokens[k].text)) k++;
  if (k === 0 || !tokens[k] || !(tokens[k].kind === 'dash' || tokens[k].text === ',')) return null;
  const keys = tokens.slice(0, k).map((t) => foldKey(t.text.charAt(0) + t.text.slice(1).toLowerCase()));
  const place = lexicon().places.get(keys);
  if (!place) return null;
  const info = pickPlace(place);
  return mentionFrom(doc, 'place', 0, k, { place: info, country: info.country, origin: info.known ? 'rule' : 'gazetteer' });
}

function bestLexicalMatch(doc: Doc, keys: DocKeys, i: number, end: number, nerAt: Map<number, NameSpan>): RawMention | null {
  const lex = lexicon();
  const t = doc.tokens[i];
  const candidates: RawMention[] = [];
  // names start with a capital (or "the": "the Kremlin", "the Netherlands"); lower-case words can only open titles
  if (!/^[\p{Lu}\p{N}]/u.test(t.text) && t.lower !== 'the') {
    const title = matchTitle(doc, keys, i, end);
    return title ? mentionFrom(doc, 'title', i, title.end, { titles: title.parts }) : null;
  }
  const country = lex.countryNames.longestAt(keys.fold, i, end);
  if (country) {
    const { code, form } = country.values[0];
    const to = i + country.length;
    // "Jordan" in "Michael Jordan" or "Georgia" in "Atlanta, Georgia" is not the country: a preceding name says so
    const partOfName = form === 'name' && i > 0 && isNameToken(doc.tokens[i - 1]) && !doc.tokens[i - 1].lineBefore &&
      !lex.countryNames.longestAt(keys.fold, i - 1, i) && nerAt.get(i)?.label === 'PER';
    if (!partOfName && (form !== 'metonym' || /^\p{Lu}/u.test(t.text) || t.lower === 'the')) {
      candidates.push(mentionFrom(doc, 'country', i, to, { country: code, countryForm: form }));
    }
  }
  const org = lex.organizations.longestAt(keys.fold, i, end);
  if (org && (isCapitalizedPhrase(doc, i, i + org.length) || listedAsWritten(org.values[0], doc.text.slice(t.start, doc.tokens[i + org.length - 1].end)))) {
    candidates.push(mentionFrom(doc, 'organization', i, i + org.length, { org: org.values[0], country: org.values[0].country }));
  }
  const person = lex.people.longestAt(keys.fold, i, end);
  if (person && (person.length > 1 || isDistinctiveSurname(doc.tokens[i].text))) {
    candidates.push(mentionFrom(doc, 'person', i, i + person.length, { person: person.values[0], country: person.values[0].country }));
  }
  const place = lex.places.longestAt(keys.fold, i, end);
  if (place && isCapitalizedPhrase(doc, i, i + place.length)) {
    const info = pickPlace(place.values);
    if (acceptPlace(doc, i, i + place.length, info, nerAt)) {
      candidates.push(mentionFrom(doc, 'place', i, i + place.length, { place: info, country: info.country, origin: info.known ? 'rule' : 'gazetteer' }));
    }
  }
  const title = matchTitle(doc, keys, i, end);
  if (title) candidates.push(mentionFrom(doc, 'title', i, title.end, { titles: title.parts }));
  if (!candidates.length) return null;
  // after a preposition of place, a name that is both a seat of government and a city is the city ("in Washington")
  const locative = i > 0 && LOCATIVE_PREPOSITIONS.has(doc.tokens[i - 1].lower);
  const rank: Record<MentionKind, number> = { organization: 5, person: 4, country: 3, title: 2, place: locative ? 3.5 : 1 };
  candidates.sort((a, b) => b.tokenEnd - a.tokenEnd || rank[b.kind] - rank[a.kind]);
  return candidates[0];
}

const DATE_NAMES = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Whether the organisation is listed with exactly this spelling ("Houthi movement", "al-Masirah TV"). */
const listedAsWritten = (org: KnownOrganization, text: string): boolean => [org.name, ...org.aliases].some((n) => foldKey(n) === foldKey(text));

/** All words of a phrase capitalised, except connectors ("Ministry of Defence"). */
function isCapitalizedPhrase(doc: Doc, from: number, to: number): boolean {
  if (!/^[\p{Lu}\p{N}]/u.test(doc.tokens[from].text)) return false;
  for (let k = from + 1; k < to; k++) {
    const tok = doc.tokens[k];
    if (tok.kind === 'word' && !/^[\p{Lu}\p{N}]/u.test(tok.text) && !ORG_CONNECTORS.has(tok.lower) && !NAME_PARTICLES.has(tok.lower) && !/^(al|el)-/.test(tok.text)) return false;
  }
  return true;
}

/** Surnames safe to read alone as a well-known person: long, capitalised, not a common word. */
function isDistinctiveSurname(text: string): boolean {
  return text.length >= 4 && /^\p{Lu}\p{Ll}/u.test(text) && !NOT_NAMES.has(text);
}

export const pickPlace = (values: readonly PlaceInfo[]): PlaceInfo => values.reduce((a, b) => (b.known && !a.known) || b.population > a.population ? b : a);

const REGION_CUE_SIZE = 150_000;

/** Gazetteer cities count when large, or where the text marks a location ("in X", "X, Country"); the model may veto. */
function acceptPlace(doc: Doc, from: number, to: number, info: PlaceInfo, nerAt: Map<number, NameSpan>): boolean {
  const ner = nerAt.get(from);
  if (ner && (ner.label === 'PER' || ner.label === 'ORG') && ner.tokenEnd > to) return false;
  // the model may call a large city a person ("Dehradun"); the gazetteer wins for cities of some size
  // a region counts as a mid-sized town here: the model may veto it, and it needs a cue to stand alone
  const size = info.region ? REGION_CUE_SIZE : info.population;
  if (ner && ner.label === 'PER' && size < 200_000) return false;
  if (info.known) return true;
  if (info.name.length < 4 || lexicon().surnames.has(foldKey(info.name))) return false;
  const prev = doc.tokens[from - 1];
  const locative = prev !== undefined && LOCATIVE_PREPOSITIONS.has(prev.lower);
  const next = doc.tokens[to];
  const commaCountry = next?.text === ',' && doc.tokens[to + 1] !== undefined && lexicon().countryNames.longestAt([foldKey(doc.tokens[to + 1].text)], 0) !== null;
  if (ner?.label === 'LOC') return true;
  // inside a longer capitalised name ("Paris Club", "Kabul Bank") the city is not a place
  if (next && isNameToken(next) && !locative) return false;
  if (prev && isNameToken(prev) && !locative && prev.sentence === doc.tokens[from].sentence && from > doc.sentences[prev.sentence].tokenStart) return false;
  return locative || commaCountry || size >= 300_000;
}

/** Countries inside a hyphenated compound: "India-Tajikistan", "Sino-Indian", "US-led", "Turkish-Libyan". */
function compoundCountries(doc: Doc, i: number): RawMention[] {
  const lex = lexicon();
  const t = doc.tokens[i];
  if (lex.nonCountryCompounds.has(t.lower)) return [];
  const parts = t.text.split('-');
  const out: RawMention[] = [];
  let offset = t.start;
  const found: { start: number; end: number; code: string; form: CountryForm | 'prefix' }[] = [];
  for (const part of parts) {
    const start = offset;
    offset += part.length + 1;
    if (!/^\p{Lu}/u.test(part)) continue;
    const hit = lex.countryNames.get([foldKey(part)])?.[0];
    const prefix = lex.countryPrefixes.get(part.toLowerCase());
    if (hit) found.push({ start, end: start + part.length, code: hit.code, form: hit.form });
    else if (prefix && parts.length > 1) found.push({ start, end: start + part.length, code: prefix, form: 'prefix' });
  }
  // a lone prefix ("Indo-" before a non-country) is not a country
  if (found.length === 1 && found[0].form === 'prefix') return [];
  for (const f of found) {
    out.push({ kind: 'country', tokenStart: i, tokenEnd: i + 1, start: f.start, end: f.end, sentence: t.sentence, text: doc.text.slice(f.start, f.end), country: f.code, countryForm: f.form, origin: 'rule' });
  }
  return out;
}

/** A capitalised phrase ending in an organisation word ("Indian Military Academy", "Royal Saudi Air Force", "Federal
 * Aviation Office of Germany") is one organisation, one ending in a place word ("Queen Elizabeth Barracks",
 * "Rakhine State") one place; the countries inside give it its country. */
function mergeNamedPhrases(doc: Doc, mentions: RawMention[], orgHeads: ReadonlySet<string>): RawMention[] {
  const heads = new Set([...orgHeads, ...PLACE_HEAD_WORDS]);
  const byStart = new Map<number, RawMention[]>();
  for (const m of mentions) (byStart.get(m.tokenStart) ?? byStart.set(m.tokenStart, []).get(m.tokenStart)!).push(m);
  const out: RawMention[] = [];
  const consumed = new Set<RawMention>();
  // tokens inside a title past its first word: "the Chief of Defence Forces of Kenya" holds no "Forces of Kenya"
  const insideTitle = new Set<number>();
  for (const m of mentions) if (m.kind === 'title') for (let k = m.tokenStart + 1; k < m.tokenEnd; k++) insideTitle.add(k);
  for (const sentence of doc.sentences) {
    let i = sentence.tokenStart;
    while (i < sentence.tokenEnd) {
      const run = insideTitle.has(i) ? null : orgRun(doc, i, sentence.tokenEnd, heads, byStart);
      if (!run) { i++; continue; }
      const inner: RawMention[] = [];
      // "Chinese State Councilor": the place word opens a title that runs past the phrase ("Indian Army chief" stays)
      let crossingTitle = false;
      for (let k = run.from; k < run.to; k++) for (const m of byStart.get(k) ?? []) {
        if (m.tokenEnd <= run.to) inner.push(m);
        else if (m.kind === 'title' && k > run.from) crossingTitle = true;
      }
      const headWord = doc.tokens[run.head].text;
      if (crossingTitle && PLACE_HEAD_WORDS.has(headWord) && !orgHeads.has(headWord)) { i++; continue; }
      if (inner.some((m) => m.kind === 'person') || inner.some((m) => m.kind === 'title' && m.tokenStart > run.from)) { i++; continue; }
      // the run is one listed name already ("Russian Federation"), or its organisation word belongs to a listed
      // organisation inside it ("Ministers of Shanghai Cooperation Organisation")
      if (inner.some((m) => m.tokenStart === run.from && m.tokenEnd === run.to)) { i = run.to; continue; }
      // ("National Security Council" is a name of its own, not the UN's "Security Council")
      const listedInside = inner.find((m) => m.kind === 'organization' && m.tokenStart > run.from && m.tokenEnd === run.to);
      if (listedInside && doc.tokens.slice(run.from, listedInside.tokenStart).some((t) => !isCapitalized(t))) { i++; continue; }
      const country = inner.find((m) => m.kind === 'country' || m.kind === 'place' || m.kind === 'organization')?.country;
      for (const m of inner) consumed.add(m);
      const last = doc.tokens[run.head].text;
      if (PLACE_HEAD_WORDS.has(last) && !orgHeads.has(last)) {
        const name = doc.text.slice(doc.tokens[run.from].start, doc.tokens[run.to - 1].end);
        out.push(mentionFrom(doc, 'place', run.from, run.to, { country, place: { name, country, population: 0, known: false } }));
      } else out.push(mentionFrom(doc, 'organization', run.from, run.to, { country }));
      i = run.to;
    }
  }
  return [...mentions.filter((m) => !consumed.has(m)), ...out].sort((a, b) => a.start - b.start);
}

function orgRun(doc: Doc, from: number, end: number, heads: ReadonlySet<string>, byStart: Map<number, RawMention[]>): { from: number; to: number; head: number } | null {
  const first = doc.tokens[from];
  if (!isCapitalized(first) || NOT_NAMES.has(first.text) && !heads.has(first.text)) return null;
  // a title opening a name that ends in a head word belongs to it ("Queen Elizabeth Barracks")
  const leadingTitle = byStart.get(from)?.find((m) => m.kind === 'title');
  if (leadingTitle) {
    let k = leadingTitle.tokenEnd;
    while (k < end && isCapitalized(doc.tokens[k]) && !heads.has(doc.tokens[k].text)) k++;
    if (k < end && k > leadingTitle.tokenEnd && heads.has(doc.tokens[k].text) && PLACE_HEAD_WORDS.has(doc.tokens[k].text)) return { from, to: k + 1, head: k };
    return null;
  }
  if (from > 0 && isCapitalized(doc.tokens[from - 1]) && doc.tokens[from - 1].sentence === first.sentence && !doc.tokens[from - 1].lineBefore && !NOT_NAMES.has(doc.tokens[from - 1].text)) return null;
  let to = from;
  let lastHead = -1;
  while (to < end) {
    const t = doc.tokens[to];
    if (byStart.get(to)?.some((m) => m.kind === 'title' && !heads.has(t.text))) break;
    if (isCapitalized(t) || (t.kind === 'word' && /^\p{Lu}/u.test(t.text))) {
      if (heads.has(t.text)) lastHead = to;
      to++;
      continue;
    }
    const connector = (ORG_CONNECTORS.has(t.lower) && t.lower !== 'and') || t.text === "'s" || t.text === "'" || t.text === '’';
    // "the Security Council on Monday": a date after a name is not part of it
    if (connector && to + 1 < end && isCapitalized(doc.tokens[to + 1]) && to > from && !DATE_NAMES.test(doc.tokens[to + 1].text)) { to++; continue; }
    break;
  }
  if (lastHead < 0 || to - from < 2) return null;
  // "National Institute for Space Research": the head may be followed by an of/for phrase
  const after = doc.tokens[lastHead + 1];
  const end2 = after && (after.lower === 'of' || after.lower === 'for' || after.lower === 'on') ? to : lastHead + 1;
  if (end2 - from < 2) return null;
  // a trailing possessive or connector is not part of the name
  let stop = end2;
  while (stop > from && ORG_CONNECTORS.has(doc.tokens[stop - 1].lower)) stop--;
  return { from, to: stop, head: lastHead };
}

/** A title at token i: qualifiers, offices, ranks and honorifics in a row ("Deputy Defence Minister",
 * "Lt. General", "External Affairs Minister Dr."). Returns the end token and the parts. */
export function matchTitle(doc: Doc, keys: DocKeys, i: number, end: number): { end: number; parts: TitleInfo[] } | null {
  const lex = lexicon();
  const parts: TitleInfo[] = [];
  let j = i;
  while (j < end) {
    let m = lex.titles.longestAt(keys.title, j, end);
    // "Deputy Prime Minister and Defence Minister Richard Marles": two offices joined by "and"
    if (!m && keys.title[j] === 'and' && parts.some((p) => p.kind === 'office')) {
      const next = lex.titles.longestAt(keys.title, j + 1, end);
      if (next && next.values[0].kind === 'office' && /^\p{Lu}/u.test(doc.tokens[j + 1].text)) { j++; m = next; }
    }
    if (!m) break;
    const info = m.values[0];
    // "the minister", "a leader" in lower case are no titles; "Chinese leader Xi Jinping" is: a country or demonym
    // before it and a name after it
    if (info.needsCapital && !/^\p{Lu}/u.test(doc.tokens[j].text) && !(j === i && j > 0 && lex.countryNames.longestAt(keys.fold, j - 1, j) &&
      doc.tokens[j + m.length] !== undefined && isNameToken(doc.tokens[j + m.length]))) break;
    // "Prime Minister Sheikh Hasina": an honorific that opens a known person's name is the name's
    if (info.kind === 'honorific' && parts.length && lex.people.longestAt(keys.fold, j, end)) break;
    parts.push({ ...info, written: doc.text.slice(doc.tokens[j].start, doc.tokens[j + m.length - 1].end) });
    j += m.length;
  }
  // qualifiers alone ("senior", "former") are not titles; trailing ones belong to what follows
  while (parts.length && parts[parts.length - 1].kind === 'qualifier') {
    parts.pop();
    j = i + countTokens(keys, i, parts);
  }
  if (!parts.length) return null;
  return { end: j, parts };
}

/** Tokens taken by the first `parts.length` title parts from token i. */
function countTokens(keys: DocKeys, i: number, parts: TitleInfo[]): number {
  const lex = lexicon();
  let j = i;
  for (let k = 0; k < parts.length; k++) j += lex.titles.longestAt(keys.title, j)!.length;
  return j - i;
}

/** NER spans by their first token. */
function nerIndex(names: readonly NameSpan[]): Map<number, NameSpan> {
  const at = new Map<number, NameSpan>();
  for (const n of names) for (let k = n.tokenStart; k < n.tokenEnd; k++) at.set(k, n);
  return at;
}

// From mentions to entities: one entity per person, country, organisation and place of the article, with every
// mention, alias, title and office; and a list of resolved mentions (token range → entity) for the event stage.
import type { Doc } from '../nlp/doc.js';
import type { NameSpan } from '../nlp/ner/index.js';
import { DESTINATION_CUES, LOCATIVE_PREPOSITIONS, NAME_PARTICLES, NOT_NAMES } from '../data/words.js';
import { WATER_BODY_WORDS } from '../data/places.js';
import { GENERIC_ACTORS, ORG_DESCRIPTIONS } from '../data/actors.js';
import { INTERNATIONAL_NAME_STARTS } from '../data/organizations.js';
import { COUNTERPART_HEADS, OFFICE_COUNTRIES } from '../data/titles.js';
import type { KnownPerson } from '../data/people.js';
import type { Entity, EntityKind, Office } from './types.js';
import { foldKey, lexicon } from './lexicon.js';
import { findLexicalMentions, docKeys, isNameToken, pickPlace, type DocKeys, type RawMention } from './mentions.js';
import { findPeople, readName, type PersonMention } from './people.js';

/** A stretch of text that refers to an entity: a name, a title, a demonym, a pronoun. */
export interface ResolvedMention {
  entity: string;
  kind: EntityKind;
  from: number;
  to: number;
  start: number;
  end: number;
  sentence: number;
  /** How it refers: by name, by a title alone, by a demonym or adjective, by a pronoun, as a seat of government,
   * or as a generic actor standing for the country ("the government", "Serbian police"). */
  via: 'name' | 'title' | 'demonym' | 'pronoun' | 'metonym' | 'counterpart' | 'generic';
  /** For generic actors: the part of the country that acts. */
  sector?: string;
  /** For plural and compound references ("the Defence Ministers of Kazakhstan and Uzbekistan"): all the entities. */
  group?: string[];
}

export interface EntityStage {
  entities: Entity[];
  mentions: ResolvedMention[];
  keys: DocKeys;
  /** Lexical mentions, for stages that read places and organisations by token. */
  raw: RawMention[];
  /** The country the article is mostly about, if one stands out. */
  home?: string;
}

interface Builder {
  entity: Entity;
  /** Folded name words without particles, for matching later mentions of a person. */
  nameWords: Set<string>;
  lastName?: string;
  lastSeen: number;
  /** A listed place that belongs to no one country ("Kashmir", "Asia", "Red Sea"): no country is guessed for it. */
  stateless?: boolean;
}

const nameWordsOf = (name: string): string[] =>
  foldKey(name).toLowerCase().split(/[\s.]+/).map((w) => w.replace(/^(al|el|ad|as|ash|an|ar)-/, '')).filter((w) => w.length > 1 && !NAME_PARTICLES.has(w));

export function buildEntities(doc: Doc, names: readonly NameSpan[]): EntityStage {
  const keys = docKeys(doc);
  const raw = findLexicalMentions(doc, keys, names);
  addModelMentions(doc, raw, names);
  addContextNames(doc, raw);
  const people = findPeople(doc, raw);
  const builders: Builder[] = [];
  const resolved: ResolvedMention[] = [];
  let nextId = 1;
  const create = (kind: EntityKind, name: string, origin: Entity['origin']): Builder => {
    const b: Builder = {
      entity: { id: `e${nextId++}`, kind, name, aliases: [], titles: [], offices: [], mentions: [], origin },
      nameWords: new Set(kind === 'person' ? nameWordsOf(name) : []),
      lastSeen: -1,
    };
    builders.push(b);
    return b;
  };
  const byKey = new Map<string, Builder>();
  /** The entity of the mention starting at each offset, and of each id: look-ups stay constant-time. */
  const atStart = new Map<number, Builder>();
  const byId = (id: string): Builder | undefined => builders[Number(id.slice(1)) - 1];
  const keyed = (key: string, kind: EntityKind, name: string, origin: Entity['origin']): Builder => {
    let b = byKey.get(key);
    if (!b) { b = create(kind, name, origin); byKey.set(key, b); }
    return b;
  };
  const note = (b: Builder, m: { start: number; end: number; from: number; to: number; sentence: number }, via: ResolvedMention['via'], alias?: string): void => {
    b.entity.mentions.push({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) });
    atStart.set(m.start, b);
    if (alias && alias !== b.entity.name && !b.entity.aliases.includes(alias)) b.entity.aliases.push(alias);
    b.lastSeen = m.from;
    resolved.push({ entity: b.entity.id, kind: b.entity.kind, from: m.from, to: m.to, start: m.start, end: m.end, sentence: m.sentence, via });
  };
  const lex = lexicon();
  const ensureCountry = (code: string): Builder => {
    const info = lex.countries.get(code);
    const b = keyed(`country:${code}`, 'country', info?.name ?? code, 'rule');
    b.entity.country = code;
    b.entity.coordinates ??= info?.coordinates;
    return b;
  };

  // countries, organisations and places
  for (const m of raw) {
    const span = { start: m.start, end: m.end, from: m.tokenStart, to: m.tokenEnd, sentence: m.sentence };
    if (m.kind === 'country' && m.country) {
      const b = ensureCountry(m.country);
      note(b, span, m.countryForm === 'demonym' || m.countryForm === 'prefix' ? 'demonym' : m.countryForm === 'metonym' ? 'metonym' : 'name', m.countryForm === 'name' ? m.text : undefined);
      // "Serbians protested": a demonym in the plural names the people
      if (m.countryForm === 'demonym' && m.text.endsWith('s') && lex.countryNames.get([foldKey(m.text.slice(0, -1))]) && doc.tokens[m.tokenStart - 1]?.lower !== 'the') {
        resolved[resolved.length - 1].sector = 'civilians';
      }
    } else if (m.kind === 'organization') {
      const name = m.org?.name ?? m.text.replace(/^the\s+/i, '');
      // "Federal Aviation Office of Germany" and "the Federal Aviation Office" are one office
      const base = m.org ? name : name.replace(/\s+of\s+(the\s+)?[\p{Lu}][\p{L}\s]*$/u, '');
      const b = keyed(`org:${foldKey(base).toLowerCase()}`, 'organization', name, m.origin);
      b.entity.country ??= m.country;
      if (name.length > b.entity.name.length) { b.entity.aliases.push(b.entity.name); b.entity.name = name; }
      note(b, span, 'name', m.text);
      if (base !== name && !b.entity.aliases.includes(base)) b.entity.aliases.push(base);
    } else if (m.kind === 'place' && m.place) {
      // listed places keep their listed name; gazetteer cities are named as the article writes them, except in a
      // dateline's capitals ("JOHANNESBURG —")
      const shouted = m.text === m.text.toUpperCase() && /\p{Lu}{3}/u.test(m.text);
      const b = keyed(`place:${m.place.name}`, 'place', m.place.known || shouted ? m.place.name : m.text, m.origin);
      b.entity.country ??= m.place.country;
      b.entity.coordinates ??= m.place.coordinates;
      if (m.place.known && !m.place.country) b.stateless = true;
      note(b, span, 'name', m.text);
      // "Athens expelled…", "Beijing said": a capital not after a preposition of place acts for its country
      const capitalOf = lex.capitals.get(foldKey(m.text));
      const before = doc.tokens[m.tokenStart - 1];
      if (capitalOf && !(before && (LOCATIVE_PREPOSITIONS.has(before.lower) || before.lower === 'of'))) {
        const country = ensureCountry(capitalOf).entity;
        country.mentions.push({ start: m.start, end: m.end, text: m.text });
        resolved.push({ entity: country.id, kind: 'country', from: span.from, to: span.to, start: span.start, end: span.end, sentence: span.sentence, via: 'metonym' });
      }
    }
  }
  linkAcronyms(doc, byId, resolved);
  placeCountriesFromContext(doc, raw, atStart);

  // people with names, in text order: a later short name joins the latest person it fits
  const personOf = new Map<PersonMention, Builder>();
  for (const p of people) {
    if (!p.name) continue;
    const words = nameWordsOf(p.name.text);
    if (!words.length) continue;
    const b = matchPerson(builders, words, p) ?? create('person', p.name.text, p.fromLexicon?.origin === 'model' ? 'model' : 'rule');
    if (words.length > b.nameWords.size || (words.length === b.nameWords.size && p.name.text.length > b.entity.name.length)) {
      if (b.entity.name !== p.name.text) b.entity.aliases.push(b.entity.name);
      b.entity.name = p.name.text;
    }
    for (const w of words) b.nameWords.add(w);
    b.lastName = words[words.length - 1];
    personOf.set(p, b);
    addTitles(doc, b, p);
    const known = p.fromLexicon?.person ?? knownPersonByName(p.name.text);
    if (known) b.entity.country ??= known.country;
    note(b, { start: doc.tokens[p.from].start, end: doc.tokens[p.to - 1].end, from: p.from, to: p.to, sentence: p.sentence }, 'name', p.name.text);
    b.entity.aliases = b.entity.aliases.filter((a) => a !== b.entity.name);
  }
  addShortNames(doc, builders, resolved, note, create);
  resolveDescriptions(doc, people, builders, personOf, resolved, note);
  addOrgDescriptions(doc, builders, resolved, note);
  addGenericActors(doc, builders, resolved, note, (code) => ensureCountry(code));

  // office holders the article gives no country: their organisation's, else the article's home country
  const home = homeCountry(builders);
  const rawEndingAt = new Map<number, RawMention>();
  for (const m of raw) rawEndingAt.set(m.tokenEnd, m);
  for (const p of people) {
    const b = personOf.get(p);
    if (!b || b.entity.country || !b.entity.titles.length) continue;
    // "The chief of the Indian Air Force, Air Chief Marshal X": the organisation the apposition names
    const apposed = doc.tokens[p.from - 1]?.text === ',' ? rawEndingAt.get(p.from - 1) : undefined;
    const orgCountry = (apposed && (apposed.kind === 'organization' || apposed.kind === 'country') ? apposed.country : undefined) ??
      p.offices.map((o) => (o.org ? o.org.country ?? atStart.get(o.org.start)?.entity.country : undefined)).find(Boolean);
    const international = p.offices.some((o) => o.org && !orgCountry);
    const byOffice = b.entity.titles.map((t) => OFFICE_COUNTRIES.get(t)).find(Boolean);
    if (orgCountry) b.entity.country = orgCountry;
    else if (byOffice) b.entity.country = byOffice;
    else if (!international) b.entity.country = localCountry(doc, b, builders, resolved, home, { orHome: true });
  }
  // organisations and places found by their shape or by the model, with no country of their own: the same vote
  for (const b of builders) {
    if (b.entity.kind === 'organization' && isInternationalName(b.entity.name)) continue;
    if (b.stateless || b.entity.kind === 'place' && WATER_BODY_WORDS.has(b.entity.name.split(' ').pop()!)) continue;
    if ((b.entity.kind === 'organization' || b.entity.kind === 'place') && !b.entity.country && b.entity.origin !== 'rule' || b.entity.kind === 'place' && !b.entity.country) {
      const local = localCountry(doc, b, builders, resolved, home);
      if (local) b.entity.country = local;
    }
  }
  const entities = builders
    .filter((b) => b.entity.mentions.length > 0)
    .map((b) => finishEntity(b.entity));
  resolved.sort((a, b) => a.start - b.start || b.end - a.end);
  return { entities, mentions: resolved, keys, raw, home: homeCountry(builders) };
}

/** "Singh", "Blinken": a capitalised word that is a name word of a person the article has named, or the
 * distinctive surname of a well-known person, read as that person. */
/** A surname within this many tokens of a person's last mention is that person's, whoever else bears it. */
const RECENT_NAME_TOKENS = 40;

function addShortNames(doc: Doc, builders: Builder[], resolved: ResolvedMention[], note: Note, create: (kind: EntityKind, name: string, origin: Entity['origin']) => Builder): void {
  const covered = coveredTokens(resolved);
  const byWord = new Map<string, Builder[]>();
  for (const b of builders) {
    if (b.entity.kind !== 'person' || !b.entity.mentions.length) continue;
    for (const w of b.nameWords) (byWord.get(w) ?? byWord.set(w, []).get(w)!).push(b);
  }
  // "Mahan" for Mahan Air, "Aramco" for Saudi Aramco: the one distinctive word of an organisation's name (not an
  // organisation word, a country word or a common word), when no other organisation of the article has it
  const orgWords = new Map<string, Builder | null>();
  const heads = lexicon().orgHeads;
  for (const b of builders) {
    if (b.entity.kind !== 'organization' || b.entity.name.split(/\s+/).length < 2) continue;
    const distinctive = b.entity.name.split(/\s+/).filter((w) => !heads.has(w) && !NOT_NAMES.has(w) && !lexicon().countryNames.get([foldKey(w)]) && !/^(of|the|and|for|de|al)$/i.test(w));
    if (distinctive.length !== 1 || !/^\p{Lu}\p{Ll}{3,}$/u.test(distinctive[0])) continue;
    const key = foldKey(distinctive[0]);
    orgWords.set(key, orgWords.has(key) ? null : b);
  }
  const lex = lexicon();
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if (covered.has(i) || !/^(\p{Lu}\p{Ll}|(al|el|ad|as)-\p{Lu})/u.test(t.text) || NOT_NAMES.has(t.text)) continue;
    const next = doc.tokens[i + 1];
    if (next && isNameToken(next) && !covered.has(i + 1) && next.sentence === t.sentence) continue; // part of a longer name
    const word = nameWordsOf(t.text)[0];
    if (!word) continue;
    // a two-letter word ("Xi", "Li") is a name only as the surname of someone the article has named in full
    if (t.text.length < 3 && !byWord.has(word)) continue;
    const span = { start: t.start, end: t.end, from: i, to: i + 1, sentence: t.sentence };
    const org = orgWords.get(foldKey(t.text));
    if (org) { note(org, span, 'name', t.text); continue; }
    if (org === null) continue;
    const candidates = byWord.get(word) ?? nearSpelling(byWord, word);
    if (candidates?.length) {
      // of several people of that name seen before this word: the latest, if named just before; else the one
      // named most often ("Trump" paragraphs after one mention of Melania Trump is Donald); with none seen before
      // it, the first named after it
      const seen = candidates.filter((b) => b.lastSeen < i);
      const latest = seen.length ? seen.reduce((a, b) => (b.lastSeen > a.lastSeen ? b : a)) : undefined;
      const mostNamed = seen.length ? seen.reduce((a, b) => (b.entity.mentions.length > a.entity.mentions.length ? b : a)) : undefined;
      note(latest && i - latest.lastSeen <= RECENT_NAME_TOKENS ? latest : mostNamed ?? candidates[0], span, 'name', t.text);
      continue;
    }
    const known = lex.surnames.get(foldKey(t.text));
    if (known) {
      const b = create('person', t.text, 'rule');
      b.entity.country = known.country;
      byWord.set(word, [b]);
      note(b, span, 'name', t.text);
    }
  }
}

/** "Saree" for "Sarea": a name word of five letters or more that differs from a known one by one letter. */
function nearSpelling(byWord: Map<string, Builder[]>, word: string): Builder[] | undefined {
  if (word.length < 5) return undefined;
  for (const [known, builders] of byWord) {
    if (known.length !== word.length || known[0] !== word[0]) continue;
    let diff = 0;
    for (let k = 0; k < word.length && diff < 2; k++) if (known[k] !== word[k]) diff++;
    if (diff === 1) return builders;
  }
  return undefined;
}

/** A well-known person by full name or by an unshared surname ("President Biden"). */
function knownPersonByName(name: string): KnownPerson | undefined {
  const lex = lexicon();
  const keys = name.split(/\s+/).map(foldKey);
  return lex.people.get(keys)?.[0] ?? (keys.length === 1 ? lex.surnames.get(keys[0]) : undefined);
}

function matchPerson(builders: Builder[], words: string[], p: PersonMention): Builder | undefined {
  let best: Builder | undefined;
  for (const b of builders) {
    if (b.entity.kind !== 'person') continue;
    const shared = words.filter((w) => b.nameWords.has(w)).length;
    const fits = shared === words.length || shared === b.nameWords.size ||
      (shared >= 1 && (words.length === 1 || b.nameWords.size === 1));
    if (!fits || shared === 0) continue;
    // two different people share a surname: titles or country that disagree keep them apart
    if (p.country && b.entity.country && p.country !== b.entity.country && words.length > 1) continue;
    if (!best || b.lastSeen > best.lastSeen) best = b;
  }
  return best;
}

function addTitles(doc: Doc, b: Builder, p: PersonMention): void {
  for (const t of p.titles) if (!b.entity.titles.includes(t)) b.entity.titles.push(t);
  const evidence = { start: doc.tokens[p.from].start, end: doc.tokens[p.to - 1].end };
  for (const o of p.offices) {
    const office: Office = { title: o.title, country: o.country ?? p.country, evidence };
    if (o.postedTo) office.postedTo = o.postedTo;
    if (!b.entity.offices.some((x) => x.title === office.title && x.country === office.country)) b.entity.offices.push(office);
  }
  const claimed = p.country ?? p.offices.find((o) => o.country)?.country;
  if (claimed) b.entity.country = claimed;
}

type Note = (b: Builder, m: { start: number; end: number; from: number; to: number; sentence: number }, via: ResolvedMention['via'], alias?: string) => void;

/** Titles alone ("the Chinese Defence Minister", "the minister"), counterparts and pronouns, resolved to people. */
function resolveDescriptions(doc: Doc, people: PersonMention[], builders: Builder[], personOf: Map<PersonMention, Builder>, resolved: ResolvedMention[], note: Note): void {
  // the people named last are the ones a description can mean; a bound keeps pathological texts linear
  const persons = builders.filter((b) => b.entity.kind === 'person').slice(-MAX_CANDIDATES);
  const countries = new Map(builders.filter((b) => b.entity.kind === 'country').map((b) => [b.entity.country!, b]));
  const countryEntity = (code: string): Builder | undefined => countries.get(code);
  const named = indexPersonMentions(resolved);
  for (const p of people) {
    if (p.to <= p.from) continue;
    const span = { start: doc.tokens[p.from].start, end: doc.tokens[p.to - 1].end, from: p.from, to: p.to, sentence: p.sentence };
    const known = personOf.get(p);
    if (p.counterpartOf !== undefined) {
      // "his Chinese counterpart": the possessor's office, of the named country
      const possessor = pronounAntecedent(doc, named, p.counterpartOf);
      const office = possessor ? persons.find((b) => b.entity.id === possessor)?.entity.offices[0] : undefined;
      if (known) {
        if (office && !known.entity.titles.includes(office.title)) {
          known.entity.titles.unshift(office.title);
          known.entity.offices.unshift({ title: office.title, country: p.country ?? known.entity.country, evidence: { start: span.start, end: span.end } });
        }
        if (p.country) known.entity.country = p.country;
        continue;
      }
      const targets = (p.countries.length ? p.countries : p.country ? [p.country] : []).map((code) =>
        persons.find((b) => b.entity.country === code && (!office || b.entity.offices.some((o) => o.title === office.title))) ?? countryEntity(code));
      const found = targets.filter((b): b is Builder => b !== undefined);
      if (found.length === 1) note(found[0], span, 'counterpart');
      else if (found.length > 1) {
        note(found[0], span, 'counterpart');
        resolved[resolved.length - 1].group = found.map((b) => b.entity.id);
      }
      continue;
    }
    if (known || !p.titles.length) continue;
    if (p.plural) {
      const found = p.countries.map((code) => persons.find((b) => b.entity.country === code && sharesOffice(b, p)) ?? countryEntity(code)).filter((b): b is Builder => b !== undefined);
      if (found.length) {
        note(found[0], span, 'title');
        resolved[resolved.length - 1].group = found.map((b) => b.entity.id);
      }
      continue;
    }
    // "the Defence Minister of India", "the minister", "The Secretary": the latest person with that office
    const candidates = persons.filter((b) => sharesOffice(b, p) && (!p.country || b.entity.country === p.country));
    const before = candidates.filter((b) => b.entity.mentions.some((m) => m.start < span.start));
    const pick = (before.length ? before : candidates).sort((a, b) => b.lastSeen - a.lastSeen)[0];
    if (pick) {
      note(pick, span, 'title');
      if (p.country) pick.entity.country ??= p.country;
    } else if (p.country && countryEntity(p.country)) note(countryEntity(p.country)!, span, 'title');
  }
  resolvePronouns(doc, resolved, builders);
}

function sharesOffice(b: Builder, p: PersonMention): boolean {
  const heads = p.titles.map((t) => t.toLowerCase());
  return b.entity.titles.some((t) => heads.some((h) => t.toLowerCase() === h ||
    (t.toLowerCase().split(' ').includes(h) && !OUT_OF_REACH.get(h)?.test(t)) || h.split(' ').includes(t.toLowerCase())));
}

/** Offices a bare head word does not name: "the minister" is never the prime minister, "the president" never the
 * vice president. */
const OUT_OF_REACH = new Map<string, RegExp>([['minister', /prime minister/i], ['president', /vice[ -]president/i]]);

/** He/she/his/her/him: the subject of the latest sentence with a person in it, or the latest person before. */
function resolvePronouns(doc: Doc, resolved: ResolvedMention[], builders: Builder[]): void {
  const byId = new Map(builders.map((b) => [b.entity.id, b]));
  resolved.sort((a, b) => a.start - b.start);
  const named = indexPersonMentions(resolved);
  const actors = new Map<number, ResolvedMention[]>();
  for (const m of resolved) {
    if ((m.kind === 'organization' || m.kind === 'country') && m.via !== 'demonym' && m.via !== 'pronoun') (actors.get(m.sentence) ?? actors.set(m.sentence, []).get(m.sentence)!).push(m);
  }
  const pronouns: ResolvedMention[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    const personal = /^(he|she|him|her|his|hers)$/.test(t.lower);
    if (!personal && t.lower !== 'it') continue;
    // "His Highness the Amir", "Her Majesty": a style of address, not a pronoun
    if (/^(his|her)$/.test(t.lower) && /^(Highness|Majesty|Excellency|Royal|Holiness|Eminence)$/.test(doc.tokens[i + 1]?.text ?? '')) continue;
    const antecedent = personal ? pronounAntecedent(doc, named, i) : itAntecedent(doc, actors, i);
    if (!antecedent) continue;
    const b = byId.get(antecedent)!;
    pronouns.push({ entity: antecedent, kind: b.entity.kind, from: i, to: i + 1, start: t.start, end: t.end, sentence: t.sentence, via: 'pronoun' });
    b.entity.mentions.push({ start: t.start, end: t.end, text: t.text });
  }
  resolved.push(...pronouns);
}

/** "The SDF announced it had…": "it" as a subject stands for the organisation or country that leads its sentence,
 * or the previous one's. An "it" before a form of "be" ("it is possible") stands for nothing. */
function itAntecedent(doc: Doc, actors: Map<number, ResolvedMention[]>, i: number): string | undefined {
  const next = doc.tokens[i + 1]?.lower ?? '';
  const prev = doc.tokens[i - 1];
  if (/^(is|was|'s|seems|appears|remains|a|an|the)$/.test(next) || doc.tokens[i + 1]?.kind === 'quote') return undefined;
  // a subject: opening its clause, not the object of a verb ("called it 'a fruitful meeting'")
  if (prev && prev.sentence === doc.tokens[i].sentence && !/^(that|,|and|but|said|says|announced|added|as|because|while|when|after)$/.test(prev.lower)) return undefined;
  const sentence = doc.tokens[i].sentence;
  // "X's spokesman said it had…": the organisation of whoever said it
  if (prev && /^(said|says|announced|added|claimed|confirmed|stated)$/.test(prev.lower)) {
    const speaker = (actors.get(sentence) ?? []).filter((m) => m.to <= i - 1).pop();
    if (speaker && speaker.to >= i - 6) return speaker.entity;
  }
  const same = (actors.get(sentence) ?? []).find((m) => m.from < i);
  return same?.entity ?? actors.get(sentence - 1)?.[0]?.entity;
}

/** How many candidates a description or pronoun is compared with at most. */
const MAX_CANDIDATES = 200;

/** Person mentions by name or title (not pronouns), by sentence. */
function indexPersonMentions(resolved: ResolvedMention[]): Map<number, ResolvedMention[]> {
  const out = new Map<number, ResolvedMention[]>();
  for (const m of resolved) if (m.kind === 'person' && m.via !== 'pronoun') (out.get(m.sentence) ?? out.set(m.sentence, []).get(m.sentence)!).push(m);
  for (const list of out.values()) list.sort((a, b) => a.from - b.from);
  return out;
}

/** The person a pronoun at token i most likely refers to. */
export function pronounAntecedent(doc: Doc, named: Map<number, ResolvedMention[]>, i: number): string | undefined {
  const sentence = doc.tokens[i].sentence;
  // within the same sentence, the subject (the first person) before the pronoun; else the latest sentence's subject
  const same = (named.get(sentence) ?? []).find((m) => m.from < i);
  if (same) return same.entity;
  for (let s = sentence - 1; s >= sentence - 5; s--) {
    const first = named.get(s)?.[0];
    if (first) return first.entity;
  }
  return undefined;
}

/** "Shanghai Cooperation Organisation (SCO)", "Syrian Democratic Forces (SDF)": the acronym is an alias. */
function linkAcronyms(doc: Doc, byId: (id: string) => Builder | undefined, resolved: ResolvedMention[]): void {
  const startingAt = new Map<number, ResolvedMention>();
  for (const m of resolved) startingAt.set(m.from, m);
  for (const full of resolved) {
    if (full.kind !== 'organization') continue;
    const open = doc.tokens[full.to];
    const acronym = doc.tokens[full.to + 1];
    if (open?.text !== '(' || !acronym || !/^\p{Lu}[\p{Lu}\p{N}-]{1,9}$/u.test(acronym.text) || doc.tokens[full.to + 2]?.text !== ')') continue;
    const owner = byId(full.entity)!;
    const other = startingAt.get(full.to + 1);
    if (other && other.entity !== owner.entity.id) {
      // merge the acronym's entity into the full name's
      const dup = byId(other.entity)!;
      for (const m of resolved) if (m.entity === dup.entity.id) m.entity = owner.entity.id;
      owner.entity.mentions.push(...dup.entity.mentions);
      dup.entity.mentions = [];
    }
    if (!owner.entity.aliases.includes(acronym.text)) owner.entity.aliases.push(acronym.text);
  }
}

/** "Farkhor, Tajikistan": the country after a place's comma is the place's country. */
function placeCountriesFromContext(doc: Doc, raw: RawMention[], atStart: Map<number, Builder>): void {
  for (let n = 0; n + 1 < raw.length; n++) {
    const place = raw[n];
    const country = raw[n + 1];
    if ((place.kind !== 'place' && place.kind !== 'organization') || country.kind !== 'country' || country.countryForm !== 'name') continue;
    if (doc.tokens[place.tokenEnd]?.text !== ',' || country.tokenStart !== place.tokenEnd + 1) continue;
    const b = atStart.get(place.start);
    if (b && b.entity.kind === 'place') b.entity.country = country.country;
  }
}

/** Nouns that follow the name of a thing or a place, never a person's name. */
/** Nouns after a code name: the name before them names an exercise or operation. */
const NAMED_OPERATION_NOUNS = new Set(['exercise', 'exercises', 'drill', 'drills', 'wargames', 'manoeuvres', 'maneuvers', 'operation']);
const NAMED_THING_NOUNS = new Set(['exercise', 'exercises', 'drills', 'drill', 'province', 'region', 'district', 'crossing',
  'border', 'summit', 'talks', 'agreement', 'accord', 'deal', 'plan', 'operation', 'pipeline', 'dam', 'port', 'base',
  'airport', 'field', 'island', 'river', 'valley', 'sea', 'strait', 'state', 'city', 'town', 'village', 'area', 'zone',
  'corridor', 'project', 'initiative', 'process', 'format', 'declaration', 'treaty', 'forum', 'dialogue', 'programme', 'program']);

/** Verbs whose object is a place ("entered Tell Tamer"). */
const PLACE_VERBS = new Set(['entered', 'captured', 'seized', 'reached', 'shelled', 'bombed', 'stormed', 'took', 'retook', 'liberated', 'visited', 'near', 'outside']);

/** Below this, a name the model proposes on its own is more often wrong than right in news text. */
const MIN_MODEL_CONFIDENCE = 0.6;

/** Names the NER model found where no rule did: people, organisations, places. */
function addModelMentions(doc: Doc, raw: RawMention[], names: readonly NameSpan[]): void {
  if (!names.length) return;
  const covered = new Set<number>();
  const titleEnds = new Set<number>();
  for (const m of raw) {
    for (let k = m.tokenStart; k < m.tokenEnd; k++) covered.add(k);
    if (m.kind === 'title') titleEnds.add(m.tokenEnd);
  }
  // surnames of people the article names in full: "Austin, the first member of the cabinet…" after "Lloyd Austin"
  // is the man, though the model reads the word as the Texan city
  const surnames = new Set<string>();
  for (const n of names) if (n.label === 'PER' && n.tokenEnd - n.tokenStart >= 2) surnames.add(doc.tokens[n.tokenEnd - 1].text);
  for (const m of raw) if (m.kind === 'person' && m.tokenEnd - m.tokenStart >= 2) surnames.add(doc.tokens[m.tokenEnd - 1].text);
  const placeStarts = new Set(names.filter((o) => o.label === 'LOC').map((o) => o.tokenStart));
  const placeEnds = new Set(names.filter((o) => o.label === 'LOC').map((o) => o.tokenEnd));
  for (const n of names) {
    let free = true;
    for (let k = n.tokenStart; k < n.tokenEnd; k++) if (covered.has(k)) free = false;
    if (!free || n.confidence < MIN_MODEL_CONFIDENCE) continue;
    // right after a title ("Ambassador to Russia, DB Venkatesh Varma") a name is a person's, whatever the model says
    const afterTitle = titleEnds.has(n.tokenStart) || (doc.tokens[n.tokenStart - 1]?.text === ',' && titleEnds.has(n.tokenStart - 1));
    if (afterTitle && n.label !== 'PER') continue;
    // a name the model is unsure is a person's, where the text marks a place ("entered Kidal and Tessalit",
    // "in Kidal"), is the place
    const before = doc.tokens[n.tokenStart - 1]?.lower ?? '';
    const coordinatedPlace = (between: number): boolean => /^(and|or|,)$/.test(doc.tokens[between]?.lower ?? '');
    const placeContext = LOCATIVE_PREPOSITIONS.has(before) || PLACE_VERBS.has(before) ||
      (placeStarts.has(n.tokenEnd + 1) && coordinatedPlace(n.tokenEnd)) || (placeEnds.has(n.tokenStart - 1) && coordinatedPlace(n.tokenStart - 1));
    const surname = n.tokenEnd - n.tokenStart === 1 && n.label !== 'PER' && !placeContext && surnames.has(doc.tokens[n.tokenStart].text);
    const label = surname ? 'PER' : n.label === 'PER' && n.confidence < 0.8 && placeContext ? 'LOC' : n.label;
    // "the Keris Woomera exercise", "Cabo Delgado province": a name before such a noun is no person's
    if (label === 'PER' && NAMED_THING_NOUNS.has(doc.tokens[n.tokenEnd]?.lower ?? '')) continue;
    // "the Varuna exercise", "Operation Sindoor": a code name, no place
    if (label === 'LOC' && NAMED_OPERATION_NOUNS.has(doc.tokens[n.tokenEnd]?.lower ?? '')) continue;
    const kind = label === 'PER' ? 'person' : label === 'ORG' ? 'organization' : label === 'LOC' ? 'place' : null;
    if (!kind) continue;
    const text = doc.text.slice(n.start, n.end);
    if (NOT_NAMES.has(text)) continue;
    const m: RawMention = { kind, tokenStart: n.tokenStart, tokenEnd: n.tokenEnd, start: n.start, end: n.end, sentence: doc.tokens[n.tokenStart].sentence, text, origin: 'model', nerLabel: n.label };
    // a place the model found may be a small town the gazetteer knows: take its country and coordinates
    if (kind === 'place') {
      const known = lexicon().places.get(text.split(/\s+/).map(foldKey));
      m.place = known ? pickPlace(known) : { name: text, population: 0, known: false };
    }
    if (m.place) m.country = m.place.country;
    raw.push(m);
    for (let k = n.tokenStart; k < n.tokenEnd; k++) covered.add(k);
  }
  raw.sort((a, b) => a.start - b.start);
}

/** Without the model, names in unmistakable contexts: a post's signature "— Name (@handle)", and "Name said". */
function addContextNames(doc: Doc, raw: RawMention[]): void {
  const covered = new Set<number>();
  for (const m of raw) for (let k = m.tokenStart; k < m.tokenEnd; k++) covered.add(k);
  const byToken = new Map<number, RawMention>();
  for (const m of raw) byToken.set(m.tokenStart, m);
  const add = (from: number): void => {
    if (covered.has(from)) return;
    const end = doc.sentences[doc.tokens[from].sentence].tokenEnd;
    const name = readName(doc, from, end, byToken);
    if (!name || name.to - name.from < 2) return;
    for (let k = name.from; k < name.to; k++) if (covered.has(k)) return;
    raw.push({ kind: 'person', tokenStart: name.from, tokenEnd: name.to, start: name.start, end: name.end, sentence: doc.tokens[from].sentence, text: name.text, origin: 'rule' });
    for (let k = name.from; k < name.to; k++) covered.add(k);
  };
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if (t.kind === 'dash' && doc.tokens[i + 1] && isNameToken(doc.tokens[i + 1])) {
      // "— Rajnath Singh (@rajnathsingh)"
      let j = i + 1;
      while (j < doc.tokens.length && j < i + 7 && doc.tokens[j].text !== '(') j++;
      if (doc.tokens[j]?.text === '(' && doc.tokens[j + 1]?.kind === 'handle') add(i + 1);
    }
    if ((t.lower === 'said' || t.lower === 'says' || t.lower === 'told' || t.lower === 'added' || t.lower === 'tweeted' || t.lower === 'wrote') && doc.tokens[i + 1] && isNameToken(doc.tokens[i + 1])) add(i + 1);
  }
  raw.sort((a, b) => a.start - b.start);
}

/** "the embassy", "the ministry", "the alliance": the latest organisation with that word in its name. */
function addOrgDescriptions(doc: Doc, builders: Builder[], resolved: ResolvedMention[], note: Note): void {
  const covered = coveredTokens(resolved);
  const heads = new Set(ORG_DESCRIPTIONS);
  const organizations = builders.filter((b) => b.entity.kind === 'organization').slice(-MAX_CANDIDATES);
  for (let i = 1; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if (!heads.has(t.lower) || covered.has(i) || !/^(the|this|that)$/i.test(doc.tokens[i - 1].text)) continue;
    const orgs = organizations.filter((b) => b.lastSeen < i && b.lastSeen >= 0 &&
      (b.entity.name.toLowerCase().split(/\s+/).includes(t.lower) || (t.lower === 'bloc' || t.lower === 'alliance') && b.entity.aliases.some((a) => /^[A-Z]{2,6}$/.test(a))));
    const latest = orgs.sort((a, b) => b.lastSeen - a.lastSeen)[0];
    if (latest) note(latest, { start: doc.tokens[i - 1].start, end: t.end, from: i - 1, to: i + 1, sentence: t.sentence }, 'title');
  }
}

/** "the government", "Serbian police", "Turkish forces", "the American delegation", "protesters": the country acts
 * through a part of it. The country is the one named right before the noun ("Serbian", "Russia's"), after it
 * ("the government of Syria"), or, for the government, police and people, the article's home country. */
function addGenericActors(doc: Doc, builders: Builder[], resolved: ResolvedMention[], note: Note, ensureCountry: (code: string) => Builder): void {
  const covered = coveredTokens(resolved);
  const countryAt = new Map<number, ResolvedMention>();
  const countryStarting = new Map<number, ResolvedMention>();
  for (const m of resolved) if (m.kind === 'country') { countryAt.set(m.to - 1, m); countryStarting.set(m.from, m); }
  const countryOfEntity = new Map(builders.filter((b) => b.entity.country).map((b) => [b.entity.id, b.entity.country!]));
  const organizationStarting = new Set(resolved.filter((m) => m.kind === 'organization').map((m) => m.from));
  const pronounAt = new Map(resolved.filter((m) => m.via === 'pronoun').map((m) => [m.from, m]));
  const home = homeCountry(builders);
  const lookup = new Map<string, { actor: (typeof GENERIC_ACTORS)[number]; length: number }>();
  for (const actor of GENERIC_ACTORS) for (const w of actor.words) lookup.set(w, { actor, length: w.split(' ').length });
  for (let i = 0; i < doc.tokens.length; i++) {
    if (covered.has(i)) continue;
    const two = i + 1 < doc.tokens.length ? `${doc.tokens[i].lower} ${doc.tokens[i + 1].lower}` : '';
    const hit = lookup.get(two) ?? lookup.get(doc.tokens[i].lower);
    if (!hit || (hit.length === 2 && covered.has(i + 1))) continue;
    const to = i + hit.length;
    // "Leaders of African Union member states": the group is the organisation's, not a country's
    if (doc.tokens[to]?.lower === 'of' && organizationStarting.has(to + 1 + (doc.tokens[to + 1]?.lower === 'the' ? 1 : 0))) continue;
    let from = i;
    let code: string | undefined;
    // "Serbian police", "Russia's military", "the US delegation", "Turkish-backed forces"
    let k = i - 1;
    while (k >= 0 && /^(state|security|armed|local|senior|top|federal|national|government|anti-government|opposition|riot|foreign)$/.test(doc.tokens[k].lower)) k--;
    if (k >= 0 && doc.tokens[k].text === "'s") k--;
    const before = countryAt.get(k);
    if (before && before.sentence === doc.tokens[i].sentence) { code = countryOfEntity.get(before.entity); from = before.from; }
    // "the government of Syria"
    const after = doc.tokens[to]?.lower === 'of' ? countryStarting.get(to + 1 + (doc.tokens[to + 1]?.lower === 'the' ? 1 : 0)) : undefined;
    if (!code && after) code = countryOfEntity.get(after.entity);
    // "his country", "their government": the country of whom the pronoun stands for
    const possessor = /^(his|her|its|their)$/.test(doc.tokens[i - 1]?.lower ?? '') ? pronounAt.get(i - 1) : undefined;
    if (!code && possessor) { code = countryOfEntity.get(possessor.entity); from = i - 1; }
    if (!code && hit.actor.homeByDefault) code = home;
    if (!code) continue;
    // a bare common noun that only names people in general ("people said") is no actor
    if (hit.actor.sector === 'civilians' && doc.tokens[i].lower === 'people' && !before) continue;
    const b = ensureCountry(code);
    const start = doc.tokens[from].start;
    const end = doc.tokens[to - 1].end;
    note(b, { start, end, from, to, sentence: doc.tokens[i].sentence }, 'generic');
    resolved[resolved.length - 1].sector = hit.actor.sector;
    for (let c = from; c < to; c++) covered.add(c);
  }
}

/** The country a person's sentences are about, when the article gives none for them: the country most mentioned
 * (by name, place or organisation) in the sentences that mention the person, other people's countries excepted. */
function localCountry(doc: Doc, person: Builder, builders: Builder[], resolved: ResolvedMention[], home: string | undefined, options: { orHome?: boolean } = {}): string | undefined {
  const sentences = new Set(resolved.filter((m) => m.entity === person.entity.id).map((m) => m.sentence));
  const byId = new Map(builders.map((b) => [b.entity.id, b.entity]));
  const votes = new Map<string, number>();
  // countries the person goes to, or whose officials are the person's counterparts, are not the person's own
  const visited = new Set<string>();
  for (const m of resolved) {
    if (!sentences.has(m.sentence) || m.kind === 'person') continue;
    const country = byId.get(m.entity)?.country;
    const counterpartOf = COUNTERPART_HEADS.has(doc.tokens[m.to]?.lower ?? '');
    if (country && (isDestination(doc, m.from) || counterpartOf)) visited.add(country);
    else if (country) votes.set(country, (votes.get(country) ?? 0) + (m.kind === 'place' ? 2 : 1));
  }
  // the article's main country weighs in: a foreign name in the sentence does not outvote it on its own
  if (home) votes.set(home, (votes.get(home) ?? 0) + 1.5);
  for (const country of visited) votes.delete(country);
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  if (ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1])) return ranked[0][0];
  return options.orHome && home && !visited.has(home) ? home : undefined;
}

/** Whether the mention at token `from` is where someone goes: "visited Dhaka", "arrived in Hanoi". */
function isDestination(doc: Doc, from: number): boolean {
  const one = doc.tokens[from - 1]?.lower;
  const two = `${doc.tokens[from - 2]?.lower} ${one}`;
  return one !== undefined && (DESTINATION_CUES.has(one) || DESTINATION_CUES.has(two));
}

/** The country the article is about: the most mentioned, counting people and places by their country. */
function homeCountry(builders: Builder[]): string | undefined {
  const score = new Map<string, number>();
  for (const b of builders) {
    if (!b.entity.country) continue;
    const weight = b.entity.kind === 'country' ? 1 : b.entity.kind === 'place' ? 1.5 : 1;
    score.set(b.entity.country, (score.get(b.entity.country) ?? 0) + weight * b.entity.mentions.length);
  }
  const ranked = [...score].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return undefined;
  const total = ranked.reduce((n, [, v]) => n + v, 0);
  return ranked[0][1] / total >= 0.3 ? ranked[0][0] : undefined;
}

const coveredTokens = (resolved: ResolvedMention[]): Set<number> => {
  const covered = new Set<number>();
  for (const m of resolved) for (let k = m.from; k < m.to; k++) covered.add(k);
  return covered;
};

function finishEntity(e: Entity): Entity {
  e.mentions.sort((a, b) => a.start - b.start);
  e.aliases = e.aliases.filter((a) => a !== e.name);
  const out: Entity = { id: e.id, kind: e.kind, name: e.name, aliases: e.aliases, titles: e.titles, offices: e.offices, mentions: e.mentions, origin: e.origin };
  if (e.country) out.country = e.country;
  if (e.coordinates) out.coordinates = e.coordinates;
  return out;
}

const internationalStart = new RegExp(`^(${INTERNATIONAL_NAME_STARTS.map((w) => w.replace(/[.]/g, '\\.')).join('|')})\\b`);
/** "European Community", "International Labour Office": a name that belongs to no one country. */
const isInternationalName = (name: string): boolean => internationalStart.test(name.replace(/^the /i, ''));

// The word lists of src/data, compiled once into tries keyed the way tokens are matched: country names, demonyms
// and capitals, organisations, titles and ranks, places, and well-known people.
import worldCountriesModule, { type Country } from 'world-countries';
import { COUNTRY_NAME_BLOCKLIST, COUNTRY_SUPPLEMENT, NON_COUNTRY_COMPOUNDS } from '../data/countries.js';
import { CITIES } from '../data/generated/cities.js';
import { REGIONS } from '../data/generated/regions.js';
import { KNOWN_ORGANIZATIONS, NATIONAL_ORG_HEADS, ORG_HEAD_WORDS, type KnownOrganization } from '../data/organizations.js';
import { KNOWN_PEOPLE, type KnownPerson } from '../data/people.js';
import { GAZETTEER_STOPWORDS, KNOWN_PLACES } from '../data/places.js';
import { HONORIFICS, MINISTERIAL_PATTERNS, OFFICES, PORTFOLIOS, QUALIFIERS, RANKS, TRANSLATED_OFFICES } from '../data/titles.js';
import { tokenize } from '../nlp/tokenize.js';
import { PhraseTrie } from './trie.js';

/** The population a state or province counts as when places of one name compete (its real one is not listed):
 * most first-level regions have a million people or more, so a region outranks a town of its name ("Bali"). */
const REGION_POPULATION = 1_000_000;

/** Folds diacritics and typographic apostrophes, keeping case: the key names are matched on. */
export const foldKey = (s: string): string =>
  (/[^\x00-\x7f]/.test(s) ? s.normalize('NFD').replace(/\p{M}/gu, '') : s).replace(/[’‘]/g, "'");

/** Lower-cased fold with the one spelling difference titles care about. */
export const titleKey = (s: string): string => foldKey(s).toLowerCase().replace(/^defense/, 'defence').replace(/^organization/, 'organisation');

// The package is CommonJS with an ESM-style declaration: at run time the default import is the array itself.
const worldCountries = worldCountriesModule as unknown as readonly Country[];

/** A listed phrase as tokens, typographic apostrophes folded first so "Nuku‘alofa" is one token as in the text. */
const phraseTokens = (phrase: string): string[] => tokenize(phrase.replace(/[’‘]/g, "'")).tokens.map((t) => t.text);

export interface CountryInfo {
  code: string;
  name: string;
  capitals: string[];
  coordinates?: [number, number];
}

export type CountryForm = 'name' | 'demonym' | 'metonym';

export interface TitleInfo {
  /** The office or rank, named the same way however it was written ("Defence Minister", "Lieutenant General"). */
  canonical: string;
  kind: 'office' | 'rank' | 'honorific' | 'qualifier';
  /** Must be capitalised to count ("General Wei", not "the general view"). */
  needsCapital: boolean;
  /** Written in the plural ("Defence Ministers"): a title shared by several people. */
  plural?: boolean;
  /** The words as the article writes them (set on a match, not in the table). */
  written?: string;
}

export interface PlaceInfo {
  name: string;
  country?: string;
  coordinates?: [number, number];
  population: number;
  known: boolean;
  /** A state or province (from the region table): named without a cue it may be anything, so it needs one. */
  region?: boolean;
}

export interface Lexicon {
  countries: Map<string, CountryInfo>;
  countryNames: PhraseTrie<{ code: string; form: CountryForm }>;
  countryPrefixes: Map<string, string>;
  nonCountryCompounds: ReadonlySet<string>;
  capitals: Map<string, string>;
  organizations: PhraseTrie<KnownOrganization>;
  orgHeads: ReadonlySet<string>;
  nationalOrgHeads: PhraseTrie<string>;
  titles: PhraseTrie<TitleInfo>;
  places: PhraseTrie<PlaceInfo>;
  people: PhraseTrie<KnownPerson>;
  /** Distinctive surnames of well-known people that no other listed person shares ("Putin", "Modi"). */
  surnames: Map<string, KnownPerson>;
}

let cached: Lexicon | undefined;

/** The compiled lexicon, built on first use (about 100 ms) and shared. */
export function lexicon(): Lexicon {
  return (cached ??= buildLexicon());
}

function buildLexicon(): Lexicon {
  const countries = new Map<string, CountryInfo>();
  const countryNames = new PhraseTrie<{ code: string; form: CountryForm }>();
  const capitals = new Map<string, string>();
  const seen = new Set<string>();
  const addName = (name: string, code: string, form: CountryForm): void => {
    if (COUNTRY_NAME_BLOCKLIST.has(name) || seen.has(`${form}|${name}`)) return;
    seen.add(`${form}|${name}`);
    countryNames.add(phraseTokens(name).map(foldKey), { code, form });
  };
  const supplementOf = new Map(COUNTRY_SUPPLEMENT.map((s) => [s.code, s]));
  function addDemonym(form: string, code: string): void {
    if (!form || COUNTRY_NAME_BLOCKLIST.has(form)) return;
    addName(form, code, 'demonym');
    if (!/(s|sh|ch|ese|ss|i)$/.test(form) && /^\p{Lu}\p{Ll}+$/u.test(form)) addName(`${form}s`, code, 'demonym');
    if (/i$/.test(form)) addName(`${form}s`, code, 'demonym'); // Saudis, Emiratis, Pakistanis
  }
  // The supplement first, then UN members, then territories: where a word names several ("American"), the first
  // added wins, so the country news means by it.
  const countryPrefixes = new Map<string, string>();
  const capitalKey = (c: string): string => foldKey(c.replace(/ D\.C\.$/, ''));
  for (const s of COUNTRY_SUPPLEMENT) {
    for (const n of s.names ?? []) addName(n, s.code, 'name');
    for (const d of s.demonyms ?? []) addDemonym(d, s.code);
    for (const m of s.metonyms ?? []) addName(m, s.code, 'metonym');
    for (const p of s.prefixes ?? []) countryPrefixes.set(p.toLowerCase(), s.code);
    for (const c of s.capitals ?? []) capitals.set(capitalKey(c), s.code);
  }
  for (const c of [...worldCountries].sort((a, b) => Number(b.unMember) - Number(a.unMember))) {
    const extra = supplementOf.get(c.cca3);
    countries.set(c.cca3, {
      code: c.cca3,
      name: extra?.display ?? c.name.common,
      capitals: [...c.capital, ...(extra?.capitals ?? [])],
      coordinates: c.latlng.length === 2 ? [c.latlng[0], c.latlng[1]] : undefined,
    });
    for (const name of [c.name.common, c.name.official, ...c.altSpellings]) {
      if (isEnglishName(name)) addName(name, c.cca3, 'name');
    }
    const eng = c.demonyms?.eng;
    if (eng) for (const form of new Set(`${eng.m}, ${eng.f}`.split(/,\s*/))) addDemonym(form, c.cca3);
    for (const capital of c.capital) if (!capitals.has(capitalKey(capital))) capitals.set(capitalKey(capital), c.cca3);
  }
  for (const s of COUNTRY_SUPPLEMENT) {
    if (!countries.has(s.code)) countries.set(s.code, { code: s.code, name: s.display ?? s.names?.[0] ?? s.code, capitals: [] });
  }

  const organizations = new PhraseTrie<KnownOrganization>();
  for (const org of KNOWN_ORGANIZATIONS) {
    for (const name of [org.name, ...org.aliases]) organizations.add(phraseTokens(name).map(foldKey), org);
  }
  const nationalOrgHeads = new PhraseTrie<string>();
  for (const head of NATIONAL_ORG_HEADS) nationalOrgHeads.add(phraseTokens(head).map(foldKey), head);

  const places = new PhraseTrie<PlaceInfo>();
  for (const p of KNOWN_PLACES) {
    const info: PlaceInfo = { name: p.name, country: p.country, coordinates: p.coordinates ? [p.coordinates[0], p.coordinates[1]] : undefined, population: Infinity, known: true };
    for (const name of [p.name, ...(p.aliases ?? [])]) places.add(phraseTokens(name).map(foldKey), info);
  }
  for (const [name, country, population, lat, lon] of CITIES) {
    if (GAZETTEER_STOPWORDS.has(name) || !/^\p{Lu}/u.test(name)) continue;
    const keys = phraseTokens(name).map(foldKey);
    if (places.get(keys)?.some((p) => p.known) || countryNames.get(keys)) continue;
    const info: PlaceInfo = { name, country, coordinates: [lat, lon], population, known: false };
    places.add(keys, info);
    if (keys.length === 2 && !name.includes('-')) places.add([keys[0] + keys[1].toLowerCase()], info); // "Dehra Dun" written "Dehradun"
  }

  // states and provinces: where a city shares the name, the larger wins ("Goa" the Indian state, not the Philippine
  // town)
  for (const [name, country] of REGIONS) {
    if (GAZETTEER_STOPWORDS.has(name) || !/^\p{Lu}/u.test(name)) continue;
    const keys = phraseTokens(name).map(foldKey);
    if (places.get(keys)?.some((p) => p.known || p.population >= REGION_POPULATION) || countryNames.get(keys)) continue;
    places.add(keys, { name, country, population: REGION_POPULATION, known: false, region: true });
  }

  const people = new PhraseTrie<KnownPerson>();
  const surnameCount = new Map<string, KnownPerson[]>();
  for (const p of KNOWN_PEOPLE) {
    for (const name of [p.name, ...(p.aliases ?? [])]) {
      const keys = phraseTokens(name).map(foldKey);
      people.add(keys, p);
      const last = keys[keys.length - 1];
      if (keys.length > 1 && last.length >= 4 && /^\p{Lu}\p{Ll}/u.test(last)) {
        const list = surnameCount.get(last) ?? [];
        if (!list.includes(p)) list.push(p);
        surnameCount.set(last, list);
      }
    }
  }
  const surnames = new Map([...surnameCount].filter(([name, ps]) => ps.length === 1 && !COMMON_SURNAMES.has(name)).map(([name, ps]) => [name, ps[0]]));

  return {
    countries, countryNames, countryPrefixes, nonCountryCompounds: NON_COUNTRY_COMPOUNDS, capitals,
    organizations, orgHeads: new Set(ORG_HEAD_WORDS), nationalOrgHeads, titles: buildTitles(), places, people, surnames,
  };
}

/** Surnames too common to stand for one well-known person on their own. */
const COMMON_SURNAMES = new Set(['Johnson', 'Singh', 'Khan', 'Sharif', 'Ahmed', 'Kumar', 'Wang', 'Li', 'Kim', 'Lee', 'Harris', 'May', 'Moon', 'Austin', 'Price', 'Wong', 'Michel', 'Salman', 'Abbas', 'Marcos', 'Sullivan', 'Jun', 'Yi', 'Gang', 'Qiang', 'Silva', 'Thani', 'Nahyan', 'Zayed', 'Farhan', 'Hadi', 'Rahmon', 'Hasina', 'Abe', 'Ruto', 'Lula']);

/** Names written in Latin letters, not codes ("TJ") or inverted library forms ("Iran, Islamic Republic of"). */
function isEnglishName(name: string): boolean {
  if (name.includes(',') || name.length < 3) return false;
  return /^[\p{Script=Latin}\s'’().-]+$/u.test(name) && !/[āīūŏŭășțĕ]/.test(name);
}

const RANK_EXPANSIONS: Readonly<Record<string, string>> = {
  lt: 'Lieutenant', gen: 'General', maj: 'Major', col: 'Colonel', brig: 'Brigadier', capt: 'Captain', adm: 'Admiral',
  sgt: 'Sergeant', cpl: 'Corporal', pvt: 'Private',
};

/** "Lt. Gen." → "Lieutenant General"; "Colonel-General" → "Colonel General". */
function canonicalRank(rank: string): string {
  return rank
    .split(/[\s-]+/)
    .map((w) => RANK_EXPANSIONS[w.replace(/\.$/, '').toLowerCase()] ?? w)
    .join(' ')
    .replace(/\.$/, '');
}

/** Offices that are plain words too, and so count only when capitalised. */
const WEAK_OFFICES = new Set(['head', 'chief', 'leader', 'director', 'chair', 'secretary', 'speaker', 'commander', 'governor',
  'minister', 'adviser', 'advisor', 'consul', 'prosecutor', 'king', 'queen', 'mp']);

/** The keys of a title with its head word in the plural: the last word, or the word before "of/for/to". */
function pluralOf(keys: string[]): string[] | null {
  const of = keys.findIndex((k, n) => n > 0 && (k === 'of' || k === 'for' || k === 'to'));
  const head = of > 0 ? of - 1 : keys.length - 1;
  const word = keys[head];
  if (!/^[a-z]+$/.test(word) || word.endsWith('s')) return null;
  const plural = /[^aeiou]y$/.test(word) ? word.slice(0, -1) + 'ies' : /(ch|sh)$/.test(word) ? word + 'es' : word + 's';
  return keys.map((k, n) => (n === head ? plural : k));
}

function buildTitles(): PhraseTrie<TitleInfo> {
  const titles = new PhraseTrie<TitleInfo>();
  const add = (phrase: string, info: TitleInfo): void => {
    const keys = phraseTokens(phrase).map(titleKey);
    titles.add(keys, info);
    if (phrase.includes('-')) titles.add(phraseTokens(phrase.replace(/-/g, ' ')).map(titleKey), info);
    // "the Defence Ministers of Kazakhstan and Uzbekistan": the plural of the head word
    const plural = info.kind === 'office' || info.kind === 'rank' ? pluralOf(keys) : null;
    if (plural) titles.add(plural, { ...info, plural: true });
  };
  for (const p of PORTFOLIOS) {
    for (const name of p.names) {
      for (const { pattern, head } of MINISTERIAL_PATTERNS) {
        add(pattern.replace('{P}', name), { canonical: `${p.canonical} ${head}`, kind: 'office', needsCapital: false });
      }
    }
  }
  for (const office of OFFICES) {
    const existing = titles.get(phraseTokens(office).map(titleKey));
    if (existing) continue;
    const canonical = office.replace(/^Defense/, 'Defence').replace(/-(?=[A-Z])/g, '-');
    add(office, { canonical, kind: 'office', needsCapital: WEAK_OFFICES.has(office.toLowerCase()) });
  }
  for (const t of TRANSLATED_OFFICES) add(t.written, { canonical: t.canonical, kind: 'office', needsCapital: true });
  for (const rank of RANKS) add(rank, { canonical: canonicalRank(rank), kind: 'rank', needsCapital: true });
  for (const h of HONORIFICS) add(h, { canonical: h.replace(/\.$/, ''), kind: 'honorific', needsCapital: true });
  for (const q of QUALIFIERS) add(q, { canonical: q.replace(/-$/, ''), kind: 'qualifier', needsCapital: false });
  return titles;
}

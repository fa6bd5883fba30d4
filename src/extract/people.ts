// People and their offices, assembled from titles and names in every usual English pattern:
//   "Defence Minister Rajnath Singh"             title + name
//   "the Defence Minister of India, Rajnath Singh" title + of-country + comma + name
//   "Rajnath Singh, the defence minister of India" name + comma + title (apposition)
//   "Indian Ambassador to Russia DB Venkatesh Varma" country + title + to-country (posting) + name
//   "his Chinese counterpart General Wei Fenghe"   counterpart: the possessor's office, of the named country
//   "the Chinese Defence Minister", "the minister" a title alone: resolved to a person in coref.ts
import type { Doc } from '../nlp/doc.js';
import { COUNTERPART_HEADS, ROYAL_STYLES } from '../data/titles.js';
import { NAME_PARTICLES, NAME_SUFFIXES, POSSESSIVE_PRONOUNS } from '../data/words.js';
import { foldKey, lexicon, type TitleInfo } from './lexicon.js';
import { isNameToken, type RawMention } from './mentions.js';

export interface OfficeClaim {
  title: string;
  country?: string;
  /** Organisation whose office it is ("UN Special Envoy"). */
  org?: RawMention;
  /** Country or place an envoy is posted to. */
  postedTo?: string;
}

/** A person as one passage of text introduces or refers to them. */
export interface PersonMention {
  /** Token range of the name, when a name is written. */
  name?: { from: number; to: number; text: string; start: number; end: number };
  /** Token range of the whole phrase (titles, modifiers, name): the mention's evidence. */
  from: number;
  to: number;
  sentence: number;
  /** Titles as shown to users, canonical ("Defence Minister", "Lieutenant General"). */
  titles: string[];
  offices: OfficeClaim[];
  country?: string;
  /** "the minister", "the Chinese Defence Minister": a definite description to resolve. */
  definite: boolean;
  /** "his Chinese counterpart": the token of the possessive pronoun. */
  counterpartOf?: number;
  /** "the Defence Ministers of Kazakhstan and Uzbekistan": one person per listed country. */
  plural: boolean;
  /** Countries a plural or counterpart phrase lists. */
  countries: string[];
  fromLexicon?: RawMention;
}

/** Words between a country and a title that name the service the title belongs to. */
const SERVICE_WORDS = new Set(['government', 'state', 'foreign', 'ministry', 'defence', 'defense', 'army', 'military', 'navy',
  'presidential', 'federal', 'national', 'interior', 'security', 'border', 'police', 'armed', 'forces', 'air', 'force', 'office', 'affairs', 'external']);

const POSTING_TITLES = /ambassador|envoy|high commissioner|representative|coordinator|consul|charg|attach/i;

/** Assembles person mentions from title mentions, names after titles, appositions and counterparts. */
export function findPeople(doc: Doc, mentions: RawMention[]): PersonMention[] {
  const byToken = new Map<number, RawMention>();
  for (const m of mentions) if (!byToken.has(m.tokenStart)) byToken.set(m.tokenStart, m);
  const people: PersonMention[] = [];
  const usedNames = new Set<number>();
  let coveredTo = -1; // titles are read left to right; one inside the last person's phrase belongs to it
  for (const m of mentions) {
    if (m.kind !== 'title' || !m.titles) continue;
    if (m.tokenStart < coveredTo) continue;
    const person = personFromTitle(doc, m, byToken);
    if (!person) continue;
    if (person.name) for (let k = person.name.from; k < person.name.to; k++) usedNames.add(k);
    coveredTo = Math.max(coveredTo, person.to);
    people.push(person);
  }
  for (const m of mentions) {
    if (m.kind !== 'person' || usedNames.has(m.tokenStart)) continue;
    // "King Abdullah II of Jordan", "Colombia's Gustavo Petro"
    const of = byToken.get(m.tokenEnd + 1);
    const ofCountry = doc.tokens[m.tokenEnd]?.lower === 'of' && of?.kind === 'country' ? of : undefined;
    const owner = /^('s|’s)$/.test(doc.tokens[m.tokenStart - 1]?.text ?? '') ? mentionEndingAt(byToken, m.tokenStart - 2) : undefined;
    const ownerCountry = owner?.kind === 'country' && owner.countryForm === 'name' ? owner.country : undefined;
    people.push({
      name: { from: m.tokenStart, to: m.tokenEnd, text: m.text, start: m.start, end: m.end },
      from: m.tokenStart, to: ofCountry ? ofCountry.tokenEnd : m.tokenEnd, sentence: m.sentence, titles: [], offices: [],
      country: ofCountry?.country ?? m.country ?? ownerCountry, definite: false, plural: false, countries: [], fromLexicon: m,
    });
  }
  for (const p of findCounterparts(doc, byToken, people)) people.push(p);
  people.sort((a, b) => a.from - b.from);
  attachAppositions(doc, people);
  shareListCountry(doc, people);
  return people;
}

/** "US Secretary of State X, Homeland Security Secretary Y and Attorney General Z": the country named for the first
 * of a list of office holders holds for the others. */
function shareListCountry(doc: Doc, people: PersonMention[]): void {
  for (let n = 1; n < people.length; n++) {
    const p = people[n];
    const prev = people[n - 1];
    if (p.country || !p.offices.length || !prev.country || !prev.offices.length) continue;
    const between = doc.tokens.slice(prev.to, p.from).map((t) => t.lower);
    if (between.length === 0 || between.length > 2 || !between.every((w) => w === ',' || w === 'and')) continue;
    p.country = prev.country;
    for (const o of p.offices) o.country ??= prev.country;
  }
}

function personFromTitle(doc: Doc, title: RawMention, byToken: Map<number, RawMention>): PersonMention | null {
  const tokens = doc.tokens;
  const parts = title.titles!;
  const offices = parts.filter((p) => p.kind === 'office');
  const ranks = parts.filter((p) => p.kind === 'rank');
  const sentenceEnd = doc.sentences[title.sentence].tokenEnd;
  let from = title.tokenStart;
  let to = title.tokenEnd;
  let country: string | undefined;
  let org: RawMention | undefined;
  let postedTo: string | undefined;
  let definite = false;

  // modifiers before: "Indian", "India's", "US", "UN", "the"; past words naming the service ("Congolese government
  // spokesman", "Russian Foreign Ministry spokeswoman")
  let k = from - 1;
  while (k > 0 && SERVICE_WORDS.has(tokens[k].lower) && k > from - 4) k--;
  const possessive = k >= 0 && /^('s|’s)$/.test(tokens[k].text);
  if (possessive) k--;
  const before = k >= 0 ? mentionEndingAt(byToken, k) ?? serviceEndingIn(byToken, from) : undefined;
  // "Cairo's ambassador": a capital's office is its country's
  const capitalOf = possessive && before?.kind === 'place' ? lexicon().capitals.get(foldKey(before.text)) : undefined;
  if (before && before.sentence === title.sentence && (before.kind === 'country' || before.kind === 'organization' || capitalOf)) {
    if (capitalOf) country = capitalOf;
    else if (before.kind === 'country') country = before.country;
    else org = before;
    from = before.tokenStart;
    k = from - 1;
  }
  if (k >= 0 && /^(the|a|an|his|her|their|its)$/i.test(tokens[k].text) && tokens[k].sentence === title.sentence) {
    definite = true;
    from = k;
  }

  // a prepositional phrase after: "of India", "of the Russian Federation", "to Russia", "for Yemen"
  const pp = tokens[to];
  if (pp && /^(of|to|for)$/.test(pp.lower) && offices.length) {
    let j = to + 1;
    if (tokens[j]?.lower === 'the') j++;
    const target = byToken.get(j);
    if (target && (target.kind === 'country' || target.kind === 'organization' || target.kind === 'place')) {
      const posting = pp.lower !== 'of' && POSTING_TITLES.test(offices[offices.length - 1].canonical);
      if (pp.lower === 'of' && target.kind === 'country' && !country) country = target.country;
      else if (pp.lower === 'of' && target.kind === 'organization' && !org) org = target;
      else if (posting) postedTo = target.country ?? target.text;
      if (pp.lower === 'of' || posting) to = target.tokenEnd;
    }
  }
  const titles = titleStrings(parts, postedTo && tokens[title.tokenEnd]?.lower === 'for' ? doc.text.slice(tokens[title.tokenEnd].start, tokens[to - 1].end) : undefined);
  const plural = parts.some((p) => p.plural);

  // the name: right after the title, or after a comma and more titles ("…of Tajikistan, Colonel-General Sherali Mirzo")
  let nameFrom = to;
  let moreTitles: TitleInfo[] = [];
  const possessed = /^('s|’s)$/.test(tokens[title.tokenStart - 1]?.text ?? '');
  if (tokens[nameFrom]?.text === ',' && (definite || country || org || possessed || to > title.tokenEnd)) {
    const next = byToken.get(nameFrom + 1);
    if (next?.kind === 'title' && next.titles) {
      moreTitles = next.titles;
      nameFrom = next.tokenEnd;
    } else nameFrom++;
  }
  // "the Emir of Qatar Sheikh Tamim…": an honorific between the office and the name
  const honorific = to > title.tokenEnd ? byToken.get(nameFrom) : undefined;
  if (honorific?.kind === 'title' && honorific.titles?.every((p) => p.kind === 'honorific')) nameFrom = honorific.tokenEnd;
  const name = plural ? null : readName(doc, nameFrom, sentenceEnd, byToken);
  if (name) {
    to = name.to;
    // "King Abdullah II of Jordan", "Prince Faisal of Saudi Arabia"
    const of = byToken.get(to + 1);
    if (tokens[to]?.lower === 'of' && of?.kind === 'country' && !country) { country = of.country; to = of.tokenEnd; }
  }
  else if (moreTitles.length) nameFrom = to; // the comma led to no name: leave it
  const allTitles = [...titles, ...titleStrings(moreTitles)];
  const office = offices.length ? offices[offices.length - 1].canonical : undefined;
  const officeClaims: OfficeClaim[] = office ? [{ title: office, country, org, postedTo }] : [];
  for (const t of moreTitles) if (t.kind === 'office') officeClaims.push({ title: t.canonical, country });
  if (!name && !offices.length && !ranks.length) return null; // an honorific alone
  if (!name && !definite && !country && !org) {
    // a bare capitalised title with nothing to resolve it ("Ministers", "General") is no mention
    if (!offices.length) return null;
  }
  return {
    name: name ?? undefined, from, to, sentence: title.sentence, titles: allTitles, offices: officeClaims,
    country, definite: !name && definite, plural, countries: plural ? countriesAfter(doc, byToken, title.tokenEnd) : [],
    fromLexicon: name ? byToken.get(name.from) : undefined,
  };
}

/** The mention that ends at token k (the longest one). */
/** "Indian Army chief": an organisation whose last word is the title's first ("Army chief"), whose country the
 * office is of. */
function serviceEndingIn(byToken: Map<number, RawMention>, from: number): RawMention | undefined {
  for (let s = from - 1; s >= Math.max(0, from - 4); s--) {
    const m = byToken.get(s);
    if (m?.kind === 'organization' && m.tokenEnd === from + 1) return m;
  }
  return undefined;
}

function mentionEndingAt(byToken: Map<number, RawMention>, k: number): RawMention | undefined {
  for (let s = k; s >= Math.max(0, k - 6); s--) {
    const m = byToken.get(s);
    if (m && m.tokenEnd === k + 1) return m;
  }
  return undefined;
}

/** Titles as users read them: qualifiers joined to the office, ranks and offices apart, honorifics dropped. */
function titleStrings(parts: TitleInfo[], posting?: string): string[] {
  const out: string[] = [];
  let qualifiers: string[] = [];
  for (const p of parts) {
    if (p.kind === 'qualifier') { qualifiers.push(p.canonical); continue; }
    if (p.kind === 'honorific') { qualifiers = []; continue; }
    const q = qualifiers.filter((w) => !/^(former|then|ex|outgoing|incoming|top|senior)$/i.test(w));
    // offices as the article writes them ("External Affairs Minister"), ranks in full ("Lieutenant General")
    const title = p.kind === 'office' && p.written && !p.plural ? titleCase(p.written) : p.canonical;
    out.push([...q, title].join(' '));
    qualifiers = [];
  }
  if (posting && out.length) out[out.length - 1] += ` ${posting}`;
  return out;
}

const titleCase = (s: string): string =>
  s.replace(/\s+/g, ' ').split(' ').map((w, n) => (n > 0 && /^(of|for|the|and|to|in|on)$/i.test(w) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');

/** A person's name from token `from`: capitalised words, initials and particles, up to six tokens, stopping at
 * anything else the lexicon knows (a title, a country, an organisation) unless it is a known person's name. */
export function readName(doc: Doc, from: number, end: number, byToken: Map<number, RawMention>): PersonMention['name'] | null {
  const tokens = doc.tokens;
  const known = byToken.get(from);
  if (known?.kind === 'person') return withSuffix(doc, from, honorificContinuation(doc, known.tokenEnd, byToken) ?? known.tokenEnd, end);
  let to = from;
  while (to < end && to - from < 6) {
    const t = tokens[to];
    const m = byToken.get(to);
    // "President Volodymyr Zelenskiy": a known person's surname after a first name ends the name, taken in
    if (m && to > from && m.kind === 'person' && m.person && isNameToken(tokens[to - 1])) { to = m.tokenEnd; break; }
    // "Hassan Sheikh Mohamud": an honorific inside a name is part of it
    const continued = m && to > from ? honorificContinuation(doc, to, byToken) : undefined;
    if (continued !== undefined) { to = continued; break; }
    // "Prince Khalid bin Salman": a name after a royal style is the styled person's
    if (m && to > from && m.kind === 'person' && tokens.slice(from, to).every((t) => ROYAL_STYLES.has(t.text))) { to = m.tokenEnd; break; }
    if (m && to > from && m.kind !== 'place') break;
    if (m && to === from && (m.kind === 'title' || m.kind === 'organization' || (m.kind === 'country' && m.countryForm !== 'name'))) break;
    if (isNameToken(t) || /^\p{Lu}{2,3}$/u.test(t.text) && to === from) { to++; continue; }
    if (NAME_PARTICLES.has(t.lower) && to > from && tokens[to + 1] && isNameToken(tokens[to + 1])) { to++; continue; }
    break;
  }
  // a lone capitalised word that the lexicon reads as a country ("Jordan") is not a name here
  if (to === from || (to - from === 1 && byToken.get(from)?.kind === 'country')) return null;
  if (to - from === 1 && /^\p{Lu}{2,3}$/u.test(tokens[from].text)) return null;
  return withSuffix(doc, from, to, end);
}

/** Where a name goes on through an honorific at token k ("Hassan Sheikh Mohamud"): the end of the name after it. */
function honorificContinuation(doc: Doc, k: number, byToken: Map<number, RawMention>): number | undefined {
  const m = byToken.get(k);
  if (m?.kind !== 'title' || !m.titles?.every((p) => p.kind === 'honorific') || !doc.tokens[m.tokenEnd] || !isNameToken(doc.tokens[m.tokenEnd])) return undefined;
  const rest = byToken.get(m.tokenEnd);
  if (rest?.kind === 'person') return rest.tokenEnd;
  if (rest !== undefined) return undefined;
  let to = m.tokenEnd;
  while (to < m.tokenEnd + 3 && doc.tokens[to] && isNameToken(doc.tokens[to]) && !byToken.has(to)) to++;
  return to;
}

/** The name from..to, with a generational suffix after it ("Whipps, Jr.", "King Jr.") taken in. */
function withSuffix(doc: Doc, from: number, to: number, end: number): NonNullable<PersonMention['name']> {
  const tokens = doc.tokens;
  const start = tokens[from].start;
  const at = tokens[to]?.text === ',' ? to + 1 : to;
  if (at >= end || !NAME_SUFFIXES.has(tokens[at].text)) return { from, to, text: doc.text.slice(start, tokens[to - 1].end), start, end: tokens[to - 1].end };
  // the name is written without the comma: "Surangel Whipps Jr."
  return { from, to: at + 1, text: `${doc.text.slice(start, tokens[to - 1].end)} ${tokens[at].text}`, start, end: tokens[at].end };
}

/** Countries listed after a plural title: "the Defence Ministers of Kazakhstan and Uzbekistan". */
function countriesAfter(doc: Doc, byToken: Map<number, RawMention>, from: number): string[] {
  const out: string[] = [];
  let j = from;
  if (doc.tokens[j]?.lower !== 'of') return out;
  j++;
  while (j < doc.tokens.length && j < from + 16) {
    const m = byToken.get(j);
    if (m?.kind === 'country' && m.country) { out.push(m.country); j = m.tokenEnd; continue; }
    if (/^(and|,|the|other)$/.test(doc.tokens[j].lower)) { j++; continue; }
    break;
  }
  return out;
}

/** "his Chinese counterpart (General Wei Fenghe)", "their Kenyan counterparts", "Tajikistan's counterpart". */
function findCounterparts(doc: Doc, byToken: Map<number, RawMention>, people: PersonMention[]): PersonMention[] {
  const out: PersonMention[] = [];
  const byNameStart = new Map<number, PersonMention>();
  for (const p of people) if (p.name) byNameStart.set(p.name.from, p);
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if (!COUNTERPART_HEADS.has(t.lower)) continue;
    let j = i - 1;
    const countries: string[] = [];
    while (j >= 0 && j > i - 8) {
      const m = mentionEndingAt(byToken, j);
      if (m?.kind === 'country' && m.country) { countries.unshift(m.country); j = m.tokenStart - 1; continue; }
      if (/^(and|,)$/.test(doc.tokens[j].lower)) { j--; continue; }
      break;
    }
    const possessor = j >= 0 && POSSESSIVE_PRONOUNS.has(doc.tokens[j].lower) ? j : undefined;
    const from = possessor ?? j + 1;
    const sentenceEnd = doc.sentences[t.sentence].tokenEnd;
    // the name may follow, after a rank: "his Chinese counterpart General Wei Fenghe"
    let nameFrom = i + 1;
    if (doc.tokens[nameFrom]?.text === ',') nameFrom++;
    const rank = byToken.get(nameFrom);
    const titles: string[] = [];
    if (rank?.kind === 'title' && rank.titles) {
      titles.push(...titleStrings(rank.titles));
      nameFrom = rank.tokenEnd;
    }
    const name = t.lower.endsWith('s') ? null : readName(doc, nameFrom, sentenceEnd, byToken);
    // a person already read from the rank ("General Wei Fenghe") takes the counterpart's office instead
    const existing = name ? byNameStart.get(name.from) : undefined;
    const mention: PersonMention = {
      name: name ?? undefined, from, to: name ? name.to : i + 1, sentence: t.sentence, titles, offices: [],
      country: countries.length === 1 ? countries[0] : undefined, definite: !name, counterpartOf: possessor,
      plural: t.lower.endsWith('s') || countries.length > 1, countries,
    };
    if (existing) {
      existing.counterpartOf = possessor;
      existing.country ??= mention.country;
      existing.from = Math.min(existing.from, from);
      continue;
    }
    out.push(mention);
  }
  return out;
}

/** "Rajnath Singh, the Defence Minister of India," / "X, Tajikistan's defence minister": a title phrase set off
 * by commas right after a name belongs to that name. */
function attachAppositions(doc: Doc, people: PersonMention[]): void {
  for (let n = 1; n < people.length; n++) {
    const p = people[n];
    if (p.name || !p.offices.length || p.plural) continue;
    const prev = people[n - 1];
    if (!prev.name || prev.to !== p.from - 1 || doc.tokens[prev.to]?.text !== ',') continue;
    prev.titles.push(...p.titles.filter((t) => !prev.titles.includes(t)));
    prev.offices.push(...p.offices);
    prev.country ??= p.country;
    p.to = p.from; // consumed: an empty mention the entity stage drops
  }
}

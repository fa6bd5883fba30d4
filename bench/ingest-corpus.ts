// A generated news corpus for the ingest benchmark and the store's kill test: short reports of meetings, calls,
// agreements and accusations between officials of many countries, with varied names, places and dates. Several
// articles report the same meeting in different words, as the wires do. Each article comes with the extraction
// result a perfect reader would give, so the store can be measured (and tested) apart from the extraction core.
import type { Entity, Event, ExtractionResult, PloverType, Statement } from '../src/extract/types.js';
import type { Article } from '../src/ingest/article.js';

const COUNTRIES: readonly (readonly [string, string, string, readonly string[]])[] = [
  ['IND', 'India', 'Indian', ['New Delhi', 'Mumbai', 'Chennai']], ['USA', 'the United States', 'American', ['Washington', 'New York', 'Honolulu']],
  ['CHN', 'China', 'Chinese', ['Beijing', 'Shanghai']], ['JPN', 'Japan', 'Japanese', ['Tokyo', 'Osaka']], ['RUS', 'Russia', 'Russian', ['Moscow', 'Sochi']],
  ['FRA', 'France', 'French', ['Paris', 'Marseille']], ['DEU', 'Germany', 'German', ['Berlin', 'Munich']], ['GBR', 'Britain', 'British', ['London']],
  ['BRA', 'Brazil', 'Brazilian', ['Brasilia', 'Rio de Janeiro']], ['ZAF', 'South Africa', 'South African', ['Pretoria', 'Cape Town']],
  ['KEN', 'Kenya', 'Kenyan', ['Nairobi', 'Mombasa']], ['EGY', 'Egypt', 'Egyptian', ['Cairo']], ['TUR', 'Turkey', 'Turkish', ['Ankara', 'Istanbul']],
  ['IDN', 'Indonesia', 'Indonesian', ['Jakarta', 'Bali']], ['AUS', 'Australia', 'Australian', ['Canberra', 'Sydney']], ['VNM', 'Vietnam', 'Vietnamese', ['Hanoi']],
  ['PAK', 'Pakistan', 'Pakistani', ['Islamabad', 'Karachi']], ['SAU', 'Saudi Arabia', 'Saudi', ['Riyadh', 'Jeddah']], ['NGA', 'Nigeria', 'Nigerian', ['Abuja', 'Lagos']],
  ['MEX', 'Mexico', 'Mexican', ['Mexico City']], ['ARG', 'Argentina', 'Argentine', ['Buenos Aires']], ['KOR', 'South Korea', 'South Korean', ['Seoul', 'Busan']],
  ['UKR', 'Ukraine', 'Ukrainian', ['Kyiv', 'Odesa']], ['POL', 'Poland', 'Polish', ['Warsaw']], ['ITA', 'Italy', 'Italian', ['Rome', 'Milan']],
  ['ESP', 'Spain', 'Spanish', ['Madrid']], ['CAN', 'Canada', 'Canadian', ['Ottawa']], ['ETH', 'Ethiopia', 'Ethiopian', ['Addis Ababa']],
  ['THA', 'Thailand', 'Thai', ['Bangkok']], ['PHL', 'the Philippines', 'Philippine', ['Manila']],
];

const FIRST = ['Amit', 'Rajesh', 'Li', 'Wei', 'Hiroshi', 'Kenji', 'Sergei', 'Anna', 'Marie', 'Pierre', 'Klaus', 'Helga', 'James', 'Sarah', 'Carlos',
  'Ana', 'Thabo', 'Naledi', 'Wanjiru', 'Omar', 'Leyla', 'Budi', 'Siti', 'Liam', 'Nguyen', 'Imran', 'Faisal', 'Chidi', 'Elena', 'Diego', 'Min-jun',
  'Olena', 'Piotr', 'Giulia', 'Javier', 'Chloe', 'Abebe', 'Somchai', 'Maria', 'Ajay', 'Vinod', 'Sanjay', 'Yusuf', 'Ingrid', 'Tomasz', 'Aiko'];
const LAST = ['Kumar', 'Singh', 'Sharma', 'Wang', 'Zhang', 'Tanaka', 'Sato', 'Ivanov', 'Petrova', 'Dubois', 'Martin', 'Schmidt', 'Weber', 'Smith',
  'Johnson', 'Silva', 'Santos', 'Dlamini', 'Nkosi', 'Mwangi', 'Hassan', 'Yilmaz', 'Santoso', 'Wilson', 'Tran', 'Khan', 'Al-Saud', 'Okafor',
  'Garcia', 'Kim', 'Park', 'Shevchenko', 'Kowalski', 'Rossi', 'Lopez', 'Tremblay', 'Bekele', 'Chaiyasit', 'Reyes', 'Haddad', 'Novak', 'Costa'];
const OFFICES = ['Foreign Minister', 'Defence Minister', 'Prime Minister', 'Trade Minister', 'National Security Adviser', 'President', 'Finance Minister', 'Ambassador'];
const TOPICS = ['maritime security', 'trade', 'energy cooperation', 'climate finance', 'counter-terrorism', 'vaccine supply', 'border management', 'port access'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A small deterministic generator (mulberry32), so every run and every process builds the same corpus. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Official {
  name: string;
  country: number;
  office: string;
}

interface Meeting {
  type: PloverType;
  mode?: string;
  cameo: string;
  a: Official;
  b: Official;
  city: string;
  hostCountry: number;
  date: string;
  topic: string;
}

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** Sentences that report a meeting in different words; `{A}` and `{B}` are the officials with their titles. */
const WORDINGS: Readonly<Record<string, readonly string[]>> = {
  CONSULT: ['{A} met {B} in {CITY} on {DAY} to discuss {TOPIC}.', '{B} held talks with {A} in {CITY} on {DAY}, focusing on {TOPIC}.',
    '{A} hosted {B} in {CITY} on {DAY} for talks on {TOPIC}.'],
  AGREE: ['{A} and {B} signed an agreement on {TOPIC} in {CITY} on {DAY}.', '{B} agreed with {A} on {DAY} in {CITY} to expand {TOPIC}.'],
  ACCUSE: ['{A} accused {B} on {DAY} of blocking progress on {TOPIC}, speaking in {CITY}.', 'Speaking in {CITY} on {DAY}, {A} criticised {B} over {TOPIC}.'],
  COOPERATE: ['{A} and {B} launched a joint programme on {TOPIC} in {CITY} on {DAY}.'],
};
const TYPES: readonly [PloverType, string, string | undefined][] = [['CONSULT', '040', 'visit'], ['CONSULT', '040', 'visit'], ['CONSULT', '040', 'visit'],
  ['AGREE', '057', undefined], ['ACCUSE', '112', undefined], ['COOPERATE', '060', undefined]];

export interface GeneratedArticle {
  article: Article;
  result: ExtractionResult;
}

/**
 * `count` articles. About one article in three reports a meeting another article also reports. `realTexts`, when
 * given, are mixed in as they are (their extraction is left to the core: `result` is undefined for them).
 */
export function* generateCorpus(count: number, seed = 7, realTexts: readonly Article[] = []): Generator<{ article: Article; result?: ExtractionResult }> {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const officials: Official[] = [];
  for (let i = 0; i < 3000; i++) officials.push({ name: `${pick(FIRST)} ${pick(LAST)}`, country: Math.floor(rand() * COUNTRIES.length), office: pick(OFFICES) });
  const recent: Meeting[] = [];
  const realEvery = realTexts.length ? Math.max(2, Math.floor(count / realTexts.length)) : 0;
  let real = 0;
  for (let i = 0; i < count; i++) {
    if (realEvery && i % realEvery === realEvery - 1 && real < realTexts.length) {
      yield { article: realTexts[real++] };
      continue;
    }
    let meeting: Meeting;
    if (recent.length && rand() < 0.35) meeting = pick(recent);
    else {
      const a = pick(officials);
      let b = pick(officials);
      while (b.country === a.country) b = pick(officials);
      const [type, cameo, mode] = pick(TYPES);
      const hostCountry = rand() < 0.5 ? a.country : b.country;
      const date = addDays('2019-01-01', Math.floor(rand() * 1800));
      meeting = { type, cameo, mode, a, b, city: pick(COUNTRIES[hostCountry][3]), hostCountry, date, topic: pick(TOPICS) };
      recent.push(meeting);
      if (recent.length > 200) recent.shift();
    }
    yield buildArticle(i, meeting, pick(WORDINGS[meeting.type]), Math.floor(rand() * 3), rand() < 0.5);
  }
}

function buildArticle(i: number, m: Meeting, wording: string, delay: number, withQuote: boolean): GeneratedArticle {
  const published = addDays(m.date, delay);
  const day = WEEKDAYS[new Date(`${m.date}T00:00:00Z`).getUTCDay()];
  const [ca, cb] = [COUNTRIES[m.a.country], COUNTRIES[m.b.country]];
  const titled = (o: Official, c: typeof ca) => `${c[2]} ${o.office} ${o.name}`;
  const header = `date ${published}\n`;
  let text = header;
  const spans: Record<string, [number, number][]> = { a: [], b: [], ca: [], cb: [], city: [] };
  const sentenceStart = text.length;
  const parts = wording.split(/(\{[A-Z]+\})/);
  for (const part of parts) {
    const at = text.length;
    switch (part) {
      case '{A}': text += titled(m.a, ca); spans.a.push([at + ca[2].length + m.a.office.length + 2, text.length]); break;
      case '{B}': text += titled(m.b, cb); spans.b.push([at + cb[2].length + m.b.office.length + 2, text.length]); break;
      case '{CITY}': text += m.city; spans.city.push([at, text.length]); break;
      case '{DAY}': text += day; break;
      case '{TOPIC}': text += m.topic; break;
      default: text += part;
    }
  }
  const eventSentence: [number, number] = [sentenceStart, text.length];
  text += ` Officials from ${ca[1]} and ${cb[1]} described the talks as constructive.`;
  const quoteStart = text.length;
  if (withQuote) text += ` "We have made real progress on ${m.topic}," ${m.a.name.split(' ')[1]} told reporters.`;
  text += ` Article ${i}.\n`;

  const person = (id: string, o: Official, c: typeof ca, at: [number, number][]): Entity => ({
    id, kind: 'person', name: o.name, aliases: [o.name.split(' ')[1]], country: c[0], titles: [o.office], origin: 'rule',
    offices: [{ title: o.office, country: c[0], evidence: { start: at[0][0] - o.office.length - 1, end: at[0][1] } }],
    mentions: at.map(([start, end]) => ({ start, end, text: text.slice(start, end) })),
  });
  const place: Entity = { id: 'pl', kind: 'place', name: m.city, aliases: [], country: COUNTRIES[m.hostCountry][0], titles: [], offices: [], origin: 'gazetteer',
    mentions: spans.city.map(([start, end]) => ({ start, end, text: m.city })) };
  const countries: Entity[] = [ca, cb].map((c, k) => ({ id: `c${k}`, kind: 'country', name: c[1].replace(/^the /, ''), aliases: [], country: c[0], titles: [], offices: [],
    origin: 'gazetteer', mentions: [] }));
  const event: Event = {
    id: 'e1', type: m.type, mode: m.mode, cameo: m.cameo,
    actors: [{ entity: 'p1', role: 'source' }, { entity: 'p2', role: m.type === 'AGREE' || m.type === 'COOPERATE' ? 'participant' : 'target' }],
    date: { start: m.date, end: m.date, text: `on ${day}`, basis: 'text' }, location: 'pl', topics: [m.topic], accompanying: [],
    evidence: [{ start: eventSentence[0], end: eventSentence[1] }], confidence: 0.7,
    why: { trigger: { start: eventSentence[0], end: eventSentence[0] + 3, text: text.slice(eventSentence[0], eventSentence[0] + 3) }, rule: 'generated' },
  };
  const statements: Statement[] = withQuote ? [{ id: 's1', speaker: 'p1', text: `We have made real progress on ${m.topic},`, start: quoteStart + 2, end: quoteStart + 33 + m.topic.length, channel: 'quote' }] : [];
  const entities = [person('p1', m.a, ca, spans.a), person('p2', m.b, cb, spans.b), place, ...countries];
  return {
    article: { file: `generated/${i}.txt`, text, bodyStart: header.length, published, url: `https://generated.example/${i}`, source: 'Generated Wire' },
    result: { published, entities, events: [event], statements, warnings: [] },
  };
}

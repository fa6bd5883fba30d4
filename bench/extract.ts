// Whole extraction (tokens, names, entities, dates, events, statements) on one core, beside compromise's
// people/places/organizations over the same articles in the same run. Articles: generated reports, plus the
// development articles and Wikinews stories of ../shared when it is there.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { parse } from 'csv-parse/sync';
import { extract } from '../src/index.js';
import { readPlainText } from '../src/ingest/read-text.js';
import { defaultNerModelLoadMs } from '../src/nlp/ner/index.js';
import { tokenize } from '../src/nlp/tokenize.js';
import { bestOf, megabytes, perSecond } from './measure.js';
import type { BenchSection } from './sections.js';

interface Article {
  text: string;
  bodyStart: number;
  published: string | null;
}

const OFFICIALS = [
  ['Defence Minister', 'Amina Diallo', 'Senegalese'], ['Foreign Minister', 'Tomás Ibarra', 'Chilean'],
  ['Prime Minister', 'Kenji Arakawa', 'Japanese'], ['President', 'Halima Osei', 'Ghanaian'],
  ['Army Chief General', 'Rustam Nazarov', 'Uzbek'], ['Ambassador', 'Elena Petrova', 'Bulgarian'],
];
const CITIES = ['Nairobi', 'Lima', 'Hanoi', 'Ankara', 'Oslo', 'Dakar', 'Manila', 'Tbilisi'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** Reports from templates with varied people, offices, places and days. */
function generated(count: number): Article[] {
  const out: Article[] = [];
  for (let n = 0; n < count; n++) {
    const [t1, p1, d1] = OFFICIALS[n % OFFICIALS.length];
    const [t2, p2, d2] = OFFICIALS[(n + 2) % OFFICIALS.length];
    const city = CITIES[(n * 3) % CITIES.length];
    const day = DAYS[n % DAYS.length];
    const body = [
      `${d1} ${t1} ${p1} met his ${d2} counterpart ${p2} in ${city} on ${day} to discuss border security and trade.`,
      `The two officials agreed to stage a joint exercise next year, and ${p1.split(' ')[1]} called for an end to the blockade.`,
      `"We have built trust over many years," ${p2} told reporters after the talks.`,
      `${p1.split(' ')[1]} later visited a naval base and praised the troops for their work.`,
    ].join(' ');
    const text = `date 2024-0${1 + (n % 9)}-1${n % 10}\n${body}\n`;
    const article = readPlainText(`generated-${n}`, text);
    out.push({ text, bodyStart: article.bodyStart, published: article.published ?? null });
  }
  return out;
}

function sharedArticles(): { name: string; articles: Article[] } {
  const dev = join('..', 'shared', 'eval', 'dev');
  const out: Article[] = [];
  if (existsSync(dev)) {
    for (const f of readdirSync(dev).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(join(dev, f), 'utf8');
      const a = readPlainText(f, text);
      out.push({ text, bodyStart: a.bodyStart, published: a.published ?? null });
    }
  }
  const wikinews = join('..', 'shared', 'data', 'corpora', 'wikinews', 'wikinews_2019.csv');
  if (existsSync(wikinews)) {
    const records = parse(readFileSync(wikinews, 'utf8'), { columns: true }) as { date: string; text: string }[];
    for (const r of records.slice(0, 150)) out.push({ text: r.text, bodyStart: 0, published: r.date?.slice(0, 10) || null });
  }
  return { name: out.length ? 'eval/dev + Wikinews 2019' : '', articles: out };
}

export const extraction: BenchSection = {
  name: 'extract',
  title: 'whole extraction vs compromise people/places/organizations, one core',
  async run() {
    const shared = sharedArticles();
    const articles = [...generated(300), ...shared.articles];
    const tokens = articles.reduce((n, a) => n + tokenize(a.text, { from: a.bodyStart }).tokens.length, 0);
    const chars = articles.reduce((n, a) => n + a.text.length, 0);
    console.log(`corpus: ${articles.length} articles (300 generated${shared.name ? ` + ${shared.articles.length} from ${shared.name}` : ''}), ${tokens.toLocaleString('en-US')} tokens, ${megabytes(chars * 2)} of text`);
    const t0 = performance.now();
    extract(articles[0].text, { published: articles[0].published, bodyStart: articles[0].bodyStart });
    console.log(`first call (lexicon and model loading): ${(performance.now() - t0).toFixed(0)} ms; model load ${defaultNerModelLoadMs()?.toFixed(0) ?? '?'} ms`);
    let events = 0;
    const ours = bestOf(3, () => {
      events = 0;
      for (const a of articles) events += extract(a.text, { published: a.published, bodyStart: a.bodyStart }).events.length;
    });
    const rules = bestOf(3, () => {
      for (const a of articles) extract(a.text, { published: a.published, bodyStart: a.bodyStart, ner: null });
    });
    let found = 0;
    const theirs = bestOf(3, () => {
      found = 0;
      for (const a of articles) {
        const doc = nlp(a.text.slice(a.bodyStart));
        found += doc.people().length + doc.places().length + doc.organizations().length;
      }
    });
    console.log(`sidelines extract:           ${perSecond(tokens, ours)} tokens/s, ${perSecond(articles.length, ours)} articles/s (${events} events)`);
    console.log(`sidelines extract, no model: ${perSecond(tokens, rules)} tokens/s, ${perSecond(articles.length, rules)} articles/s`);
    console.log(`compromise (names only):     ${perSecond(tokens, theirs)} tokens/s, ${perSecond(articles.length, theirs)} articles/s (${found} names)`);
    console.log(`ratio sidelines / compromise: ${(theirs / ours).toFixed(2)}x`);
    console.log(`peak memory (max RSS): ${megabytes(process.resourceUsage().maxRSS * 1024)}`);
  },
};

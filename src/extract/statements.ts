// Statements: direct quotes with their speaker, and embedded social posts ("… pic.twitter.com/x — Name (@handle)
// Month D, YYYY") with handle, date and link. A quote may run over several sentences; its speaker is read from the
// saying verb beside it ("…," said X / X said: "…" / "…" X told reporters), else from its sentence's subject.
import type { Token } from '../nlp/doc.js';
import { SAY_VERBS } from '../data/event-patterns.js';
import type { ResolvedMention } from './entities.js';
import type { Analysis } from './pipeline.js';
import type { Statement } from './types.js';

const OPENING = new Set(['“', '‘', '«', '„']);
const CLOSING = new Set(['”', '’', '»']);
const SPEAKER_KINDS = new Set(['person', 'organization', 'country']);
const MONTH_DATE = /^(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),\s+(\d{4})/;

export function findStatements(a: Analysis): Statement[] {
  const out: Statement[] = [];
  const posts = findPosts(a);
  out.push(...posts.statements);
  let previous: { quote: Quote; speaker: string } | undefined;
  for (const q of findQuotes(a.doc.tokens)) {
    if (posts.covered.some((c) => q.start >= c.start && q.end <= c.end)) continue;
    let speaker = quoteSpeaker(a, q);
    // a quote that follows another in the same paragraph, with no speaker of its own, goes on the first one
    if (!speaker.entity && previous && continues(a, previous.quote, q)) speaker = { entity: previous.speaker, attributed: true };
    const words = a.doc.text.slice(q.start, q.end).split(/\s+/).length;
    if (!speaker.entity || (!speaker.attributed && words < 3)) continue;
    out.push({ id: '', speaker: speaker.entity, text: a.doc.text.slice(q.start, q.end), start: q.start, end: q.end, channel: 'quote' });
    previous = { quote: q, speaker: speaker.entity };
  }
  return out.sort((x, y) => x.start - y.start).map((s, n) => ({ ...s, id: `s${n + 1}` }));
}

interface Quote {
  /** Tokens of the opening and closing marks. */
  open: number;
  close: number;
  /** Characters inside the marks. */
  start: number;
  end: number;
}

/** Pairs quotation marks: curly ones by their shape, straight ones by the space around them. */
function findQuotes(tokens: Token[]): Quote[] {
  const quotes: Quote[] = [];
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'quote') continue;
    const straightDouble = t.text === '"';
    const single = t.text === "'" || t.text === '‘' || t.text === '’';
    const next = tokens[i + 1];
    const opens = OPENING.has(t.text) && t.text !== '‘' ? true : straightDouble ? open < 0 : single ? open < 0 && (t.spaceBefore || i === 0) && next !== undefined && !next.spaceBefore : false;
    const closes = CLOSING.has(t.text) || straightDouble || (single && open >= 0);
    if (open >= 0 && closes && !(t.text === '’' && tokens[open].text === '“')) {
      if (i > open + 1) quotes.push({ open, close: i, start: tokens[open + 1].start, end: tokens[i - 1].end });
      open = -1;
    } else if (opens && (t.text !== '’' && t.text !== "'" || single)) {
      open = i;
    }
    // a quote never spans a paragraph break without reopening
    if (open >= 0 && i - open > 400) open = -1;
  }
  return quotes;
}

function quoteSpeaker(a: Analysis, q: Quote): { entity?: string; attributed: boolean } {
  const tokens = a.doc.tokens;
  const { startingAt, endingAt, bySentence } = speakerIndex(a);
  // after: “…,” said X / “…” X said / “…” tweeted X
  // (not across a full stop: "X said" in the next sentence introduces the next quote)
  let k = q.close + 1;
  while (tokens[k] && tokens[k].text === ',') k++;
  if (tokens[k] && SAY_VERBS.has(tokens[k].lower)) {
    let j = k + 1;
    while (tokens[j] && /^(the|a|an)$/.test(tokens[j].lower)) j++;
    const m = startingAt(j);
    if (m) return { entity: m.entity, attributed: true };
  }
  // "…," according to a post on Friday by X
  if (tokens[k]?.lower === 'according') {
    for (let j = k + 2; j < k + 10 && tokens[j]; j++) {
      if (tokens[j].lower !== 'by') continue;
      let n = j + 1;
      while (tokens[n] && /^(the|a|an)$/.test(tokens[n].lower)) n++;
      const m = startingAt(n);
      if (m) return { entity: m.entity, attributed: true };
    }
  }
  const after = startingAt(k);
  if (after) {
    let j = after.to;
    while (tokens[j] && /^(also|later|then|has|had|have)$/.test(tokens[j].lower)) j++;
    if (tokens[j] && SAY_VERBS.has(tokens[j].lower)) return { entity: after.entity, attributed: true };
  }
  // before: X said: “…” / X said, “…” / said X: “…” / according to X, “…”
  let b = q.open - 1;
  while (b >= 0 && /^[,:]$/.test(tokens[b].text)) b--;
  if (b >= 0 && SAY_VERBS.has(tokens[b].lower)) {
    const m = endingAt(b - 1) ?? endingAt(b - 2) ?? speakerBefore(tokens, bySentence.get(tokens[b].sentence) ?? [], b);
    if (m) return { entity: m.entity, attributed: true };
  }
  if (b >= 0) {
    const m = endingAt(b);
    if (m && m.via !== 'pronoun' && SAY_VERBS.has(tokens[m.from - 1]?.lower ?? '')) return { entity: m.entity, attributed: true };
  }
  // the subject of the saying verb before the quote in its sentence ("X, Y's spokesman, said it is possible "…""),
  // else the sentence's first person when a colon or a saying verb after the quote marks it as speech
  const sentence = a.doc.sentences[tokens[q.open].sentence];
  const mentions = bySentence.get(tokens[q.open].sentence) ?? [];
  for (let k2 = q.open - 1; k2 >= sentence.tokenStart; k2--) {
    if (!SAY_VERBS.has(tokens[k2].lower)) continue;
    const m = speakerBefore(tokens, mentions, k2);
    if (m) return { entity: m.entity, attributed: true };
  }
  const lead = tokens.slice(sentence.tokenStart, q.open);
  if (lead.some((t) => t.text === ':') || tokens.slice(q.close, sentence.tokenEnd).some((t) => SAY_VERBS.has(t.lower))) {
    const m = mentions.find((x) => x.to <= q.open && x.kind === 'person');
    if (m) return { entity: m.entity, attributed: false };
  }
  return { attributed: false };
}

/** Whether quote `q` continues quote `p`: same paragraph, at most two sentences later, nobody else named between. */
function continues(a: Analysis, p: Quote, q: Quote): boolean {
  const tokens = a.doc.tokens;
  const ps = a.doc.sentences[tokens[p.close].sentence];
  const qs = a.doc.sentences[tokens[q.open].sentence];
  if (ps.paragraph !== qs.paragraph || tokens[q.open].sentence - tokens[p.close].sentence > 2) return false;
  const between = (speakerIndex(a).bySentence.get(tokens[q.open].sentence) ?? []).filter((m) => m.from > p.close && m.to <= q.open && m.kind === 'person');
  return between.length === 0;
}

/** The nearest person before a saying verb in its sentence ("Erdoğan cited Article 5 … and said"); past a relative
 * clause between commas, the one it describes ("Zelensky, who met Scholz and Macron on Friday, said"). */
function speakerBefore(tokens: readonly Token[], sentenceMentions: ResolvedMention[], sayAt: number): ResolvedMention | undefined {
  if (tokens[sayAt - 1]?.text === ',') {
    for (let k = sayAt - 2; k > 0 && k > sayAt - 40; k--) {
      if (tokens[k].text !== ',' || !/^(who|whose|which)$/.test(tokens[k + 1]?.lower ?? '')) continue;
      const described = sentenceMentions.filter((m) => m.to === k).pop();
      if (described) return described;
      break;
    }
  }
  const before = sentenceMentions.filter((m) => m.to <= sayAt);
  return before.filter((m) => m.kind === 'person').pop() ?? before.pop();
}

interface SpeakerIndex {
  /** The longest speaker mention starting at a token, the earliest-starting one ending at a token. */
  startingAt(k: number): ResolvedMention | undefined;
  endingAt(k: number): ResolvedMention | undefined;
  bySentence: Map<number, ResolvedMention[]>;
}

const speakerIndexes = new WeakMap<Analysis, SpeakerIndex>();

/** Mentions that can speak (people, organisations, countries), indexed once per analysis. */
function speakerIndex(a: Analysis): SpeakerIndex {
  const cached = speakerIndexes.get(a);
  if (cached) return cached;
  const starts = new Map<number, ResolvedMention>();
  const ends = new Map<number, ResolvedMention>();
  const bySentence = new Map<number, ResolvedMention[]>();
  for (const m of a.stage!.mentions) {
    if (!SPEAKER_KINDS.has(m.kind)) continue;
    const s = starts.get(m.from);
    if (!s || m.to > s.to) starts.set(m.from, m);
    const e = ends.get(m.to - 1);
    if (!e || m.from < e.from) ends.set(m.to - 1, m);
    (bySentence.get(m.sentence) ?? bySentence.set(m.sentence, []).get(m.sentence)!).push(m);
  }
  const index: SpeakerIndex = { startingAt: (k) => starts.get(k), endingAt: (k) => ends.get(k), bySentence };
  speakerIndexes.set(a, index);
  return index;
}

/** Embedded posts: "— Name (@handle) Month D, YYYY" after the post's text. One statement per sentence of the post. */
function findPosts(a: Analysis): { statements: Statement[]; covered: { start: number; end: number }[] } {
  const { doc } = a;
  const tokens = doc.tokens;
  const statements: Statement[] = [];
  const covered: { start: number; end: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'dash') continue;
    let j = i + 1;
    while (j < tokens.length && j < i + 8 && tokens[j].text !== '(') j++;
    const handle = tokens[j + 1];
    if (tokens[j]?.text !== '(' || handle?.kind !== 'handle' || tokens[j + 2]?.text !== ')') continue;
    const nameStart = tokens[i + 1].start;
    const speaker = speakerIndex(a).startingAt(i + 1)?.entity;
    const dateMatch = MONTH_DATE.exec(doc.text.slice(tokens[j + 2].end).trimStart());
    const date = dateMatch ? `${dateMatch[3]}-${String(MONTHS.indexOf(dateMatch[1]) + 1).padStart(2, '0')}-${dateMatch[2].padStart(2, '0')}` : undefined;
    // the post's text: back to the start of its paragraph, before any link
    const paragraph = doc.sentences[tokens[i].sentence].paragraph;
    let first = i;
    while (first > 0 && doc.sentences[tokens[first - 1].sentence].paragraph === paragraph && !covered.some((c) => c.end > tokens[first - 1].start)) first--;
    let last = i - 1;
    const links = [];
    while (last >= first && tokens[last].kind === 'url') links.unshift(tokens[last--].text);
    if (last < first) continue;
    covered.push({ start: tokens[first].start, end: tokens[j + 2].end });
    const url = links.find((l) => l.includes('twitter.com') || l.startsWith('http'));
    for (const s of doc.sentences) {
      if (s.tokenEnd <= first || s.tokenStart > last) continue;
      const from = Math.max(s.tokenStart, first);
      const to = Math.min(s.tokenEnd - 1, last);
      if (to < from) continue;
      const start = tokens[from].start;
      const end = tokens[to].end;
      const st: Statement = { id: '', text: doc.text.slice(start, end), start, end, channel: 'twitter', handle: handle.text.slice(1) };
      if (speaker) st.speaker = speaker;
      if (date) st.date = date;
      if (url) st.url = url.startsWith('http') ? url : `https://${url}`;
      statements.push(st);
    }
  }
  return { statements, covered };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// Date expressions and the calendar dates they stand for, resolved against the publication date. chrono-node
// finds and reads the expressions; what it leaves to us is the direction: news writes "on Friday" for the past
// Friday when it reports, and for the coming one when it announces ("will meet on Friday"), so every relative
// date carries both readings and the event stage picks by the verb's tense. Week, month and year expressions
// ("last week", "earlier this month", "in 2018") and day ranges ("3-5 September") chrono reads as single days or
// not at all; those patterns are read here.
import * as chrono from 'chrono-node';
import type { Doc, Span } from './doc.js';

export interface DateRange {
  start: string;
  end: string;
}

export interface DateMention extends Span {
  text: string;
  sentence: number;
  /** The reading for a past event and for a future one; equal for absolute dates. Null when the expression is
   * relative and the article has no publication date. */
  past: DateRange | null;
  future: DateRange | null;
  /** Whether the expression depends on the publication date. */
  relative: boolean;
}

const DAY = 86_400_000;
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);
const parseIso = (s: string): number => Date.parse(`${s}T00:00:00Z`);
const utc = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d);
const range = (a: number, b: number = a): DateRange => ({ start: iso(a), end: iso(b) });
const lastDayOf = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const monthNumber = (s: string): number => MONTHS.findIndex((m) => m.startsWith(s.toLowerCase().slice(0, 3))) + 1;

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const DAYNUM = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+(\\d{4}))?';
/** Patterns chrono does not read as we need; each returns the range for a reference date (or null without one). */
const OWN_PATTERNS: readonly { re: RegExp; read(m: RegExpExecArray, ref: number | null, tense: 'past' | 'future'): DateRange | null; relative: boolean }[] = [
  {
    // "3-5 September", "between 3 and 5 September", "from 3 to 5 September 2020"
    re: new RegExp(`\\b(?:between\\s+|from\\s+)?${DAYNUM}\\s*(?:-|–|to|and|until)\\s*${DAYNUM}(?:\\s+of)?\\s+${MONTH}${YEAR}`, 'gi'),
    read: (m, ref, tense) => dayRange(+m[1], +m[2], monthNumber(m[3]), m[4] ? +m[4] : null, ref, tense),
    relative: true,
  },
  {
    // "September 3-5", "September 3 to 5, 2020"
    re: new RegExp(`\\b${MONTH}\\s+${DAYNUM}\\s*(?:-|–|to|and|until)\\s*${DAYNUM}\\b${YEAR}`, 'gi'),
    read: (m, ref, tense) => dayRange(+m[2], +m[3], monthNumber(m[1]), m[4] ? +m[4] : null, ref, tense),
    relative: true,
  },
  {
    re: /\b(last|this|next|past|previous|coming|earlier this|later this)\s+(week|month|year)\b/gi,
    read: (m, ref) => (ref === null ? null : periodRange(m[1].toLowerCase(), m[2].toLowerCase(), ref)),
    relative: true,
  },
  {
    // "in 2018", "since 2015", "in the 1990s" stay years; "in early 2020" too
    re: /\b(in|since|during|by|from|of|until|before|after)\s+(?:early\s+|late\s+|mid-?)?(\d{4})(s)?\b(?!\s*(?:-|–)\d)/gi,
    read: (m, ref) => {
      const y = +m[2];
      if (y < 1900 || y > 2100) return null;
      if (m[3]) return range(utc(y, 1, 1), utc(y + 9, 12, 31));
      if (m[1].toLowerCase() === 'since' && ref !== null) return range(utc(y, 1, 1), ref);
      return range(utc(y, 1, 1), utc(y, 12, 31));
    },
    relative: false,
  },
];

function dayRange(d1: number, d2: number, month: number, year: number | null, ref: number | null, tense: 'past' | 'future'): DateRange | null {
  if (!month || d1 < 1 || d2 > 31 || d2 < d1) return null;
  const y = year ?? (ref === null ? null : yearFor(month, d1, ref, tense));
  if (y === null) return null;
  return range(utc(y, month, d1), utc(y, month, Math.min(d2, lastDayOf(y, month))));
}

/** The year a day-and-month without a year most likely falls in, seen from `ref`. */
function yearFor(month: number, day: number, ref: number, tense: 'past' | 'future'): number {
  const y = new Date(ref).getUTCFullYear();
  const same = utc(y, month, day);
  if (tense === 'past') return same <= ref + DAY ? y : y - 1;
  return same >= ref - DAY ? y : y + 1;
}

function periodRange(which: string, unit: string, ref: number): DateRange {
  const d = new Date(ref);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0
  const monday = ref - weekday * DAY;
  const shift = which === 'last' || which === 'past' || which === 'previous' ? -1 : which === 'next' || which === 'coming' ? 1 : 0;
  if (unit === 'week') {
    const start = monday + shift * 7 * DAY;
    return which === 'earlier this' || (shift === 0 && which === 'this') ? range(monday, ref) : range(start, start + 6 * DAY);
  }
  if (unit === 'month') {
    if (which === 'earlier this') return range(utc(y, m, 1), ref);
    if (which === 'later this') return range(ref, utc(y, m, lastDayOf(y, m)));
    const first = new Date(Date.UTC(y, m - 1 + shift, 1));
    const fy = first.getUTCFullYear();
    const fm = first.getUTCMonth() + 1;
    return range(utc(fy, fm, 1), utc(fy, fm, lastDayOf(fy, fm)));
  }
  if (which === 'earlier this') return range(utc(y, 1, 1), ref);
  if (which === 'later this') return range(ref, utc(y, 12, 31));
  return range(utc(y + shift, 1, 1), utc(y + shift, 12, 31));
}

/** Words that anchor a date expression for chrono: month and weekday names (capitalised), ordinals, numeric dates
 * and relative days ("last week", "in 2018" and day ranges are read by the patterns above). */
const DATE_WORD = /^(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2}(st|nd|rd|th)|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|ago|weekend)$/;

/** Stretches of a sentence around date-like words (six tokens either side), merged where they overlap. */
function dateWindows(doc: Doc, from: number, to: number): Span[] {
  const windows: Span[] = [];
  for (let i = from; i < to; i++) {
    if (!DATE_WORD.test(doc.tokens[i].text)) continue;
    const a = Math.max(from, i - 6);
    const b = Math.min(to - 1, i + 6);
    const last = windows[windows.length - 1];
    const start = doc.tokens[a].start;
    if (last && start <= last.end) last.end = doc.tokens[b].end;
    else windows.push({ start, end: doc.tokens[b].end });
  }
  return windows;
}

/** Finds and resolves the date expressions of every sentence. */
export function findDates(doc: Doc, published: string | null): DateMention[] {
  const ref = published ? parseIso(published) : null;
  const out: DateMention[] = [];
  // chrono needs a reference; without a publication date its relative readings are discarded below
  const chronoRef = { instant: new Date((ref ?? Date.UTC(2000, 0, 1)) + 12 * 3600_000), timezone: 0 };
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    if (!/\d|day|week|month|year|night|morning|evening|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i.test(text)) continue;
    const taken: Span[] = [];
    for (const p of OWN_PATTERNS) {
      p.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = p.re.exec(text)) !== null) {
        const past = p.read(m, ref, 'past');
        const future = p.read(m, ref, 'future');
        if (!past && ref !== null) continue;
        const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
        if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
        taken.push(span);
        out.push({ ...span, text: m[0], sentence: doc.tokens[s.tokenStart].sentence, past, future, relative: p.relative });
      }
    }
    // chrono runs many parsers over all it is given: give it only the few words around each date-like word
    for (const w of dateWindows(doc, s.tokenStart, s.tokenEnd)) {
      const windowText = doc.text.slice(w.start, w.end);
      for (const r of chrono.en.casual.parse(windowText, chronoRef)) {
        const span = { start: w.start + r.index, end: w.start + r.index + r.text.length };
        if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
        const read = readChrono(r, ref);
        if (!read) continue;
        taken.push(span);
        out.push({ ...span, text: r.text, sentence: doc.tokens[s.tokenStart].sentence, ...read });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A span of time rather than a point in it: "for three hours", "within two days", "over 48 hours". */
const DURATION = /^(for|within|over|during)\s+(a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+(minutes?|hours?|days?|weeks?|months?|years?)$/i;

function readChrono(r: chrono.ParsedResult, ref: number | null): Pick<DateMention, 'past' | 'future' | 'relative'> | null {
  const c = r.start;
  const certain = (k: chrono.Component): boolean => c.isCertain(k);
  const hasDate = certain('day') || certain('weekday') || certain('month') || certain('year');
  const relativeWord = /\b(today|yesterday|tomorrow|tonight|last night|this morning|this afternoon|this evening|ago|earlier|later)\b/i.test(r.text);
  if (!hasDate && !relativeWord) return null; // a bare time ("3:00 p.m.")
  if (DURATION.test(r.text)) return null; // "met for three hours": how long, not when
  if (/^\d{1,2}$/.test(r.text.trim())) return null;
  const endOf = (p: chrono.ParsedComponents | null | undefined): number | null => (p ? Date.UTC(p.get('year')!, p.get('month')! - 1, p.get('day')!) : null);
  // fully written dates ("September 5, 2020") stand as they are
  if (certain('year') && certain('month') && certain('day') && !relativeWord) {
    const a = endOf(c)!;
    const b = endOf(r.end) ?? a;
    return { past: range(a, b), future: range(a, b), relative: false };
  }
  if (certain('year') && certain('month') && !certain('day') && !relativeWord) {
    const y = c.get('year')!;
    const m = c.get('month')!;
    const rg = range(utc(y, m, 1), utc(y, m, lastDayOf(y, m)));
    return { past: rg, future: rg, relative: false };
  }
  if (ref === null) return { past: null, future: null, relative: true };
  if (relativeWord) {
    // chrono reads these against the reference correctly ("yesterday", "two days ago")
    const a = endOf(c)!;
    return { past: range(a, endOf(r.end) ?? a), future: range(a, endOf(r.end) ?? a), relative: true };
  }
  if (certain('weekday') && !certain('day')) {
    const want = c.get('weekday')!;
    const have = new Date(ref).getUTCDay();
    const back = (have - want + 7) % 7;
    // the day itself in both readings: news written on a Sunday names that day "Sunday" (AP style), not "today"
    const ahead = (want - have + 7) % 7;
    return { past: range(ref - back * DAY), future: range(ref + ahead * DAY), relative: true };
  }
  if (certain('month') && certain('day')) {
    const m = c.get('month')!;
    const d = c.get('day')!;
    const withEnd = (y: number): DateRange => {
      const a = utc(y, m, d);
      const e = r.end && r.end.isCertain('day') ? utc(r.end.isCertain('year') ? r.end.get('year')! : y, r.end.get('month')!, r.end.get('day')!) : a;
      return range(a, Math.max(a, e));
    };
    return { past: withEnd(yearFor(m, d, ref, 'past')), future: withEnd(yearFor(m, d, ref, 'future')), relative: true };
  }
  if (certain('month')) {
    const m = c.get('month')!;
    const monthRange = (y: number): DateRange => range(utc(y, m, 1), utc(y, m, lastDayOf(y, m)));
    return { past: monthRange(yearFor(m, 1, ref, 'past')), future: monthRange(yearFor(m, lastDayOf(2001, m), ref, 'future')), relative: true };
  }
  if (certain('year')) {
    const y = c.get('year')!;
    const rg = range(utc(y, 1, 1), utc(y, 12, 31));
    return { past: rg, future: rg, relative: false };
  }
  return null;
}

/** The day before an ISO date. */
export const dayBefore = (date: string): string => iso(parseIso(date) - DAY);

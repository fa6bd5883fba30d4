// Readers for the formats the extraction core takes directly: plain text with an optional dateline, Markdown
// (optionally with YAML-style front matter), JSON {title?, text, published?, url?, source?} and JSON Lines.
import { z } from 'zod';
import { badInput, type SidelinesError } from '../errors.js';
import type { Article } from './article.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `s` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** A dateline: the word "date" opening the text, then the publication date ("date 2020-09-06"). */
const DATELINE = /^\s*date[ \t]*:?[ \t]+(\S+)(?:[ \t]*\r?\n|[ \t]+|$)/;

/** Splits off a dateline; throws when one is present but its date is not a real YYYY-MM-DD date. */
export function readDateline(file: string, text: string): { published?: string; bodyStart: number } {
  const m = DATELINE.exec(text);
  if (!m || !/^\d/.test(m[1])) return { bodyStart: 0 };
  if (!isIsoDate(m[1])) throw badInput(file, `malformed dateline "${m[0].trim()}": expected "date YYYY-MM-DD"`);
  return { published: m[1], bodyStart: m[0].length };
}

export function readPlainText(file: string, text: string): Article {
  const { published, bodyStart } = readDateline(file, text);
  return { file, text, bodyStart, published };
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Markdown: the text keeps its offsets; markup characters are blanked in `scanText` so they never become tokens. */
export function readMarkdown(file: string, text: string): Article {
  let bodyStart = 0;
  let published: string | undefined;
  let title: string | undefined;
  const front = FRONT_MATTER.exec(text);
  if (front) {
    bodyStart = front[0].length;
    for (const line of front[1].split(/\r?\n/)) {
      const kv = /^(\w+)\s*:\s*["']?(.*?)["']?\s*$/.exec(line);
      if (!kv) continue;
      const key = kv[1].toLowerCase();
      if (key === 'title') title = kv[2];
      if (key === 'date' || key === 'published') {
        const date = kv[2].slice(0, 10);
        if (!isIsoDate(date)) throw badInput(file, `malformed date "${kv[2]}" in front matter: expected YYYY-MM-DD`);
        published = date;
      }
    }
  } else {
    const dateline = readDateline(file, text);
    bodyStart = dateline.bodyStart;
    published = dateline.published;
  }
  const scanText = blankMarkdown(text);
  title ??= /^#{1,6}[ \t]+(.+)$/m.exec(text.slice(bodyStart))?.[1].trim();
  return { file, text, bodyStart, scanText, title, published };
}

/** Replaces Markdown markup with spaces of the same length: headings' #, emphasis, list bullets, block quotes,
 * link targets ([text](url) keeps "text"), images, inline code ticks and HTML tags. */
export function blankMarkdown(text: string): string {
  const blank = (s: string): string => s.replace(/[^\n]/g, ' ');
  return text
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, blank)
    .replace(/\[([^\]\n]*)\]\(([^)\n]*)\)/g, (_, label: string, url: string) => ` ${label} ${blank(url)} `)
    .replace(/^[ \t]{0,3}(#{1,6}|>+|[-*+]|\d+\.)(?=[ \t])/gm, blank)
    .replace(/^[ \t]*([-*_][ \t]*){3,}$/gm, blank)
    .replace(/(\*\*|__|\*|`+|~~)(?=\S)|(?<=\S)(\*\*|__|\*|`+|~~)/g, blank)
    .replace(/<\/?[a-zA-Z][^>\n]*>/g, blank);
}

const JsonArticle = z.object({
  title: z.string().optional(),
  text: z.string().refine((s) => s.trim() !== '', 'is empty'),
  published: z
    .string()
    .transform((s) => s.slice(0, 10))
    .refine(isIsoDate, 'must be a date YYYY-MM-DD or an ISO 8601 date-time')
    .optional(),
  url: z.string().optional(),
  source: z.string().optional(),
});

/** Other names feeds and scrapers use for the fields: body or content for text, date for published. */
function withFieldAliases(item: unknown): unknown {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return item;
  const o = item as Record<string, unknown>;
  return { ...o, text: o.text ?? o.body ?? o.content, published: o.published ?? o.date };
}

/** One article object (fields text|body|content, title, published|date, url, source) as an Article. */
export function parseJsonArticle(where: string, item: unknown): Article {
  const parsed = JsonArticle.safeParse(withFieldAliases(item));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.join('.') || 'document';
    throw badInput(where, `invalid article JSON: field "${field}" ${issue.message.replace(/^Invalid input: /, '')}`);
  }
  const { text: body, ...meta } = parsed.data;
  return { file: where, text: body, bodyStart: 0, ...meta };
}

/** JSON: one article object, or an array of them. Offsets refer to each article's `text` field. */
export function readJson(file: string, text: string): Article[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw badInput(file, `malformed JSON (${(err as Error).message.split('\n')[0]})`);
  }
  const items = Array.isArray(value) ? value : [value];
  return items.map((item, i) => parseJsonArticle(Array.isArray(value) ? `${file}[${i}]` : file, item));
}

/** JSON Lines: one article object per line. A bad line is reported by its number and the others are kept. */
export function readJsonLines(file: string, text: string): { articles: Article[]; errors: SidelinesError[] } {
  const articles: Article[] = [];
  const errors: SidelinesError[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${file}:${i + 1}`;
    try {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (err) {
        throw badInput(where, `malformed JSON line (${(err as Error).message.split('\n')[0]})`);
      }
      articles.push(parseJsonArticle(where, value));
    } catch (err) {
      errors.push(err as SidelinesError);
    }
  });
  return { articles, errors };
}

// HTML pages: the main text through Mozilla's Readability (on linkedom's DOM, which runs on Node 20 where jsdom's
// current release does not), the title and publication date from meta tags and JSON-LD.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { badInput } from '../errors.js';
import type { Article } from './article.js';
import { isIsoDate } from './read-text.js';

export interface HtmlOptions {
  url?: string;
  source?: string;
  /** What to say of a date that cannot be read; the article is kept without one. */
  warn?: (message: string) => void;
}

/** The shortest main text accepted: below it a page is navigation or an error page, not an article. */
const MIN_TEXT_CHARS = 40;

export function readHtml(file: string, html: string, options: HtmlOptions = {}): Article {
  const { document } = parseHTML(html);
  const meta = readMeta(document as unknown as Document);
  const reader = new Readability(document as unknown as Document, { charThreshold: 100, serializer: (node: Node) => node });
  const parsed = reader.parse();
  let text = parsed?.content ? blockText(parsed.content as unknown as Node) : '';
  if (text.length < MIN_TEXT_CHARS) {
    // Readability gives up on short pages; their body text is then the article.
    const body = (document as unknown as Document).body;
    text = body ? blockText(body) : '';
  }
  if (text.length < MIN_TEXT_CHARS) throw badInput(file, text ? 'no article text in the HTML (only a few words)' : 'no article text in the HTML (no body)');
  const published = meta.date ?? parsed?.publishedTime ?? undefined;
  return {
    file,
    text,
    bodyStart: 0,
    title: meta.title ?? parsed?.title ?? undefined,
    published: published ? toIsoDate(published, (m) => options.warn?.(m)) : undefined,
    url: options.url ?? meta.url,
    source: options.source ?? meta.siteName ?? parsed?.siteName ?? undefined,
  };
}

interface PageMeta {
  title?: string;
  date?: string;
  url?: string;
  siteName?: string;
}

const DATE_META = [
  'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="publish-date"]',
  'meta[name="date"]', 'meta[name="dc.date.issued"]', 'meta[name="DC.date.issued"]', 'meta[name="dcterms.created"]',
];

function readMeta(document: Document): PageMeta {
  const content = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  const ld = readJsonLd(document);
  const date = DATE_META.map(content).find(Boolean) ?? ld.datePublished ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  return {
    title: content('meta[property="og:title"]') ?? ld.headline ?? content('meta[name="twitter:title"]') ?? (document.querySelector('title')?.textContent?.trim() || undefined),
    date,
    url: content('meta[property="og:url"]') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined,
    siteName: content('meta[property="og:site_name"]'),
  };
}

/** The first NewsArticle-like JSON-LD object's headline and datePublished; broken JSON-LD is ignored. */
function readJsonLd(document: Document): { headline?: string; datePublished?: string } {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let value: unknown;
    try {
      value = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [value];
    while (queue.length) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const o = item as Record<string, unknown>;
        if (Array.isArray(o['@graph'])) queue.push(...o['@graph']);
        if (typeof o.datePublished === 'string' || typeof o.headline === 'string') {
          return { headline: typeof o.headline === 'string' ? o.headline : undefined, datePublished: typeof o.datePublished === 'string' ? o.datePublished : undefined };
        }
      }
    }
  }
  return {};
}

/** YYYY-MM-DD from an ISO date or date-time or another date `Date` can read; undefined (and a warning) otherwise. */
export function toIsoDate(value: string, warn: (message: string) => void): string | undefined {
  const head = value.trim().slice(0, 10);
  if (isIsoDate(head)) return head;
  const ms = Date.parse(value);
  if (!Number.isNaN(ms)) return new Date(ms).toISOString().slice(0, 10);
  warn(`unreadable publication date "${value.trim().slice(0, 60)}"; stored without one`);
  return undefined;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

/** The text of an element with a blank line between blocks and a line break for <br>. Written by hand because
 * `textContent` runs paragraphs together ("…in Delhi.The minister…"), which breaks sentence splitting. */
export function blockText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') { parts.push('\n'); return; }
    const block = BLOCK.has(tag);
    if (block) parts.push('\n\n');
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) parts.push('\n\n');
  };
  walk(root);
  return parts.join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** The text of an HTML fragment (a feed item's content). */
export function fragmentText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return blockText((document as unknown as Document).body);
}

// RSS and Atom feeds, through @extractus/feed-extractor (fast-xml-parser underneath, works on a string offline).
// Each item becomes an article from its full content (content:encoded, Atom content) or, when it has none, from
// the page its link points to; the caller fetches those.
import { extractFromXml } from '@extractus/feed-extractor';
import { badInput, describeError, type SidelinesError } from '../errors.js';
import type { Article } from './article.js';
import { fragmentText, toIsoDate } from './read-html.js';

export interface FeedItemToFetch {
  file: string;
  url: string;
  title?: string;
  published?: string;
  source?: string;
  /** The item's summary, used when the page cannot be fetched. */
  summary?: string;
}

export interface FeedContents {
  articles: Article[];
  toFetch: FeedItemToFetch[];
  warnings: { subject: string; message: string }[];
  errors: SidelinesError[];
}

type RawFields = {
  content?: unknown;
  summary?: unknown;
  rawDate?: unknown;
};

/** Text of a field that fast-xml-parser gives as a string, or as {#text, @_type} for Atom. */
const textOf = (value: unknown): string => {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && '#text' in value) return String((value as Record<string, unknown>)['#text']);
  return '';
};

export function readFeed(file: string, xml: string): FeedContents {
  let feed;
  try {
    feed = extractFromXml(xml, {
      descriptionMaxLen: 0,
      getExtraEntryFields: (entry: Record<string, unknown>): RawFields => ({
        content: entry['content:encoded'] ?? entry.content,
        summary: entry.description ?? entry.summary,
        rawDate: entry.pubDate ?? entry.published ?? entry.updated ?? entry['dc:date'],
      }),
    });
  } catch (err) {
    throw badInput(file, `not a readable RSS or Atom feed (${describeError(err)})`);
  }
  const source = feed.title || undefined;
  const contents: FeedContents = { articles: [], toFetch: [], warnings: [], errors: [] };
  (feed.entries ?? []).forEach((entry, i) => {
    const item = `${file}#${i + 1}`;
    const extra = entry as unknown as RawFields;
    const rawDate = textOf(extra.rawDate).trim();
    let published: string | undefined;
    if (entry.published) published = entry.published.slice(0, 10);
    else if (rawDate) published = toIsoDate(rawDate, (message) => contents.warnings.push({ subject: item, message }));
    const title = entry.title || undefined;
    const url = entry.link || undefined;
    const content = fragmentText(textOf(extra.content));
    if (content) {
      contents.articles.push({ file: item, text: content, bodyStart: 0, title, published, url, source });
      return;
    }
    const summary = fragmentText(textOf(extra.summary)) || undefined;
    if (url) contents.toFetch.push({ file: item, url, title, published, source, summary });
    else if (summary) contents.articles.push({ file: item, text: summary, bodyStart: 0, title, published, source });
    else contents.errors.push(badInput(item, 'feed item has neither content nor a link'));
  });
  return contents;
}

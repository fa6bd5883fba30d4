// Turns what the user names on the command line (a file, a directory, a glob, "-", a URL) into articles, one reader
// per format: text, Markdown, JSON, JSON Lines, HTML, RSS/Atom feeds and WARC crawls.
import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { glob } from 'tinyglobby';
import { badInput, describeError, notFound, SidelinesError } from '../errors.js';
import type { Article } from './article.js';
import { fetchSource, formatOfContentType, isUrl } from './fetch-url.js';
import type { FeedItemToFetch } from './read-feed.js';
import { readJson, readJsonLines, readMarkdown, readPlainText } from './read-text.js';
import { decodeText, MAX_ARTICLE_BYTES } from './validate.js';

export type Format = 'text' | 'markdown' | 'json' | 'jsonl' | 'html' | 'feed' | 'warc';

const FORMAT_BY_EXTENSION: Readonly<Record<string, Format>> = {
  '.txt': 'text', '.text': 'text', '.md': 'markdown', '.markdown': 'markdown', '.json': 'json',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.html': 'html', '.htm': 'html', '.rss': 'feed', '.atom': 'feed', '.xml': 'feed',
  '.warc': 'warc', '.warc.gz': 'warc',
};

/** Files that hold many articles may be larger than one article may be. */
const MAX_CONTAINER_BYTES = 512 * 1024 * 1024;

export interface SourceWarning {
  subject: string;
  message: string;
}

/** What reading one source gave: its articles (and notes about them), or the error that stopped it. A source
 * that is partly bad (a JSONL file with one broken line) gives its articles, then one error result per bad part. */
export type SourceResult =
  | { source: string; articles: Article[]; warnings?: SourceWarning[] }
  | { source: string; error: SidelinesError };

interface ReadOutcome {
  articles: Article[];
  errors: SidelinesError[];
  warnings: SourceWarning[];
  /** Feed items that carry only a link, to be fetched and read as HTML. */
  toFetch?: FeedItemToFetch[];
}

const only = (articles: Article[]): ReadOutcome => ({ articles, errors: [], warnings: [] });

// The HTML, feed and WARC readers pull in large libraries (linkedom, Readability, warcio): each is loaded on first
// use, so that commands and runs that read none of those formats start fast.
const htmlReader = () => import('./read-html.js');
const feedReader = () => import('./read-feed.js');
const warcReader = () => import('./read-warc.js');

/** Parses decoded text in the given format (not WARC, which is read as a stream). */
async function parseText(file: string, text: string, format: Exclude<Format, 'warc'>, url?: string): Promise<ReadOutcome> {
  switch (format) {
    case 'json': return only(readJson(file, text));
    case 'jsonl': return { ...readJsonLines(file, text), warnings: [] };
    case 'markdown': return only([readMarkdown(file, text)]);
    case 'text': return only([readPlainText(file, text)]);
    case 'html': {
      const warnings: SourceWarning[] = [];
      const { readHtml } = await htmlReader();
      return { articles: [readHtml(file, text, { url, warn: (message) => warnings.push({ subject: file, message }) })], errors: [], warnings };
    }
    case 'feed': return (await feedReader()).readFeed(file, text);
  }
}

export function formatOfFile(file: string): Format | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith('.warc.gz')) return 'warc';
  return FORMAT_BY_EXTENSION[extname(lower)];
}

const formatOf = (file: string, text: string): Exclude<Format, 'warc'> => {
  const known = formatOfFile(file);
  if (known && known !== 'warc') return known;
  if (file !== '-') return 'text';
  if (/^\s*[{[]/.test(text)) return 'json';
  if (/^\s*<\?xml|^\s*<(rss|feed)\b/i.test(text)) return 'feed';
  if (/^\s*<(!doctype html|html)\b/i.test(text)) return 'html';
  return 'text';
};

/** Reads one file (or standard input for "-") into its articles. */
export async function readArticleFile(file: string): Promise<Article[]> {
  const outcome = await readSource(file);
  if (!outcome.articles.length && outcome.errors.length) throw outcome.errors[0];
  return outcome.articles;
}

async function readSource(source: string): Promise<ReadOutcome> {
  if (isUrl(source)) return readUrl(source);
  const format = source === '-' ? undefined : formatOfFile(source);
  if (format === 'warc') {
    const info = await stat(source).catch((err) => { throw fileError(source, err); });
    return (await warcReader()).readWarc(source, createReadStream(source), info.size);
  }
  const container = format === 'jsonl' || format === 'feed';
  const bytes = source === '-' ? await readStdin() : await readBytes(source);
  const text = decodeText(source, bytes, container ? MAX_CONTAINER_BYTES : MAX_ARTICLE_BYTES);
  return withFetchedItems(await parseText(source, text, formatOf(source, text)));
}

async function readUrl(url: string): Promise<ReadOutcome> {
  const { bytes, contentType } = await fetchSource(url);
  const format = formatOfContentType(contentType) ?? formatOfFile(new URL(url).pathname) ?? 'html';
  if (format === 'warc') return (await warcReader()).readWarc(url, (async function* () { yield bytes; })(), bytes.length);
  const text = decodeText(url, bytes, format === 'feed' || format === 'jsonl' ? MAX_CONTAINER_BYTES : MAX_ARTICLE_BYTES);
  const outcome = await parseText(url, text, format, url);
  for (const article of outcome.articles) if (format !== 'feed' && format !== 'jsonl') article.url ??= url;
  return withFetchedItems(outcome);
}

/** Feed items that carry only a link: each page is fetched and read as HTML; if that fails, the item's summary is
 * kept with a warning, or the item is reported. */
async function withFetchedItems(outcome: ReadOutcome): Promise<ReadOutcome> {
  const { toFetch = [], ...result } = outcome;
  const { readHtml } = toFetch.length ? await htmlReader() : { readHtml: undefined };
  for (const item of toFetch) {
    try {
      const { bytes } = await fetchSource(item.url);
      const page = readHtml!(item.file, decodeText(item.url, bytes), { url: item.url, warn: (message) => result.warnings.push({ subject: item.file, message }) });
      result.articles.push({ ...page, title: item.title ?? page.title, published: item.published ?? page.published, source: item.source ?? page.source });
    } catch (err) {
      if (item.summary) {
        result.articles.push({ file: item.file, text: item.summary, bodyStart: 0, title: item.title, published: item.published, url: item.url, source: item.source });
        result.warnings.push({ subject: item.file, message: `link not read (${describeError(err)}); stored the item's summary` });
      } else {
        result.errors.push(badInput(item.file, `feed item has no content and its link could not be read (${describeError(err)})`));
      }
    }
  }
  return result;
}

function fileError(file: string, err: unknown): SidelinesError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return notFound(file, 'no such file');
  if (code === 'EISDIR') return badInput(file, 'is a directory');
  if (code === 'EACCES') return badInput(file, 'permission denied');
  return badInput(file, describeError(err));
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (err) {
    throw fileError(file, err);
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const GLOB_CHARS = /[*?[\]{}]/;

/** Expands directories (recursively, the formats above only) and globs, and keeps files, URLs and "-" as given. */
export async function expandSources(sources: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const source of sources) {
    if (source === '-' || isUrl(source)) { out.push(source); continue; }
    const info = await stat(source).catch(() => null);
    if (info?.isDirectory()) out.push(...(await listArticleFiles(source)));
    else if (!info && GLOB_CHARS.test(source)) {
      const matches = (await glob(source, { onlyFiles: true, expandDirectories: false })).sort();
      // An unmatched glob stays as given, so that reading it reports "no such file" under its own name.
      out.push(...(matches.length ? matches : [source]));
    } else out.push(source);
  }
  return out;
}

async function listArticleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listArticleFiles(path)));
    else if (formatOfFile(entry.name)) files.push(path);
  }
  return files;
}

/** Reads every source, never throwing: a bad one becomes an error result and the others go on. */
export async function* readSources(sources: readonly string[]): AsyncGenerator<SourceResult> {
  for (const source of await expandSources(sources)) {
    let outcome: ReadOutcome;
    try {
      outcome = await readSource(source);
    } catch (err) {
      yield { source, error: err instanceof SidelinesError ? err : badInput(source, describeError(err)) };
      continue;
    }
    if (outcome.articles.length || !outcome.errors.length) yield { source, articles: outcome.articles, warnings: outcome.warnings };
    for (const error of outcome.errors) yield { source, error };
  }
}

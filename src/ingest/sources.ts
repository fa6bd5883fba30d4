// Turns what the user names on the command line (a file, a directory, "-") into articles, one reader per format.
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { badInput, describeError, notFound, SidelinesError } from '../errors.js';
import type { Article } from './article.js';
import { readJson, readMarkdown, readPlainText } from './read-text.js';
import { decodeText } from './validate.js';

export type Format = 'text' | 'markdown' | 'json';

const FORMAT_BY_EXTENSION: Readonly<Record<string, Format>> = {
  '.txt': 'text', '.text': 'text', '.md': 'markdown', '.markdown': 'markdown', '.json': 'json',
};

/** What reading one source gave: its articles, or the error that stopped it. */
export type SourceResult = { source: string; articles: Article[] } | { source: string; error: SidelinesError };

/** Parses decoded text in the given format. */
export function parseArticles(file: string, text: string, format: Format): Article[] {
  switch (format) {
    case 'json': return readJson(file, text);
    case 'markdown': return [readMarkdown(file, text)];
    case 'text': return [readPlainText(file, text)];
  }
}

const formatOf = (file: string, text: string): Format =>
  FORMAT_BY_EXTENSION[extname(file).toLowerCase()] ?? (/^\s*[{[]/.test(text) && file === '-' ? 'json' : 'text');

/** Reads one file (or standard input for "-") into its articles. */
export async function readArticleFile(file: string): Promise<Article[]> {
  const bytes = file === '-' ? await readStdin() : await readBytes(file);
  const text = decodeText(file, bytes);
  return parseArticles(file, text, formatOf(file, text));
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw notFound(file, 'no such file');
    if (code === 'EISDIR') throw badInput(file, 'is a directory');
    if (code === 'EACCES') throw badInput(file, 'permission denied');
    throw badInput(file, describeError(err));
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Expands directories (recursively, the formats above only) and keeps files and "-" as given. */
export async function expandSources(sources: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const source of sources) {
    if (source === '-') { out.push(source); continue; }
    const info = await stat(source).catch(() => null);
    if (info?.isDirectory()) out.push(...(await listArticleFiles(source)));
    else out.push(source);
  }
  return out;
}

async function listArticleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listArticleFiles(path)));
    else if (FORMAT_BY_EXTENSION[extname(entry.name).toLowerCase()]) files.push(path);
  }
  return files;
}

/** Reads every source, never throwing: a bad one becomes an error result and the others go on. */
export async function* readSources(sources: readonly string[]): AsyncGenerator<SourceResult> {
  for (const source of await expandSources(sources)) {
    try {
      yield { source, articles: await readArticleFile(source) };
    } catch (err) {
      yield { source, error: err instanceof SidelinesError ? err : badInput(source, describeError(err)) };
    }
  }
}

// URL sources: one GET with a time limit and a size limit; the response's content type picks the reader.
import { unavailable } from '../errors.js';
import type { Format } from './sources.js';

export const isUrl = (source: string): boolean => /^https?:\/\//i.test(source);

/** A page or feed larger than this is not news; it bounds memory per fetch. */
const MAX_FETCH_BYTES = 64 * 1024 * 1024;
const TIMEOUT_MS = 30_000;

export async function fetchSource(url: string): Promise<{ bytes: Uint8Array; contentType: string }> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), headers: { 'user-agent': 'sidelines/0.1 (+news ingest)' } });
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    const why = (err as Error).name === 'TimeoutError' ? `no answer within ${TIMEOUT_MS / 1000} s` : cause?.code ?? cause?.message ?? (err as Error).message;
    throw unavailable(url, `cannot fetch (${why})`);
  }
  if (!response.ok) throw unavailable(url, `cannot fetch (HTTP ${response.status} ${response.statusText})`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_FETCH_BYTES) throw unavailable(url, `too large to fetch (${declared} bytes)`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_FETCH_BYTES) throw unavailable(url, `too large to fetch (${bytes.length} bytes)`);
  return { bytes, contentType: response.headers.get('content-type') ?? '' };
}

export function formatOfContentType(contentType: string): Format | undefined {
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (/^(application|text)\/(rss|atom)\+xml$/.test(type) || type === 'application/xml' || type === 'text/xml') return 'feed';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'application/x-ndjson' || type === 'application/jsonl' || type === 'application/x-jsonlines') return 'jsonl';
  if (type === 'application/json') return 'json';
  if (type === 'application/warc') return 'warc';
  if (type === 'text/markdown') return 'markdown';
  if (type === 'text/plain') return 'text';
  return undefined;
}

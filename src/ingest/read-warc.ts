// WARC and WARC.gz crawls through warcio: every HTTP response record holding HTML becomes an article (through the
// HTML reader). A truncated file keeps the complete records before the cut and reports the cut.
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { WARCParser } from 'warcio';
import { badInput, describeError, SidelinesError } from '../errors.js';
import type { Article } from './article.js';
import { readHtml } from './read-html.js';
import { MAX_ARTICLE_BYTES } from './validate.js';

export interface WarcContents {
  articles: Article[];
  errors: SidelinesError[];
  warnings: { subject: string; message: string }[];
}

/** Reads a WARC stream of `size` bytes (compressed or not; warcio tells them apart). */
export async function readWarc(file: string, stream: AsyncIterable<Uint8Array>, size: number): Promise<WarcContents> {
  const contents: WarcContents = { articles: [], errors: [], warnings: [] };
  // parseHttp off: the record's whole block is read raw, so that a block shorter than its Content-Length (a cut
  // in an uncompressed file) shows, which warcio's own HTTP parsing hides.
  const parser = new WARCParser(stream, { parseHttp: false });
  let n = 0;
  try {
    for await (const record of parser) {
      n++;
      const subject = `${file}#${n}`;
      if (!/^WARC\/\d/.test(record.warcHeaders.statusline)) {
        if (n === 1) throw badInput(file, 'not a WARC file (it does not start with a WARC/1.x record header)');
        contents.errors.push(badInput(file, `unreadable WARC: record ${n} has no WARC header`));
        return contents;
      }
      if (record.warcType !== 'response') {
        await record.skipFully();
        continue;
      }
      const block = await record.readFully();
      if (block.length < record.warcContentLength) {
        contents.errors.push(badInput(file, `truncated WARC: record ${n} is cut off (${block.length} of ${record.warcContentLength} bytes)`));
        break;
      }
      const url = record.warcTargetURI ?? undefined;
      try {
        const html = htmlOfResponse(subject, block);
        if (html === undefined) continue;
        contents.articles.push(readHtml(subject, html, { url, warn: (message) => contents.warnings.push({ subject, message }) }));
      } catch (err) {
        contents.errors.push(err as SidelinesError);
      }
    }
  } catch (err) {
    if (err instanceof SidelinesError) throw err;
    if (n === 0) throw badInput(file, `not a WARC file (${describeError(err)})`);
    contents.errors.push(badInput(file, `unreadable WARC after record ${n} (${describeError(err)})`));
    return contents;
  }
  // A gzip member cut short ends warcio's iteration quietly; the bytes it did not reach tell.
  if (parser.offset < size && !contents.errors.length) {
    contents.errors.push(badInput(file, `truncated WARC: the record after record ${n} is cut off at byte ${parser.offset} of ${size}`));
  }
  return contents;
}

/** The HTML body of a raw HTTP response, or undefined when the response is not a successful HTML page. Parsed by
 * hand (with warcio's HTTP parsing off, above): status line, headers, chunked transfer and compressed content. */
function htmlOfResponse(subject: string, block: Uint8Array): string | undefined {
  const bytes = Buffer.from(block.buffer, block.byteOffset, block.byteLength);
  const end = bytes.indexOf('\r\n\r\n');
  if (end < 0) throw badInput(subject, 'HTTP response without a header end');
  const [statusLine, ...lines] = bytes.subarray(0, end).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/[\d.]+\s+(\d{3})/.exec(statusLine)?.[1]);
  const headers = new Map(lines.map((l) => [l.slice(0, l.indexOf(':')).trim().toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
  const type = headers.get('content-type') ?? '';
  if (status < 200 || status >= 300 || !/html/i.test(type)) return undefined;
  let body: Buffer = bytes.subarray(end + 4);
  if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) body = dechunk(body);
  const encoding = (headers.get('content-encoding') ?? '').toLowerCase();
  try {
    if (encoding === 'gzip' || encoding === 'x-gzip') body = gunzipSync(body);
    else if (encoding === 'deflate') body = inflateSync(body);
    else if (encoding === 'br') body = brotliDecompressSync(body);
  } catch (err) {
    throw badInput(subject, `cannot decode ${encoding} content (${describeError(err)})`);
  }
  if (body.length > MAX_ARTICLE_BYTES) throw badInput(subject, 'page too large');
  const charset = /charset=["']?([\w-]+)/i.exec(type)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

function dechunk(body: Buffer): Buffer {
  const out: Buffer[] = [];
  let at = 0;
  while (at < body.length) {
    const lineEnd = body.indexOf('\r\n', at);
    if (lineEnd < 0) break;
    const size = parseInt(body.subarray(at, lineEnd).toString('latin1'), 16);
    if (!size) break;
    out.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(out);
}

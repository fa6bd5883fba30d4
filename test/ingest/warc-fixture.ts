// Builds small WARC crawls for the tests with warcio's own writer: response records holding HTML, plus a request
// record and a non-HTML response that the reader must pass over.
import { WARCRecord, WARCSerializer } from 'warcio';

async function* bytesOf(text: string): AsyncGenerator<Uint8Array> {
  yield new TextEncoder().encode(text);
}

export const PAGES = [
  { url: 'https://crawl.example/a', title: 'Mongolia and Japan sign a minerals accord', date: '2023-09-04',
    body: 'Mongolia and Japan signed an accord on rare earth minerals in Ulaanbaatar on Monday, the two governments said in a joint statement.' },
  { url: 'https://crawl.example/b', title: 'Uruguay hosts Paraguayan foreign minister', date: '2023-09-06',
    body: 'Uruguay hosted the Paraguayan foreign minister in Montevideo on Wednesday for talks on river transport and customs.' },
  { url: 'https://crawl.example/c', title: 'Senegal and Mali reopen a border post', date: '2023-09-08',
    body: 'Senegal and Mali reopened the border post at Kidira on Friday after months of closure, officials from both sides said.' },
];

const html = (p: (typeof PAGES)[number]) => `<!doctype html><html><head><title>${p.title}</title>
<meta property="article:published_time" content="${p.date}T09:00:00Z"></head><body><article><h1>${p.title}</h1><p>${p.body}</p>
<p>Further talks are planned for next month, according to a statement released after the meeting.</p></article></body></html>`;

export async function buildWarc(gzip: boolean): Promise<Buffer> {
  const records: Uint8Array[] = [];
  const add = async (record: WARCRecord) => records.push(await WARCSerializer.serialize(record, { gzip }));
  await add(await WARCRecord.create({ url: PAGES[0].url, type: 'request', warcVersion: 'WARC/1.1', statusline: `GET /a HTTP/1.1`, httpHeaders: { Host: 'crawl.example' } }, bytesOf('')));
  for (const page of PAGES) {
    await add(await WARCRecord.create({ url: page.url, date: `${page.date}T12:00:00Z`, type: 'response', warcVersion: 'WARC/1.1',
      statusline: 'HTTP/1.1 200 OK', httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' } }, bytesOf(html(page))));
  }
  await add(await WARCRecord.create({ url: 'https://crawl.example/logo.png', type: 'response', warcVersion: 'WARC/1.1',
    statusline: 'HTTP/1.1 200 OK', httpHeaders: { 'Content-Type': 'image/png' } }, bytesOf('not really a png')));
  return Buffer.concat(records);
}

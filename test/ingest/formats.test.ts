import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Article } from '../../src/ingest/article.js';
import { expandSources, readSources, type SourceResult } from '../../src/ingest/sources.js';
import { buildWarc, PAGES } from './warc-fixture.js';

const FIXTURES = 'test/fixtures/ingest';
const fixture = (name: string) => join(FIXTURES, name);

async function readAll(sources: string[]): Promise<{ articles: Article[]; errors: string[]; warnings: string[] }> {
  const out = { articles: [] as Article[], errors: [] as string[], warnings: [] as string[] };
  for await (const r of readSources(sources) as AsyncGenerator<SourceResult>) {
    if ('error' in r) out.errors.push(r.error.toString());
    else {
      out.articles.push(...r.articles);
      out.warnings.push(...(r.warnings ?? []).map((w) => `${w.subject}: ${w.message}`));
    }
  }
  return out;
}

const tmp = mkdtempSync(join(tmpdir(), 'sidelines-ingest-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('HTML', () => {
  test('main text through Readability, title and date from meta tags, navigation and footer left out', async () => {
    const { articles, errors } = await readAll([fixture('article.html')]);
    assert.deepEqual(errors, []);
    const [a] = articles;
    assert.equal(a.title, 'Australian and Indonesian ministers meet in Canberra');
    assert.equal(a.published, '2023-02-09');
    assert.equal(a.url, 'https://ledger.example/world/ministers-meet');
    assert.equal(a.source, 'Harbour Ledger');
    assert.match(a.text, /^Australia's Defence Minister Richard Marles hosted/m);
    assert.match(a.text, /frank and useful\.\n\nPrabowo also met/, 'paragraphs stay apart');
    assert.doesNotMatch(a.text, /Home|Sport|All rights reserved/);
  });

  test('title and date from JSON-LD when the meta tags are missing', async () => {
    const { articles } = await readAll([fixture('jsonld.html')]);
    assert.equal(articles[0].title, 'Lithuania recalls its envoy from Minsk');
    assert.equal(articles[0].published, '2022-11-14');
    assert.match(articles[0].text, /^Lithuania recalled its ambassador/);
  });

  test('HTML without a body is reported by name and stops nothing', async () => {
    const { articles, errors } = await readAll([fixture('nobody.html'), fixture('jsonld.html')]);
    assert.deepEqual(errors, [`${fixture('nobody.html')}: no article text in the HTML (no body)`]);
    assert.equal(articles.length, 1);
  });
});

describe('JSON and JSON Lines', () => {
  test('a bad JSONL line is reported by its number and the other lines are read', async () => {
    const { articles, errors } = await readAll([fixture('articles.jsonl')]);
    assert.equal(articles.length, 3);
    assert.equal(errors.length, 2);
    assert.match(errors[0], /^test\/fixtures\/ingest\/articles\.jsonl:3: malformed JSON line/);
    assert.match(errors[1], /^test\/fixtures\/ingest\/articles\.jsonl:5: invalid article JSON: field "text"/);
  });

  test('the fields body, content and date stand for text and published', async () => {
    const { articles } = await readAll([fixture('articles.jsonl')]);
    assert.deepEqual(articles.map((a) => [a.file.replace(/^.*\//, ''), a.published ?? null, a.title ?? null, a.url ?? a.source ?? null]), [
      ['articles.jsonl:1', '2023-06-02', 'Ghana and Togo talk security', 'https://example.test/ghana-togo'],
      ['articles.jsonl:2', '2023-06-06', null, 'Andes Daily'],
      ['articles.jsonl:4', null, 'Nordic visit', null],
    ]);
    assert.match(articles[2].text, /^Norway's prime minister/);
  });

  test('Markdown front matter still gives title and date', async () => {
    const { articles } = await readAll([fixture('markdown.md')]);
    assert.equal(articles[0].title, 'Brazil and Angola talk oil');
    assert.equal(articles[0].published, '2023-04-11');
  });
});

describe('feeds', () => {
  test('RSS items become articles from content:encoded; unreadable dates are noted and the item kept undated', async () => {
    const { articles, errors, warnings } = await readAll([fixture('feed.rss')]);
    assert.deepEqual(errors, []);
    assert.equal(articles.length, 3);
    assert.deepEqual(articles.map((a) => a.published ?? null), ['2023-03-07', null, null]);
    assert.equal(articles[0].source, 'Foreign Desk Wire');
    assert.equal(articles[0].url, 'https://wire.example/kenya-ethiopia-pact');
    assert.equal(articles[0].text, 'Kenya and Ethiopia signed an agreement in Moyale on Monday to reopen border markets.\n\nTrade ministers from both countries said the pact would cut queues at the crossing.');
    assert.equal(warnings.length, 2);
    assert.match(warnings[0], /feed\.rss#2: unreadable publication date "sometime last spring"/);
    assert.match(warnings[1], /feed\.rss#3: unreadable publication date "Thu, 32 Foo 2023/);
  });

  test('Atom entries with HTML content', async () => {
    const { articles } = await readAll([fixture('feed.atom')]);
    assert.equal(articles.length, 1);
    assert.equal(articles[0].published, '2023-05-02');
    assert.equal(articles[0].url, 'https://alpine.example/rail-links');
    assert.match(articles[0].text, /^The presidents of Switzerland and Austria met in Bregenz/);
  });

  test('a file that is not a feed is reported in one line', async () => {
    const path = join(tmp, 'broken.rss');
    writeFileSync(path, '<rss><channel><item><title>cut');
    const { errors } = await readAll([path]);
    assert.equal(errors.length, 1);
    assert.match(errors[0], /broken\.rss: not a readable RSS or Atom feed/);
  });
});

describe('WARC', () => {
  for (const gzip of [false, true]) {
    const name = gzip ? 'crawl.warc.gz' : 'crawl.warc';
    test(`${name}: HTML responses become articles; requests and images are passed over`, async () => {
      const path = join(tmp, name);
      writeFileSync(path, await buildWarc(gzip));
      const { articles, errors } = await readAll([path]);
      assert.deepEqual(errors, []);
      assert.deepEqual(articles.map((a) => [a.url, a.title, a.published]), PAGES.map((p) => [p.url, p.title, p.date]));
      assert.match(articles[1].text, /^Uruguay hosted the Paraguayan foreign minister .*\n\nFurther talks/);
    });

    test(`${name} truncated: the complete records are kept and the cut is reported`, async () => {
      const whole = await buildWarc(gzip);
      const path = join(tmp, `cut-${name}`);
      // Cut inside the last HTML response (the image record after it is about 400 bytes).
      writeFileSync(path, whole.subarray(0, whole.length - (gzip ? 420 : 560)));
      const { articles, errors } = await readAll([path]);
      assert.deepEqual(articles.map((a) => a.url), PAGES.slice(0, 2).map((p) => p.url));
      assert.equal(errors.length, 1);
      assert.match(errors[0], new RegExp(`cut-${name.replace(/\./g, '\\.')}: truncated WARC`));
    });
  }

  test('a file that is not a WARC is reported', async () => {
    const path = join(tmp, 'text.warc');
    writeFileSync(path, 'this is not a crawl at all\n');
    const { errors, articles } = await readAll([path]);
    assert.equal(articles.length, 0);
    assert.equal(errors.length, 1);
    assert.match(errors[0], /text\.warc: /);
  });
});

describe('directories, globs and URLs', () => {
  test('a directory is read recursively for every known format; a glob expands', async () => {
    const files = await expandSources([FIXTURES]);
    assert.deepEqual(files.map((f) => f.replace(/^.*\//, '')), ['article.html', 'articles.jsonl', 'feed.atom', 'feed.rss', 'jsonld.html', 'markdown.md', 'nobody.html']);
    const globbed = await expandSources([`${FIXTURES}/*.html`]);
    assert.deepEqual(globbed.map((f) => f.replace(/^.*\//, '')), ['article.html', 'jsonld.html', 'nobody.html']);
  });

  let server: Server;
  let base = '';
  before(async () => {
    server = createServer((req, res) => {
      const page = (body: string, type: string) => { res.writeHead(200, { 'content-type': type }); res.end(body); };
      if (req.url === '/story') return page(`<html><head><title>Fetched story</title><meta name="date" content="2023-07-01"></head><body><p>Estonia and Latvia agreed on Saturday to link their power grids more closely, their prime ministers said after meeting in Riga.</p></body></html>`, 'text/html; charset=utf-8');
      if (req.url === '/feed') return page(`<?xml version="1.0"?><rss version="2.0"><channel><title>Link Feed</title>
        <item><title>Linked item</title><link>${base}/story</link><pubDate>Sat, 01 Jul 2023 10:00:00 GMT</pubDate></item>
        <item><title>Dead link</title><link>${base}/gone</link></item>
        <item><title>Dead link with summary</title><link>${base}/gone</link><description>A summary is all there is.</description></item>
        </channel></rss>`, 'application/rss+xml');
      res.writeHead(404).end('not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('a URL is fetched and read by its content type', async () => {
    const { articles } = await readAll([`${base}/story`]);
    assert.equal(articles[0].url, `${base}/story`);
    assert.equal(articles[0].title, 'Fetched story');
    assert.equal(articles[0].published, '2023-07-01');
  });

  test('feed items without content are read from their links; a dead link falls back to the summary or is reported', async () => {
    const { articles, errors, warnings } = await readAll([`${base}/feed`]);
    assert.deepEqual(articles.map((a) => [a.title, a.published ?? null]), [['Linked item', '2023-07-01'], ['Dead link with summary', null]]);
    assert.match(articles[0].text, /^Estonia and Latvia agreed/);
    assert.equal(errors.length, 1);
    assert.match(errors[0], /\/feed#2: feed item has no content and its link could not be read \(.*\/gone: cannot fetch \(HTTP 404 Not Found\)\)$/);
    assert.match(warnings[0], /\/feed#3: link not read/);
  });

  test('an unreachable URL is one error line', async () => {
    // A port that was free a moment ago: nothing listens there.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const { errors } = await readAll([`http://127.0.0.1:${port}/nothing`]);
    assert.deepEqual(errors, [`http://127.0.0.1:${port}/nothing: cannot fetch (ECONNREFUSED)`]);
  });
});

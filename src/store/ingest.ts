// Ingest: read sources, extract each article, and store it in one transaction of its own. An unchanged article
// (same content hash) is skipped before extraction; a changed one replaces its own earlier contribution; a failed
// one is reported and the batch goes on.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { describeError, SidelinesError } from '../errors.js';
import type { ExtractionResult } from '../extract/types.js';
import type { Article } from '../ingest/article.js';
import { isUrl } from '../ingest/fetch-url.js';
import { readSources } from '../ingest/sources.js';
import type { Db } from './db.js';
import { removeContribution, writeContribution, type Contribution } from './write.js';

/** Extraction as ingest calls it: the CLI passes the core's extract() (./extractor.ts), tests a fixed result. */
export type Extractor = (article: Article) => ExtractionResult;

export type Outcome = 'new' | 'updated' | 'unchanged';

export interface ArticleOutcome {
  outcome: Outcome;
  articleId: number;
  contribution?: Contribution;
}

/** Identity of an article across runs: its URL, else its file's absolute path or its source URL (with any item suffix). */
export function articleKey(article: Article, hash: string): string {
  if (article.url) return article.url;
  if (article.file === '-') return `stdin:${hash}`;
  // Items of a fetched JSON Lines file or feed without links of their own: "https://…/x.jsonl:3".
  if (isUrl(article.file)) return article.file;
  return `file:${resolve(article.file)}`;
}

/** Everything extraction reads: a change to any of it is a new version of the article. */
export function contentHash(article: Article): string {
  return createHash('sha256')
    .update(JSON.stringify([article.title ?? null, article.published ?? null, article.bodyStart, article.text]))
    .digest('hex');
}

export async function ingestArticle(db: Db, article: Article, extractor: Extractor, readerWarnings: readonly string[] = []): Promise<ArticleOutcome> {
  const hash = contentHash(article);
  const key = articleKey(article, hash);
  // The article stored under this key, and one stored with the same content (one query: a round trip each counts).
  const known = await db.all<{ id: number; content_hash: string; by_key: number }>(
    `SELECT id, content_hash, 1 AS by_key FROM articles WHERE key = ?
     UNION ALL SELECT * FROM (SELECT id, content_hash, 0 AS by_key FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1) copy`, [key, hash]);
  const existing = known.find((r) => r.by_key === 1);
  if (existing?.content_hash === hash) return { outcome: 'unchanged', articleId: existing.id };
  // The same text under another name (a copied file, a syndicated story) is not counted twice.
  const copy = known.find((r) => r.by_key === 0);
  if (!existing && copy) return { outcome: 'unchanged', articleId: copy.id };
  const result = extractor(article);
  const published = result.published ?? article.published ?? null;
  const warnings = JSON.stringify([...readerWarnings, ...result.warnings]);
  const fields = [article.url ?? null, article.file, article.source ?? null, article.title ?? null, published, hash, article.text,
    article.bodyStart, new Date().toISOString(), warnings];
  return db.transaction(async () => {
    let articleId: number;
    if (existing) {
      articleId = existing.id;
      await removeContribution(db, articleId);
      await db.run(
        `UPDATE articles SET url = ?, file = ?, source = ?, title = ?, published = ?, content_hash = ?, text = ?, body_start = ?,
           ingested_at = ?, warnings = ? WHERE id = ?`, [...fields, articleId]);
    } else {
      articleId = (await db.get<{ id: number }>(
        `INSERT INTO articles (url, file, source, title, published, content_hash, text, body_start, ingested_at, warnings, key)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`, [...fields, key]))!.id;
    }
    const contribution = await writeContribution(db, articleId, published, result);
    return { outcome: existing ? 'updated' as const : 'new' as const, articleId, contribution };
  });
}

export interface IngestListener {
  /** A source was read: how many articles it holds. */
  sourceRead?(source: string, articles: number): void;
  article?(article: Article, outcome: ArticleOutcome): void;
  failed?(error: SidelinesError): void;
  warning?(subject: string, message: string): void;
}

export interface IngestSummary {
  new: number;
  updated: number;
  unchanged: number;
  failed: number;
  /** Event reports found in the new and updated articles, and how many of them started a new event. */
  eventReports: number;
  newEvents: number;
  seconds: number;
}

export async function ingestSources(db: Db, sources: readonly string[], options: { extractor: Extractor; listener?: IngestListener }): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = { new: 0, updated: 0, unchanged: 0, failed: 0, eventReports: 0, newEvents: 0, seconds: 0 };
  const { listener = {}, extractor } = options;
  let sinceAnalyze = 0;
  for await (const result of readSources(sources)) {
    if ('error' in result) {
      summary.failed++;
      listener.failed?.(result.error);
      continue;
    }
    listener.sourceRead?.(result.source, result.articles.length);
    for (const w of result.warnings ?? []) listener.warning?.(w.subject, w.message);
    for (const article of result.articles) {
      const readerWarnings = (result.warnings ?? []).filter((w) => w.subject === article.file).map((w) => w.message);
      try {
        const outcome = await ingestArticle(db, article, extractor, readerWarnings);
        summary[outcome.outcome]++;
        if (outcome.outcome !== 'unchanged' && ++sinceAnalyze === ANALYZE_EVERY) {
          await refreshStatistics(db);
          sinceAnalyze = 0;
        }
        summary.eventReports += outcome.contribution?.events ?? 0;
        summary.newEvents += outcome.contribution?.newEvents ?? 0;
        listener.article?.(article, outcome);
      } catch (err) {
        summary.failed++;
        listener.failed?.(err instanceof SidelinesError ? err : new SidelinesError('bad-input', `not stored: ${describeError(err)}`, article.file));
      }
    }
  }
  if (sinceAnalyze) await refreshStatistics(db);
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** PostgreSQL plans by table statistics, which only autovacuum keeps fresh, and it may be off (it is on the
 * machines here): a batch refreshes them as it goes. SQLite's plans here do not depend on statistics. */
export const ANALYZE_EVERY = 5000;

export async function refreshStatistics(db: Db): Promise<void> {
  if (db.dialect === 'postgres') await db.exec('ANALYZE');
}

// The extraction core as ingest calls it: one Article in, its ExtractionResult out.
import { extract } from '../index.js';
import type { Extractor } from './ingest.js';

export const extractArticle: Extractor = (article) =>
  extract(article.text, {
    published: article.published ?? null, bodyStart: article.bodyStart, scanText: article.scanText,
    title: article.title, url: article.url, source: article.source,
  });

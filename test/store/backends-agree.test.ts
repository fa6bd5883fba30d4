// SQLite and PostgreSQL resolve and fuse the same way: the same articles, ingested in the same order, give the same
// store on both (compared without row ids).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateCorpus } from '../../bench/ingest-corpus.js';
import { ingestArticle } from '../../src/store/ingest.js';
import { BACKENDS, pgSkip } from './backends.js';
import { dumpStore } from './dump.js';

test('the same corpus gives the same store on SQLite and PostgreSQL', { skip: pgSkip }, async () => {
  const stores = await Promise.all(BACKENDS.map((b) => b.create()));
  try {
    const corpus = [...generateCorpus(300, 5)];
    const dumps = [];
    for (const store of stores) {
      for (const { article, result } of corpus) await ingestArticle(store.db, article, () => result!);
      dumps.push(await dumpStore(store.db));
    }
    assert.ok(dumps[0].events.length > 100);
    assert.deepEqual(dumps[1], dumps[0]);
  } finally {
    for (const store of stores) await store.drop();
  }
});

// sidelines search Q: full-text search over stored articles, best first.
import type { Command } from 'commander';
import { z } from 'zod';
import { searchArticles } from '../../store/queries.js';
import { formatHit } from '../format-store.js';
import { addDbOption, parseOptions, positiveInt, withStore } from '../store-options.js';

const Options = z.object({ db: z.string().optional(), limit: positiveInt('--limit').default(20), json: z.boolean().default(false) });

export function registerSearch(program: Command): void {
  const command = program
    .command('search')
    .description('full-text search over stored articles ("quoted phrases", OR between alternatives)')
    .argument('<query...>', 'words to find')
    .option('--limit <n>', 'at most this many articles', '20')
    .option('--json', 'one JSON object per article');
  addDbOption(command).action(async (words: string[], raw: unknown) => {
    const { db, limit, json } = parseOptions(Options, raw);
    await withStore(db, async (store) => {
      const hits = await searchArticles(store, words.join(' '), limit);
      for (const h of hits) process.stdout.write((json ? JSON.stringify(h) : formatHit(h)) + '\n');
      if (!hits.length && !json) process.stderr.write('sidelines: no articles match\n');
    });
  });
}

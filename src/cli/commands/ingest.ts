// sidelines ingest [--db PATH|URL] SOURCE...: read, extract and store articles, one transaction each.
import type { Command } from 'commander';
import { z } from 'zod';
import { storeCounts } from '../../store/queries.js';
import { IngestReporter } from '../ingest-progress.js';
import { addDbOption, parseOptions, withStore } from '../store-options.js';

const Options = z.object({ db: z.string().optional(), quiet: z.boolean().default(false) });

export function registerIngest(program: Command): void {
  const command = program
    .command('ingest')
    .description('store articles with their entities, events and statements: files, directories, globs, "-", URLs; .txt .md .html .json .jsonl, RSS/Atom feeds, WARC(.gz)')
    .argument('<sources...>', 'files, directories, globs, "-" or http(s) URLs')
    .option('--quiet', 'no progress, only errors and the summary');
  addDbOption(command).action(async (sources: string[], raw: unknown) => {
    const { db, quiet } = parseOptions(Options, raw);
    // Readers and the extraction core load only when ingesting, so that the other commands start fast.
    const [{ expandSources }, { extractArticle }, { ingestSources }] = await Promise.all([
      import('../../ingest/sources.js'), import('../../store/extractor.js'), import('../../store/ingest.js')]);
    await withStore(db, async (store) => {
      const expanded = await expandSources(sources);
      const reporter = new IngestReporter(expanded.length, { quiet, tty: Boolean(process.stderr.isTTY) });
      const summary = await ingestSources(store, expanded, { extractor: extractArticle, listener: reporter });
      reporter.stop();
      const counts = await storeCounts(store);
      process.stdout.write(reporter.summary(summary, store.location, counts) + '\n');
      if (summary.failed) process.exitCode = 1;
    });
  });
}

// sidelines events [filters] [--limit N] [--json]: events in the store, latest first.
import type { Command } from 'commander';
import { z } from 'zod';
import { findEvents } from '../../store/queries.js';
import { formatEvent } from '../format-store.js';
import { addDbOption, addFilterOptions, FilterOptions, filterOf, parseOptions, positiveInt, withStore } from '../store-options.js';

const Options = FilterOptions.extend({ limit: positiveInt('--limit').default(50), json: z.boolean().default(false) });

export function registerEvents(program: Command): void {
  const command = program
    .command('events')
    .description('list stored events, latest first, with their actors, place, source count and first evidence')
    .option('--limit <n>', 'at most this many events', '50')
    .option('--json', 'one JSON object per event, with all its evidence');
  addDbOption(addFilterOptions(command)).action(async (raw: unknown) => {
    const options = parseOptions(Options, raw);
    await withStore(options.db, async (db) => {
      const events = await findEvents(db, { ...filterOf(options), limit: options.limit }, { evidence: options.json ? 'all' : 'first' });
      for (const e of events) process.stdout.write((options.json ? JSON.stringify(e) : formatEvent(e)) + '\n');
      if (!events.length && !options.json) process.stderr.write('sidelines: no events match\n');
    });
  });
}

// sidelines relations ISO3: partner countries with event counts by type and a cooperation–conflict balance.
import type { Command } from 'commander';
import { z } from 'zod';
import { relations } from '../../store/queries.js';
import { formatRelations } from '../format-store.js';
import { addDbOption, FilterOptions, parseOptions, withStore } from '../store-options.js';

const Options = FilterOptions.pick({ db: true, from: true, to: true, type: true }).extend({ json: z.boolean().default(false) });
const Iso3 = z.string().regex(/^[A-Za-z]{3}$/, 'relations takes an ISO 3166-1 alpha-3 country code such as IND').transform((s) => s.toUpperCase());

export function registerRelations(program: Command): void {
  const command = program
    .command('relations')
    .description("a country's partners: events with each partner's actors by PLOVER type, quad class balance and mean Goldstein score")
    .argument('<ISO3>', 'country code, e.g. IND')
    .option('--from <YYYY-MM-DD>', 'events on or after this date')
    .option('--to <YYYY-MM-DD>', 'events on or before this date')
    .option('--type <PLOVER>', 'only this event type')
    .option('--json', 'one JSON object per partner');
  addDbOption(command).action(async (code: string, raw: unknown) => {
    const iso3 = parseOptions(Iso3, code);
    const options = parseOptions(Options, raw);
    await withStore(options.db, async (db) => {
      const partners = await relations(db, iso3, options);
      if (options.json) for (const p of partners) process.stdout.write(JSON.stringify(p) + '\n');
      else process.stdout.write(formatRelations(iso3, partners) + '\n');
    });
  });
}

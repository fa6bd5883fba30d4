// What the store commands share: the --db option, opening and closing the store, and the event filters that
// `events` and `export` take, checked with zod at the edge.
import type { Command } from 'commander';
import { z } from 'zod';
import { SidelinesError } from '../errors.js';
import { isIsoDate } from '../ingest/read-text.js';
import { PLOVER_TYPES } from '../extract/types.js';
import type { Db } from '../store/db.js';
import { openStore, storeTarget } from '../store/open.js';
import type { EventFilter } from '../store/queries.js';

export const addDbOption = (command: Command): Command =>
  command.option('--db <path|url>', 'SQLite file or postgres:// URL (default: $SIDELINES_DB, else ./sidelines.db)');

export async function withStore<T>(db: string | undefined, fn: (db: Db) => Promise<T>): Promise<T> {
  const store = await openStore(storeTarget(db));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Parses commander's options with a zod schema; the first problem becomes a one-line usage error. */
export function parseOptions<T extends z.ZodType>(schema: T, raw: unknown): z.infer<T> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const option = issue.path.length ? `--${String(issue.path[0]).replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}: ` : '';
    throw new SidelinesError('usage', `${option}${issue.message}`);
  }
  return parsed.data;
}

const isoDate = z.string().refine(isIsoDate, 'takes a date YYYY-MM-DD');

export const FilterOptions = z.object({
  db: z.string().optional(),
  actor: z.string().min(1).optional(),
  country: z.string().regex(/^[A-Za-z]{3}$/, 'takes an ISO 3166-1 alpha-3 code such as IND').transform((s) => s.toUpperCase()).optional(),
  type: z.string().transform((s) => s.toUpperCase()).refine((s) => (PLOVER_TYPES as readonly string[]).includes(s), `takes a PLOVER type: ${PLOVER_TYPES.join(', ')}`).optional(),
  mode: z.string().min(1).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  text: z.string().min(1).optional(),
});

export const addFilterOptions = (command: Command): Command =>
  command
    .option('--actor <name>', 'events with this person, organisation or country among the actors')
    .option('--country <ISO3>', 'events with an actor of this country')
    .option('--type <PLOVER>', 'PLOVER event type (CONSULT, AGREE, ACCUSE …)')
    .option('--mode <mode>', 'PLOVER mode (visit, host, phone …)')
    .option('--from <YYYY-MM-DD>', 'events on or after this date')
    .option('--to <YYYY-MM-DD>', 'events on or before this date')
    .option('--text <query>', 'events reported in articles matching this full-text query');

export const filterOf = (o: z.infer<typeof FilterOptions>): EventFilter => ({
  actor: o.actor, country: o.country, type: o.type, mode: o.mode, from: o.from, to: o.to, text: o.text,
});

export const positiveInt = (what: string) => z.coerce.number().int(`${what} takes a whole number`).positive(`${what} takes a number above 0`);

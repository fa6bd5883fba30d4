// sidelines entity NAME: a dossier — offices over time, counterparts met with dates, statements, sources.
import type { Command } from 'commander';
import { z } from 'zod';
import { notFound } from '../../errors.js';
import { entityDossier } from '../../store/queries.js';
import { formatDossier } from '../format-store.js';
import { addDbOption, parseOptions, withStore } from '../store-options.js';

const Options = z.object({ db: z.string().optional(), json: z.boolean().default(false) });

export function registerEntity(program: Command): void {
  const command = program
    .command('entity')
    .description('the dossier of a person, organisation, country or place: offices over time, counterparts met, statements, sources')
    .argument('<name...>', 'a name or alias ("Rajnath Singh", "Singh", "SCO")')
    .option('--json', 'the dossier as one JSON object');
  addDbOption(command).action(async (words: string[], raw: unknown) => {
    const { db, json } = parseOptions(Options, raw);
    const name = words.join(' ');
    await withStore(db, async (store) => {
      const dossier = await entityDossier(store, name);
      if (!dossier) throw notFound(name, 'no entity of that name in the store');
      process.stdout.write((json ? JSON.stringify(dossier) : formatDossier(dossier)) + '\n');
    });
  });
}

// sidelines export --format F [--out FILE] [filters]: events as JSONL, CSV, PLOVER, GDELT 2.0 TSV, GraphML or GEXF.
import { createWriteStream, type WriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import { z } from 'zod';
import { badInput } from '../../errors.js';
import { TextSink } from '../../export/sink.js';
import { addDbOption, addFilterOptions, FilterOptions, filterOf, parseOptions, withStore } from '../store-options.js';

/** The formats (kept here so that the exporters and their XML and graph libraries load only when exporting). */
const EXPORT_FORMATS = ['jsonl', 'csv', 'plover', 'gdelt', 'graphml', 'gexf'] as const;

const Options = FilterOptions.extend({
  format: z.enum(EXPORT_FORMATS, { message: `takes one of ${EXPORT_FORMATS.join(', ')}` }),
  out: z.string().min(1).optional(),
});

/** GDELT's mentions table goes beside the events file: events.tsv → events.mentions.tsv. */
export const mentionsPath = (out: string): string => out.replace(/(\.[^./]+)?$/, '.mentions$1');

async function openOut(path: string): Promise<WriteStream> {
  const stream = createWriteStream(path);
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (err) => reject(badInput(path, `cannot write (${(err as NodeJS.ErrnoException).code ?? err.message})`)));
  });
  return stream;
}

export function registerExport(program: Command): void {
  const command = program
    .command('export')
    .description('export events: jsonl, csv, plover (PLOVER JSON records), gdelt (GDELT 2.0 event TSV + mentions TSV), graphml or gexf (actor network)')
    .requiredOption('--format <format>', EXPORT_FORMATS.join('|'))
    .option('--out <file>', 'write to this file (default: standard output); gdelt also writes FILE.mentions.EXT');
  addDbOption(addFilterOptions(command)).action(async (raw: unknown) => {
    const options = parseOptions(Options, raw);
    const { exportEvents } = await import('../../export/index.js');
    await withStore(options.db, async (db) => {
      const streams: WriteStream[] = [];
      if (options.out) streams.push(await openOut(options.out));
      if (options.out && options.format === 'gdelt') streams.push(await openOut(mentionsPath(options.out)));
      const [main, mentions] = streams;
      const count = await exportEvents(db, options.format, filterOf(options), new TextSink(main ?? process.stdout), mentions && new TextSink(mentions));
      for (const s of streams) { s.end(); await finished(s); }
      const what = options.format === 'gdelt' ? 'GDELT rows' : options.format === 'graphml' || options.format === 'gexf' ? 'actors' : 'events';
      process.stderr.write(`exported ${count} ${what}${options.out ? ` to ${options.out}` : ''}${mentions ? ` and mentions to ${mentionsPath(options.out!)}` : ''}\n`);
      if (options.format === 'gdelt' && !options.out) process.stderr.write('sidelines: note: give --out FILE to write the GDELT mentions table too\n');
    });
  });
}

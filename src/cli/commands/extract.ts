// sidelines extract [--json] [--date D] FILE...: one article in, entities, events and statements out.
import type { Command } from 'commander';
import { z } from 'zod';
import { isIsoDate } from '../../ingest/read-text.js';
import { describeError } from '../../errors.js';

const Options = z.object({
  json: z.boolean().default(false),
  date: z.string().refine(isIsoDate, '--date takes a date YYYY-MM-DD').optional(),
});

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract entities, events and statements from articles (.txt with an optional "date YYYY-MM-DD" first line, .md, .json; "-" reads stdin; directories are read recursively)')
    .argument('<files...>', 'article files')
    .option('--json', 'print one JSON document per article, one per line')
    .option('--date <YYYY-MM-DD>', 'publication date, overriding the dateline')
    .action(async (files: string[], raw: unknown) => {
      const options = Options.safeParse(raw);
      if (!options.success) throw new Error(options.error.issues[0].message);
      const { json, date } = options.data;
      // The extraction core and the readers load only when extracting, so that `sidelines --help` starts fast.
      const [{ extract }, { readSources }, { formatSummary }] = await Promise.all([
        import('../../index.js'), import('../../ingest/sources.js'), import('../format-summary.js')]);
      let failed = 0;
      for await (const result of readSources(files)) {
        if ('error' in result) {
          failed++;
          console.error(`sidelines: ${result.error.toString()}`);
          continue;
        }
        for (const article of result.articles) {
          try {
            const published = date ?? article.published ?? null;
            const output = extract(article.text, { ...article, published });
            const line = json ? JSON.stringify({ file: article.file, ...output }) : formatSummary(article.file, article.text, output);
            process.stdout.write(line + '\n');
          } catch (err) {
            failed++;
            console.error(`sidelines: ${article.file}: extraction failed: ${describeError(err)}`);
          }
        }
      }
      if (failed) process.exitCode = 1;
    });
}

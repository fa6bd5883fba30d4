// sidelines ner [--conll] [--json] [--model PATH] FILE: names in a plain-text file (offsets, label, text), or a
// CoNLL file echoed with the predicted IOB2 tag appended to every token line.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { notFound } from '../../errors.js';

const Options = z.object({ conll: z.boolean().default(false), json: z.boolean().default(false), model: z.string().optional() });

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch {
    throw notFound(file, 'cannot read file');
  }
}

export function registerNer(program: Command): void {
  program
    .command('ner')
    .description('tag names (PER, ORG, LOC, MISC) in a text file, or in a CoNLL file with --conll ("-" reads stdin)')
    .argument('<file>', 'input file')
    .option('--conll', 'input is CoNLL columns: print every line with the IOB2 tag appended')
    .option('--json', 'print the names as one JSON array')
    .option('--model <path>', 'weights file (default: the committed model)')
    .action(async (file: string, raw: unknown) => {
      const parsed = Options.safeParse(raw);
      if (!parsed.success) throw new Error(parsed.error.issues[0].message);
      const o = parsed.data;
      const text = readInput(file);
      // The tagger and its model load only when tagging, so that `sidelines --help` starts fast.
      const [{ tokenize }, { appendTags, splitConll }, { loadDefaultNerModel, loadNerModelFile, recognizeNames }] = await Promise.all([
        import('../../nlp/tokenize.js'), import('../../nlp/ner/conll.js'), import('../../nlp/ner/index.js')]);
      const model = o.model ? loadNerModelFile(o.model) : loadDefaultNerModel();
      if (o.conll) {
        const input = splitConll(text);
        const tags = input.docs.map((doc) => model.tagDocument(doc.map((s) => s.words)));
        process.stdout.write(appendTags(input, tags).join('\n'));
        return;
      }
      const doc = tokenize(text);
      const names = recognizeNames(doc, model);
      if (o.json) {
        process.stdout.write(JSON.stringify(names.map((n) => ({ ...n, text: text.slice(n.start, n.end) }))) + '\n');
        return;
      }
      const lines = names.map((n) => `${n.start}\t${n.end}\t${n.label}\t${text.slice(n.start, n.end).replace(/\s+/g, ' ')}`);
      process.stdout.write(lines.join('\n') + (lines.length ? '\n' : ''));
    });
}

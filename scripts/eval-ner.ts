// npm run eval:ner [-- --model PATH] [-- --file eng.testb]: CoNLL-2003 dev (eng.testa) F1 per type for the
// committed model, with and without the document-level pass. Skips with a message when ../shared is absent.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describeError } from '../src/errors.js';
import { DEFAULT_CONSISTENCY } from '../src/nlp/ner/consistency.js';
import { defaultModelPath, loadNerModelFile } from '../src/nlp/ner/node.js';
import { formatScores, scoreTags } from '../src/nlp/ner/score.js';
import { defaultDataDir, readConll2003 } from '../src/nlp/ner/train-node.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dataDir = opt('--data') ?? defaultDataDir();
const file = (opt('--file') ?? 'eng.testa') as 'eng.testa';
if (!existsSync(join(dataDir, 'ner', 'conll2003', file))) {
  console.log(`eval:ner skipped: ${join(dataDir, 'ner', 'conll2003', file)} not found (the shared data is not on this machine)`);
  process.exit(0);
}
try {
  const modelPath = opt('--model') ?? defaultModelPath();
  const t0 = performance.now();
  const model = loadNerModelFile(modelPath);
  console.log(`model ${modelPath}: ${model.featureCount} features, loaded in ${(performance.now() - t0).toFixed(0)} ms`);
  const docs = readConll2003(dataDir, file);
  const gold = docs.flatMap((d) => d.sentences.map((s) => s.tags));
  const run = (label: string, consistency: typeof DEFAULT_CONSISTENCY): void => {
    const pred = docs.flatMap((d) => model.tagDocument(d.sentences.map((s) => s.words), { consistency }));
    console.log(`\nCoNLL-2003 ${file}, ${label}`);
    console.log(formatScores(scoreTags(gold, pred)));
  };
  const off = { vote: 0, propagate: 0, surnames: false };
  run('sentence by sentence', off);
  if (args.includes('--ablate')) {
    for (const vote of [0.5, 0.7, 0.9, 1.01]) run(`vote below ${vote}`, { ...off, vote });
    run('surnames only', { ...off, surnames: true });
    for (const propagate of [0.8, 0.95]) run(`propagate above ${propagate}`, { ...off, propagate });
  }
  run('with the document-level pass (as shipped)', model.data.consistency);
} catch (err) {
  console.error(`eval:ner: ${describeError(err)}`);
  process.exit(1);
}

// sidelines train ner [--seed N] [--out PATH] [--data DIR] …: trains the named-entity model and writes its weights.
import type { Command } from 'commander';
import { z } from 'zod';

const Options = z.object({
  seed: z.coerce.number().int().default(1),
  out: z.string().optional(),
  data: z.string().optional(),
  gmb: z.coerce.number().min(0).max(1).default(1),
  wikiann: z.coerce.number().min(0).max(1).default(0),
  scheme: z.enum(['BIO', 'BILOU']).default('BIO'),
  epochs: z.coerce.number().int().min(1).default(20),
  prune: z.coerce.number().min(0).default(0.01),
  augment: z.boolean().default(true),
});

export function registerTrain(program: Command): void {
  const train = program.command('train').description('train a model');
  train
    .command('ner')
    .description('train the named-entity tagger on CoNLL-2003 (dev for model selection), optionally GMB and WikiANN')
    .option('--seed <n>', 'random seed (shuffles, cluster initialisation)', '1')
    .option('--out <path>', 'weights file to write', undefined)
    .option('--data <dir>', 'the shared data folder (default ../shared/data beside the package)')
    .option('--gmb <share>', 'share of GMB sentences per epoch, 0 to leave it out', '1')
    .option('--wikiann <share>', 'share of WikiANN sentences per epoch, 0 to leave it out', '0')
    .option('--scheme <scheme>', 'tag encoding the tagger decodes in: BIO or BILOU', 'BIO')
    .option('--epochs <n>', 'most epochs (the best on dev is kept)', '20')
    .option('--prune <w>', 'drop features whose largest absolute weight is below this', '0.01')
    .option('--no-augment', 'no feature augmentation (by default every feature gets a copy per corpus, Daumé 2007)')
    .action(async (raw: unknown) => {
      const parsed = Options.safeParse(raw);
      if (!parsed.success) throw new Error(`${parsed.error.issues[0].path.join('.')}: ${parsed.error.issues[0].message}`);
      const o = parsed.data;
      // The trainer loads only when training, so that `sidelines --help` starts fast.
      const [{ defaultModelPath }, { defaultDataDir, trainFromFiles }] = await Promise.all([
        import('../../nlp/ner/node.js'), import('../../nlp/ner/train-node.js')]);
      const result = trainFromFiles({
        seed: o.seed,
        out: o.out ?? defaultModelPath(),
        dataDir: o.data ?? defaultDataDir(),
        gmb: o.gmb,
        wikiann: o.wikiann,
        scheme: o.scheme,
        maxEpochs: o.epochs,
        prune: o.prune,
        augment: o.augment,
        log: (m) => console.error(m),
      });
      console.log(
        `dev F1 ${(100 * result.devF1).toFixed(2)} at epoch ${result.bestEpoch}; ${result.keptFeatures} features; ` +
          `${(result.bytes / 1024 / 1024).toFixed(2)} MB; trained in ${result.seconds.toFixed(0)} s (clusters ${result.clusterSeconds.toFixed(0)} s)`,
      );
    });
}

// The named-entity tagger's speed beside compromise (people/places/organizations) and wink-nlp (its entity
// recognition) over the same text in the same run, with the model's load time and the process's peak memory.
// Text: CoNLL-2003 dev (eng.testa) when ../shared is there, else generated sentences.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import { defaultModelPath, loadNerModelFile, recognizeNames } from '../src/nlp/ner/index.js';
import { defaultDataDir, readConll2003 } from '../src/nlp/ner/train-node.js';
import { tokenize } from '../src/nlp/tokenize.js';
import { bestOf, megabytes, perSecond } from './measure.js';
import type { BenchSection } from './sections.js';

/** Documents as sentences of tokens, from the dev set or generated. */
function corpus(): { name: string; docs: string[][][] } {
  const dev = join(defaultDataDir(), 'ner', 'conll2003', 'eng.testa');
  if (existsSync(dev)) return { name: 'CoNLL-2003 eng.testa', docs: readConll2003(defaultDataDir(), 'eng.testa').map((d) => d.sentences.map((s) => s.words)) };
  return { name: 'generated sentences (../shared absent)', docs: generated(200) };
}

const PEOPLE = ['Anna Kowalska', 'Rajiv Menon', 'Carlos Ibarra', 'Li Wen', 'Fatima Haddad', 'Tomasz Nowak'];
const PLACES = ['Warsaw', 'Nairobi', 'Lima', 'Hanoi', 'Ankara', 'Oslo'];
const ORGS = ['the Defence Ministry', 'Nordic Shipyards', 'the Coastal Guard', 'Orion Aerospace'];
const FRAMES = [
  (p: string, q: string, l: string, o: string) => `${p} met ${q} in ${l} on Tuesday to discuss a contract with ${o} .`,
  (p: string, _q: string, l: string, o: string) => `Officials in ${l} said ${o} would deliver two patrol boats by March , ${p} told reporters .`,
  (p: string, q: string, l: string) => `" We agreed on the next steps , " ${p} said after talks with ${q} in ${l} .`,
];

function generated(count: number): string[][][] {
  const docs: string[][][] = [];
  for (let d = 0; d < count; d++) {
    const sentences: string[][] = [];
    for (let s = 0; s < 12; s++) {
      const k = d * 12 + s;
      const f = FRAMES[k % FRAMES.length];
      sentences.push(f(PEOPLE[k % 6], PEOPLE[(k + 2) % 6], PLACES[(k * 5) % 6], ORGS[k % 4]).split(' '));
    }
    docs.push(sentences);
  }
  return docs;
}

export const ner: BenchSection = {
  name: 'ner',
  title: 'named-entity tagger vs compromise and wink-nlp, tokens/s on one core',
  async run() {
    const rssBefore = process.memoryUsage().rss;
    const t0 = performance.now();
    const model = loadNerModelFile(defaultModelPath());
    const loadMs = performance.now() - t0;
    const rssModel = process.memoryUsage().rss - rssBefore;
    const { name, docs } = corpus();
    const tokens = docs.reduce((a, d) => a + d.reduce((b, s) => b + s.length, 0), 0);
    const texts = docs.map((d) => d.map((s) => s.join(' ')).join('\n'));
    console.log(`text: ${name}, ${docs.length} documents, ${tokens.toLocaleString('en-US')} tokens`);
    console.log(`model: ${model.featureCount.toLocaleString('en-US')} features, loaded in ${loadMs.toFixed(0)} ms, +${megabytes(rssModel)} RSS`);

    const wink = winkNLP(winkModel);
    const runs: [string, number, () => void][] = [
      ['sidelines NerModel.tagDocument (tokens given)', 5, () => {
        for (const d of docs) model.tagDocument(d);
      }],
      ['sidelines tokenize + recognizeNames', 3, () => {
        for (const t of texts) recognizeNames(tokenize(t), model);
      }],
      ['compromise people/places/organizations', 1, () => {
        for (const t of texts) {
          const doc = nlp(t);
          doc.people().out('array');
          doc.places().out('array');
          doc.organizations().out('array');
        }
      }],
      ['wink-nlp readDoc().entities()', 2, () => {
        for (const t of texts) wink.readDoc(t).entities().out();
      }],
    ];
    // wall time (best of n) and CPU time of the same runs: the machine is shared, CPU time is the steadier figure
    const results = runs.map(([label, rounds, fn]) => {
      let cpu = Infinity;
      const wall = bestOf(rounds, () => {
        const c0 = process.cpuUsage();
        fn();
        const c = process.cpuUsage(c0);
        cpu = Math.min(cpu, (c.user + c.system) / 1e6);
      });
      return { label, wall, cpu };
    });
    const base = results[0];
    console.log(`${'tagger'.padEnd(48)} ${'tokens/s'.padStart(10)} ${'per CPU s'.padStart(10)}  tagDocument vs this (CPU time)`);
    for (const r of results) {
      const ratio = r === base ? '' : `${(r.cpu / base.cpu).toFixed(1)}× as fast`;
      console.log(`${r.label.padEnd(48)} ${perSecond(tokens, r.wall).padStart(10)} ${perSecond(tokens, r.cpu).padStart(10)}  ${ratio}`);
    }
    const usage = process.resourceUsage();
    console.log(`peak memory: maxRSS ${megabytes(usage.maxRSS * 1024)}, heap used now ${megabytes(process.memoryUsage().heapUsed)}`);
  },
};

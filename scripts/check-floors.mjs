#!/usr/bin/env node
// CI: runs the shared scorers (../shared/eval) against the built CLI and fails when a figure falls below the floor
// recorded in eval/floors.json. Floors only move up: raise one when the figure rises, never lower it.
//   node scripts/check-floors.mjs [--update]   (--update writes the current figures, rounded down, where higher)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const evalDir = join(shared, 'eval');
if (!existsSync(join(evalDir, 'score.mjs'))) {
  console.log(`check-floors: ${evalDir} is absent; the shared scorers are skipped`);
  process.exit(0);
}
const cmd = `node ${join(root, 'dist', 'src', 'cli', 'main.js')} extract --json`;
const floorsFile = join(root, 'eval', 'floors.json');
const floors = JSON.parse(readFileSync(floorsFile, 'utf8'));

const run = (script, args) => execFileSync('node', [join(evalDir, script), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });

// whole articles, all of eval/dev
const all = JSON.parse(run('score.mjs', ['--gold', join(evalDir, 'dev'), '--cmd', cmd, '--json']));
// the seed article alone
const seedDir = mkdtempSync(join(tmpdir(), 'sidelines-seed-'));
for (const f of ['seed-sco-moscow-2020.txt', 'seed-sco-moscow-2020.gold.json']) symlinkSync(join(evalDir, 'dev', f), join(seedDir, f));
const seed = JSON.parse(run('score.mjs', ['--gold', seedDir, '--cmd', cmd, '--json']));
// State Department readouts (silver)
const feeds = ['05', '06', '07', '08'].map((m) => join(shared, 'data', 'corpora', 'state-dept-2021', `press_releases_2021-${m}.rss`)).filter(existsSync);
const readouts = feeds.length ? run('score-readouts.mjs', ['--cmd', cmd, ...feeds]) : '';
const found = /found \(CONSULT with principal and counterpart\) \d+ = ([\d.]+)%; of those: date ([\d.]+)%/.exec(readouts);
// PLOVER sentences: the gold-standard records, and the first 300 marked source/target pairs
const sentenceRecall = (set, file, extra) => {
  if (!existsSync(file)) return undefined;
  const m = /recall ([\d.]+)%/.exec(run('score-sentences.mjs', ['--set', set, '--file', file, '--cmd', cmd, ...extra]));
  return m ? Number(m[1]) / 100 : undefined;
};
const gsr = sentenceRecall('gsr', join(shared, 'data', 'events', 'plover_gsr_cameo.jsonl'), []);
const plv = sentenceRecall('plv', join(shared, 'data', 'events', 'plv_train.jsonl'), ['--limit', '300']);

const figures = {
  seedEventsF1: seed.events.f1,
  seedEntitiesF1: seed.entities.f1,
  eventsF1: all.events.f1,
  entitiesF1: all.entities.f1,
  dateAccuracy: all.eventDateAccuracy,
  locationAccuracy: all.eventLocationAccuracy,
  statementsRecall: all.statements.recall,
  ...(found ? { readoutsFound: Number(found[1]) / 100, readoutsDate: Number(found[2]) / 100 } : {}),
  ...(gsr !== undefined ? { ploverGoldRecall: gsr } : {}),
  ...(plv !== undefined ? { ploverPairsRecall: plv } : {}),
};

let failed = 0;
for (const [key, value] of Object.entries(figures)) {
  const floor = floors[key];
  const ok = floor === undefined || value + 1e-9 >= floor;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${key.padEnd(18)} ${value.toFixed(3)}  (floor ${floor ?? 'none'})`);
}
if (process.argv.includes('--update')) {
  for (const [key, value] of Object.entries(figures)) floors[key] = Math.max(floors[key] ?? 0, Math.floor(value * 100) / 100);
  writeFileSync(floorsFile, JSON.stringify(floors, null, 2) + '\n');
  console.log(`floors written to ${floorsFile}`);
}
if (failed) {
  console.error(`check-floors: ${failed} figure(s) below the floor recorded in eval/floors.json`);
  process.exit(1);
}

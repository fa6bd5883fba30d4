// sidelines eval: the shared scorers (../shared/eval) run against this CLI, each figure beside the floor recorded in
// eval/floors.json; and sidelines bench: the benchmarks. Both run the repository's scripts, so they need a checkout
// (the scorers and corpora are not shipped with the package).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { unavailable } from '../../errors.js';

const fromRoot = (path: string): string => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));

function runScript(path: string, args: string[]): void {
  const script = fromRoot(path);
  if (!existsSync(script)) throw unavailable(script, 'not found: run this command from a checkout of the repository');
  const { status } = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit' });
  if (status !== 0) process.exitCode = status ?? 1;
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score extraction with the shared scorers (../shared/eval) against the floors in eval/floors.json')
    .option('--update', 'raise the floors to the current figures where they are higher')
    .action((options: { update?: boolean }) => runScript('scripts/check-floors.mjs', options.update ? ['--update'] : []));
  program
    .command('bench')
    .description('run the benchmarks (extract, ner, ingest), or the sections named')
    .argument('[sections...]', 'sections to run')
    .action((sections: string[]) => runScript('dist/bench/run.js', sections));
}

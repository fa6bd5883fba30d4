#!/usr/bin/env node
// The `sidelines` command: each subcommand lives in its own file under commands/, imported only when it runs.
import { Command, CommanderError } from 'commander';
import { describeError } from '../errors.js';
import { modulesFor } from './commands/index.js';

const program = new Command('sidelines')
  .description('Evidence-linked events, people and organisations from diplomacy and defence news.')
  .version('0.1.0')
  .showHelpAfterError()
  .exitOverride();

try {
  const args = process.argv.slice(2);
  for (const register of await Promise.all(modulesFor(args).map((m) => m.load()))) register(program);
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode);
  console.error(`sidelines: ${describeError(err)}`);
  process.exit(2);
}

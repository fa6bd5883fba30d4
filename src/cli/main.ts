#!/usr/bin/env node
// The `sidelines` command: each subcommand lives in its own file under commands/ and is registered here.
import { Command, CommanderError } from 'commander';
import { describeError } from '../errors.js';
import { COMMANDS } from './commands/index.js';

const program = new Command('sidelines')
  .description('Evidence-linked events, people and organisations from diplomacy and defence news.')
  .version('0.1.0')
  .showHelpAfterError()
  .exitOverride();
for (const register of COMMANDS) register(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode);
  console.error(`sidelines: ${describeError(err)}`);
  process.exit(2);
}

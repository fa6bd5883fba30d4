// Every CLI command, in the order `sidelines --help` lists them. A command is a function that adds itself to the
// program; it stays thin and calls the library.
import type { Command } from 'commander';
import { registerExtract } from './extract.js';

export const COMMANDS: ReadonlyArray<(program: Command) => void> = [registerExtract];

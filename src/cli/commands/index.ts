// Every CLI command, in the order `sidelines --help` lists them. A command is a function that adds itself to the
// program; it stays thin and calls the library. Each module is imported only when its command runs (main.ts picks
// it from the command line), so that `sidelines events` does not load the extraction core, the named-entity model
// or the trainer; `sidelines --help` and an unknown command load them all (each keeps its heavy imports inside its
// action, so that stays fast too).
import type { Command } from 'commander';

export type Register = (program: Command) => void;

export interface CommandModule {
  /** The command names the module registers (eval.js registers `eval` and `bench`). */
  names: readonly string[];
  load(): Promise<Register>;
}

export const COMMANDS: readonly CommandModule[] = [
  { names: ['extract'], load: async () => (await import('./extract.js')).registerExtract },
  { names: ['ner'], load: async () => (await import('./ner.js')).registerNer },
  { names: ['train'], load: async () => (await import('./train.js')).registerTrain },
  { names: ['ingest'], load: async () => (await import('./ingest.js')).registerIngest },
  { names: ['events'], load: async () => (await import('./events.js')).registerEvents },
  { names: ['entity'], load: async () => (await import('./entity.js')).registerEntity },
  { names: ['relations'], load: async () => (await import('./relations.js')).registerRelations },
  { names: ['search'], load: async () => (await import('./search.js')).registerSearch },
  { names: ['export'], load: async () => (await import('./export.js')).registerExport },
  { names: ['eval', 'bench'], load: async () => (await import('./eval.js')).registerEval },
];

/** The command a command line runs: its first word that is not an option (`help X` asks about X). Options of the
 * program itself take no values, so the first such word is the command's name. */
export function commandName(args: readonly string[]): string | undefined {
  const words = args.filter((a) => !a.startsWith('-'));
  return words[0] === 'help' ? words[1] : words[0];
}

/** The modules to load for a command line: the named command's alone, or all of them (help, unknown names). */
export function modulesFor(args: readonly string[]): readonly CommandModule[] {
  const name = commandName(args);
  const one = COMMANDS.filter((c) => name !== undefined && c.names.includes(name));
  return one.length ? one : COMMANDS;
}

// Every CLI command, in the order `sidelines --help` lists them. A command is a function that adds itself to the
// program; it stays thin and calls the library.
import type { Command } from 'commander';
import { registerExtract } from './extract.js';
import { registerNer } from './ner.js';
import { registerTrain } from './train.js';
import { registerIngest } from './ingest.js';
import { registerEvents } from './events.js';
import { registerEntity } from './entity.js';
import { registerRelations } from './relations.js';
import { registerSearch } from './search.js';
import { registerExport } from './export.js';
import { registerEval } from './eval.js';

export const COMMANDS: ReadonlyArray<(program: Command) => void> = [registerExtract, registerNer, registerTrain,
  registerIngest, registerEvents, registerEntity, registerRelations, registerSearch, registerExport, registerEval];

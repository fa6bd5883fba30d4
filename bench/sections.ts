// The benchmark sections `npm run bench` runs, in order.
import { extraction } from './extract.js';
import { ingest } from './ingest.js';
import { ner } from './ner.js';
export interface BenchSection {
  name: string;
  title: string;
  run(): Promise<void>;
}

export const SECTIONS: BenchSection[] = [extraction, ner, ingest];

// Feature templates: each is a conjunction of token attributes at offsets from the tagged token. The interpreter is
// in features.ts; a trained model stores the templates it was trained with, so this table only sets new training.

/** Token attributes, computed once per token (see features.ts for what each one holds). */
export const ATTRIBUTES = [
  'form', 'lower', 'shape', 'shapeLong', 'p1', 'p2', 'p3', 'p4', 's1', 's2', 's3', 's4', 's5',
  'c1', 'c2', 'c3', 'hyphenHead', 'hyphenTail', 'gaz', 'first', 'sentCaps', 'docCase',
] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

/** One conjunct: an attribute of the token at `offset` from the current one. */
export type Part = readonly [offset: number, attribute: Attribute];
export interface Template {
  name: string;
  parts: readonly Part[];
}

const at = (name: string, ...parts: Part[]): Template => ({ name, parts });
const window = (attribute: Attribute, offsets: readonly number[]): Template[] =>
  offsets.map((o) => at(`${attribute}@${o}`, [o, attribute]));

export const DEFAULT_TEMPLATES: readonly Template[] = [
  at('bias'),
  at('form@0', [0, 'form']),
  ...window('lower', [-2, -1, 0, 1, 2]),
  ...window('shape', [-1, 0, 1]),
  at('shapeLong@0', [0, 'shapeLong']),
  at('shape@-1|shape@0', [-1, 'shape'], [0, 'shape']),
  at('shape@0|shape@1', [0, 'shape'], [1, 'shape']),
  at('lower@-1|lower@0', [-1, 'lower'], [0, 'lower']),
  at('lower@0|lower@1', [0, 'lower'], [1, 'lower']),
  at('lower@-1|shape@0', [-1, 'lower'], [0, 'shape']),
  at('shape@0|lower@1', [0, 'shape'], [1, 'lower']),
  ...(['p1', 'p2', 'p3', 'p4', 's1', 's2', 's3', 's4', 's5'] as const).map((a) => at(`${a}@0`, [0, a])),
  ...window('c1', [-1, 0, 1]),
  ...window('c2', [-2, -1, 0, 1, 2]),
  ...window('c3', [-1, 0, 1]),
  at('c2@-1|c2@0', [-1, 'c2'], [0, 'c2']),
  at('c2@0|c2@1', [0, 'c2'], [1, 'c2']),
  at('hyphenHead@0', [0, 'hyphenHead']),
  at('hyphenTail@0', [0, 'hyphenTail']),
  ...window('gaz', [-1, 0, 1]),
  at('gaz@0|shape@0', [0, 'gaz'], [0, 'shape']),
  at('first|shape@0', [0, 'first'], [0, 'shape']),
  at('first|lower@0', [0, 'first'], [0, 'lower']),
  at('sentCaps|shape@0', [0, 'sentCaps'], [0, 'shape']),
  at('sentCaps|lower@0', [0, 'sentCaps'], [0, 'lower']),
  at('docCase@0|shape@0', [0, 'docCase'], [0, 'shape']),
  at('docCase@0|first', [0, 'docCase'], [0, 'first']),
];

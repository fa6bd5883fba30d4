// Reading the verb group around a trigger: which word forms are verbs here, voice, negation, tense and modality.
// A light substitute for a parser, enough for the genre's declarative sentences.
import { EVENT_PATTERNS, FUTURE_MARKERS, HYPOTHETICAL_MARKERS, NEGATIONS, type EventPattern } from '../data/event-patterns.js';
import type { Token } from '../nlp/doc.js';

export type Tense = 'past' | 'future' | 'present';

export interface VerbGroup {
  /** First token of the verb group (auxiliaries and adverbs before the trigger). */
  from: number;
  passive: boolean;
  negated: boolean;
  hypothetical: boolean;
  tense: Tense;
  /** Perfect aspect ("has trained"): an unspecified past. */
  perfect: boolean;
  /** The trigger is an infinitive ("to meet") governed by the word before "to". */
  governor?: string;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am', 'get', 'got', 'gets']);
const HAVE = new Set(['has', 'have', 'had', "'ve", 'having']);
const DO = new Set(['do', 'does', 'did']);
const MODALS = new Set(['will', "'ll", 'shall', 'would', "'d", 'could', 'can', 'may', 'might', 'should', 'must']);
const ADVERBS = new Set(['also', 'then', 'later', 'earlier', 'reportedly', 'separately', 'subsequently', 'jointly', 'formally',
  'officially', 'publicly', 'personally', 'briefly', 'recently', 'previously', 'already', 'again', 'once', 'now', 'just',
  'first', 'finally', 'eventually', 'further', 'strongly', 'sharply', 'repeatedly', 'firmly', 'quickly', 'immediately',
  'directly', 'privately', 'virtually', 'bilaterally', 'specifically', 'explicitly', 'openly', 'indirectly', 'both',
  'all', 'each', 'still', 'yet', 'even', 'only', 'today', 'yesterday', 'closely', 'successfully', 'unanimously',
  'swiftly', 'widely', 'heavily', 'publically', 'allegedly', 'apparently', 'never', 'not', "n't", 'no', 'longer']);
const DETERMINERS_BEFORE_NOUN = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its',
  'our', 'my', 'your', 'of', 'for', 'in', 'on', 'at', 'with', 'from', 'during', 'after', 'before', 'by', 'about', 'any',
  'no', 'each', 'every', 'such', 'another', 'first', 'second', 'last', 'next', 'new', 'annual', 'joint', 'bilateral',
  'upcoming', 'planned', 'official', 'two', 'three', 'several', 'many', 'some', 'other', 'previous', 'recent',
  'latest', 'formal', 'state', 'working', 'brief', 'virtual', "'s"]);

export interface TriggerForm {
  pattern: EventPattern;
  form: 'base' | 's' | 'ed' | 'ing' | 'irregular';
}

let index: Map<string, TriggerForm[]> | undefined;

/** Word form → the patterns it may trigger. */
export function triggerIndex(): Map<string, TriggerForm[]> {
  if (index) return index;
  index = new Map();
  for (const pattern of EVENT_PATTERNS) {
    const lemma = pattern.verb.split(' ')[0];
    const forms = pattern.forms ? pattern.forms.map((f) => [f, classify(f, lemma)] as const) : regularForms(lemma);
    for (const [form, kind] of forms) {
      const list = index.get(form) ?? [];
      list.push({ pattern, form: kind });
      index.set(form, list);
    }
  }
  return index;
}

function classify(form: string, lemma: string): TriggerForm['form'] {
  if (form === lemma) return 'base';
  if (form.endsWith('ing')) return 'ing';
  if (form.endsWith('ed')) return 'ed';
  if (form === lemma + 's' || form === lemma + 'es' || form.endsWith('ies')) return 's';
  return 'irregular';
}

function regularForms(lemma: string): (readonly [string, TriggerForm['form']])[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const ys = /[^aeiou]y$/.test(lemma);
  return [
    [lemma, 'base'],
    [ys ? lemma.slice(0, -1) + 'ies' : /(s|sh|ch|x|z)$/.test(lemma) ? lemma + 'es' : lemma + 's', 's'],
    [ys ? lemma.slice(0, -1) + 'ied' : lemma.endsWith('e') ? lemma + 'd' : lemma + 'ed', 'ed'],
    [(lemma.endsWith('ee') ? lemma : stem) + 'ing', 'ing'],
  ];
}

/** Whether the trigger form at token i is a verb here, not a noun ("the meeting", "held talks") or an adjective. */
export function isVerbUse(tokens: Token[], i: number, form: TriggerForm['form'], sentenceStart: number): boolean {
  const prev = i > sentenceStart ? tokens[i - 1] : undefined;
  const prevLower = prev?.lower ?? '';
  if (tokens[i].text !== tokens[i].lower && i > sentenceStart) return false; // "Meet", "Talks" inside a heading or name
  switch (form) {
    case 'ing':
      return BE.has(prevLower) || ['after', 'before', 'while', 'when', 'by', 'since', ',', 'in', 'began', 'begun', 'started',
        'continued', 'continue', 'continues', 'kept', 'stopped', 'resumed'].includes(prevLower);
    case 'base':
      // a present tense after a plural subject ("critics blame him", "the two countries share") is told by what
      // follows: an object or a particle, not another noun
      return MODALS.has(prevLower) || DO.has(prevLower) || prevLower === 'to' || prevLower === "n't" || prevLower === 'not' ||
        prevLower === 'they' || prevLower === 'we' || prevLower === 'i' || prevLower === 'and' && i - 2 >= sentenceStart && isVerbish(tokens[i - 2]) ||
        (prev !== undefined && (prev.text === ',' || /^\p{Lu}|s$/u.test(prev.text)) && !/^('s|’s|')$/.test(prev.text) &&
          !DETERMINERS_BEFORE_NOUN.has(prevLower) && OBJECT_STARTS.has(tokens[i + 1]?.lower ?? ''));
    case 's':
      // "imposed sanctions", "new sanctions", "phone calls": after a verb or an adjective the form is a plural noun
      return !prev || !DETERMINERS_BEFORE_NOUN.has(prevLower) && prev.kind !== 'number' && !NOUN_ADJECTIVES.has(prevLower) &&
        !(triggerIndex().has(prevLower) && prev.text === prevLower);
    case 'ed':
    case 'irregular':
      return !prev || !(DETERMINERS_BEFORE_NOUN.has(prevLower) && prevLower !== 'by' && prevLower !== "'s");
  }
}

/** Adjectives that make the word after them a noun ("new sanctions", "fresh attacks"). */
const NOUN_ADJECTIVES = new Set(['new', 'further', 'more', 'fresh', 'additional', 'economic', 'financial', 'tough', 'tougher',
  'sweeping', 'targeted', 'unilateral', 'international', 'western', 'punitive', 'secondary', 'military', 'deadly', 'repeated',
  'recent', 'continued', 'renewed', 'retaliatory', 'coordinated', 'such', 'these', 'those']);

const REPORTING_VERBS = new Set(['said', 'says', 'announced', 'announces', 'told', 'stated', 'confirmed', 'declared', 'promised', 'pledged', 'vowed', 'added', 'insisted']);

/** Participles that cannot stand right before these prepositions in the active voice: without an auxiliary they
 * open a reduced passive ("three companies accused of supplying drones", "a militia blamed for the attack"). */
const REDUCED_PASSIVE_PREPOSITIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['of', new Set(['accused', 'suspected', 'convicted'])],
  ['for', new Set(['blamed', 'criticised', 'criticized', 'condemned', 'praised', 'sanctioned', 'arrested', 'detained', 'punished'])],
  ['with', new Set(['charged'])],
]);

/** Participles that open a reduced relative clause before "to" ("a group linked to Iran", "firms believed to be…"). */
const RELATIVE_PARTICIPLES_BEFORE_TO = new Set(['linked', 'tied', 'close', 'loyal', 'believed', 'suspected', 'alleged', 'said', 'reported', 'thought', 'known']);

/** Whether token k opens a reduced relative clause after a noun ("firms accused of helping Iran"): what follows
 * describes the noun, and is no part of the verb's own object. */
export function opensReducedRelative(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1]?.lower ?? '';
  return REDUCED_PASSIVE_PREPOSITIONS.get(next)?.has(tokens[k].lower) === true || (next === 'to' && RELATIVE_PARTICIPLES_BEFORE_TO.has(tokens[k].lower));
}

const isVerbish = (t: Token): boolean => /(ed|s)$/.test(t.lower);

/** Words that open a verb's object or complement: after a bare plural noun, they show the noun's verb. */
const OBJECT_STARTS = new Set(['him', 'her', 'them', 'it', 'us', 'the', 'a', 'an', 'his', 'their', 'its', 'for', 'on', 'with', 'that', 'to', 'out']);

/** The verb group ending at trigger token i: auxiliaries, adverbs and negation before it. */
export function readVerbGroup(tokens: Token[], i: number, sentenceStart: number): VerbGroup {
  let from = i;
  let passive = false;
  let negated = false;
  let perfect = false;
  let modal: string | undefined;
  let hasBe = false;
  let j = i - 1;
  while (j >= sentenceStart && i - j <= 5) {
    const w = tokens[j].lower;
    if (BE.has(w)) hasBe = true;
    else if (HAVE.has(w)) perfect = true;
    else if (MODALS.has(w)) modal ??= w;
    else if (NEGATIONS.has(w) && w !== 'rejected') negated = true;
    else if (!(ADVERBS.has(w) || DO.has(w))) break;
    from = j;
    j--;
  }
  const trigger = tokens[i].lower;
  passive = hasBe && /(ed|en|wn|met|held|sent|built|hit|struck|left|told|shot|cut|sought|given|taken|made|seen|done)$/.test(trigger) && !/ing$/.test(trigger);
  if (!hasBe && !perfect && REDUCED_PASSIVE_PREPOSITIONS.get(tokens[i + 1]?.lower ?? '')?.has(trigger)) passive = true;
  // "to meet": governed by what stands before "to" ("agreed to meet", "plans to visit", "went to Moscow to attend")
  let governor: string | undefined;
  if (tokens[i - 1]?.lower === 'to' && i - 1 >= sentenceStart) {
    governor = tokens[i - 2]?.lower ?? '';
    from = i - 1;
    // "agreed to deepen … and to train": a second infinitive has the first one's governor
    if (/^(and|or|,)$/.test(governor)) {
      for (let k = i - 3; k > sentenceStart && k > i - 20; k--) {
        if (tokens[k].lower === 'to') { governor = tokens[k - 1]?.lower ?? ''; break; }
      }
    }
  }
  const before = tokens.slice(Math.max(sentenceStart, from - 3), from).map((t) => t.lower);
  // "announced that Germany would deliver": in reported speech "would" is a future, not a condition
  const reported = modal === 'would' && tokens.slice(sentenceStart, from).some((t) => REPORTING_VERBS.has(t.lower));
  const hypothetical = (modal !== undefined && HYPOTHETICAL_MARKERS.has(modal) && !reported) || before.some((w) => w === 'if' || w === 'unless' || w === 'whether');
  const future = modal === 'will' || modal === "'ll" || modal === 'shall' || reported || (governor !== undefined && FUTURE_MARKERS.has(governor)) ||
    (hasBe && before.includes('going')) || tokens[i - 1]?.lower === 'be' && tokens[i - 2]?.lower === 'will';
  if (before.some((w) => NEGATIONS.has(w) && w !== 'rejected' && w !== 'refused' && w !== 'declined')) negated = true;
  const tense: Tense = future ? 'future' : /(ed|en)$/.test(trigger) || !/(s|ing)$/.test(trigger) || perfect || hasBe && ['was', 'were'].some((w) => before.includes(w)) ? 'past' : 'present';
  return { from, passive, negated, hypothetical, tense, perfect, governor };
}

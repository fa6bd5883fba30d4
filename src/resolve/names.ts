// Name keys: the comparable form of a name across articles ("Sergey Lavrov", "SERGEY LAVROV", "Sergeï Lavrov" →
// "sergey lavrov"), and the parts of a person's name that resolution weighs.

/** Forms of address and generational suffixes that are not part of what identifies a person. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'hon', 'he', 'shri', 'smt', 'sri']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Lower case, accents and punctuation removed, white space collapsed. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface PersonName {
  key: string;
  /** Given names and initials, in order ("lloyd", "j"). */
  given: string[];
  /** The last word, taken as the family name; for a one-word name, that word. */
  last: string;
}

/** A person's name split for comparison; forms of address and suffixes ("Jr", "III") are dropped. */
export function personName(name: string): PersonName {
  const words = nameKey(name).split(' ').filter(Boolean);
  while (words.length > 1 && HONORIFICS.has(words[0])) words.shift();
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1])) words.pop();
  const last = words.pop() ?? '';
  return { key: [...words, last].join(' '), given: words, last };
}

/** Whether two lists of given names can belong to one person: the first names agree, or one is the other's
 * initial ("S." and "Subrahmanyam"); middle names are ignored because reports drop them freely. */
export function givenNamesAgree(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const [x, y] = [a[0], b[0]];
  if (x === y) return true;
  if (x.length === 1 || y.length === 1) return x[0] === y[0];
  return false;
}

/** The comparable form of an office title: case, "the", and US/UK spellings folded ("Defense" = "Defence"). */
export function titleKey(title: string): string {
  return nameKey(title)
    .replace(/\bdefense\b/g, 'defence')
    .replace(/\bthe\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// Words that take a full stop without ending a sentence. Lower-cased, without the stop.

/** Titles, ranks and honorifics that stand before a name ("Lt. Gen. Nurlan Yermekbayev"). */
export const TITLE_ABBREVIATIONS: readonly string[] = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'pres', 'amb', 'sec', 'hon', 'rev', 'fr', 'sr', 'jr', 'st',
  'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'cmdr', 'cdr', 'adm', 'brig', 'sgt', 'cpl', 'pvt', 'lieut', 'ret',
  'insp', 'supt', 'dept', 'asst', 'assoc', 'mgr', 'messrs', 'mme', 'mlle', 'gens', 'rt', 'h.e', 'excy',
];

/** Other abbreviations common in news text. */
export const OTHER_ABBREVIATIONS: readonly string[] = [
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'no', 'nos', 'vol', 'vs', 'v', 'etc', 'approx', 'est', 'inc', 'ltd', 'co', 'corp', 'bros', 'plc', 'llc',
  'ave', 'blvd', 'rd', 'mt', 'ft', 'km', 'mi', 'fig', 'al', 'cf', 'ca', 'ed', 'eds', 'govt', 'intl', 'natl',
];

/** Abbreviations after which a capitalised word still does not start a new sentence. */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([...TITLE_ABBREVIATIONS, 'no', 'nos', 'vol', 'vs', 'v', 'fig', 'cf', 'mt', 'ft', 'st']);

export const ABBREVIATIONS: ReadonlySet<string> = new Set([...TITLE_ABBREVIATIONS, ...OTHER_ABBREVIATIONS]);

/** Words that, capitalised after an abbreviation such as "U.S.", show that a new sentence has begun. */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'our', 'this', 'that',
  'these', 'those', 'there', 'in', 'on', 'at', 'but', 'and', 'however', 'meanwhile', 'also', 'after', 'before',
  'during', 'while', 'when', 'if', 'as', 'both', 'according', 'earlier', 'later', 'last', 'on', 'for', 'what',
]);

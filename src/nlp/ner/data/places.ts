// Country names and short forms the world-countries table lacks, as news writes them. Lower-cased phrases.
export const COUNTRY_EXTRAS: readonly string[] = [
  'u.s.', 'us', 'usa', 'u.s.a.', 'america', 'united states of america', 'uk', 'u.k.', 'britain', 'great britain',
  'england', 'scotland', 'wales', 'northern ireland', 'russia', 'south korea', 'north korea', 'iran', 'syria',
  'taiwan', 'palestine', 'vatican', 'burma', 'ivory coast', 'czech republic', 'holland', 'soviet union', 'ussr',
  'yugoslavia', 'west germany', 'east germany', 'west bank', 'gaza', 'gaza strip', 'kosovo', 'macedonia',
  'bosnia', 'herzegovina', 'congo', 'drc', 'uae', 'u.a.e.', 'prc', 'dprk', 'rok', 'zaire', 'hong kong', 'tibet',
  'kashmir', 'crimea', 'donbas', 'chechnya',
];

/** Demonyms and adjectives missing from world-countries' table. */
export const DEMONYM_EXTRAS: readonly string[] = [
  'european', 'europeans', 'african', 'africans', 'asian', 'asians', 'arab', 'arabs', 'western', 'soviet', 'latin',
  'kurdish', 'kurds', 'kurd', 'palestinian', 'palestinians', 'israeli', 'israelis', 'british', 'english', 'scottish',
  'welsh', 'dutch', 'bosnian', 'serb', 'serbs', 'croat', 'croats', 'muslim', 'muslims', 'christian', 'christians',
  'jewish', 'jews', 'sunni', 'shia', 'shi\'ite', 'catholic', 'islamic', 'pashtun', 'baloch', 'uighur', 'uyghur',
  'tamil', 'sikh', 'hindu', 'chechen', 'tatar', 'basque', 'catalan', 'flemish', 'walloon', 'latino', 'hispanic',
];

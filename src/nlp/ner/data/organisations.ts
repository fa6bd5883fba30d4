// Organisation names and the head words that end organisation names. Lower-cased phrases as the tokenizer splits
// them; matched as gazetteers, so a listed name is a hint the model weighs, not a rule.

/** Well-known organisations of the diplomacy and defence beat, short and long forms. */
export const ORGANISATIONS: readonly string[] = [
  'united nations', 'un', 'u.n.', 'un security council', 'security council', 'general assembly', 'nato',
  'north atlantic treaty organization', 'european union', 'eu', 'european commission', 'european parliament',
  'council of europe', 'osce', 'african union', 'au', 'asean', 'association of southeast asian nations', 'saarc',
  'shanghai cooperation organisation', 'shanghai cooperation organization', 'sco', 'brics', 'g7', 'g20', 'g-7',
  'g-20', 'opec', 'wto', 'world trade organization', 'imf', 'international monetary fund', 'world bank', 'who',
  'world health organization', 'iaea', 'international atomic energy agency', 'unesco', 'unicef', 'unhcr', 'icc',
  'international criminal court', 'international court of justice', 'icj', 'interpol', 'red cross',
  'international committee of the red cross', 'icrc', 'arab league', 'gulf cooperation council', 'gcc', 'ecowas',
  'csto', 'collective security treaty organization', 'quad', 'aukus', 'apec', 'oas', 'mercosur', 'commonwealth',
  'pentagon', 'white house', 'kremlin', 'state department', 'foreign office', 'cia', 'fbi', 'nsa', 'mossad',
  'fsb', 'kgb', 'mi6', 'isi', 'raw', 'drdo', 'isro', 'nasa', 'congress', 'senate', 'house of representatives',
  'parliament', 'duma', 'knesset', 'bundestag', 'politburo', 'taliban', 'taleban', 'hamas', 'hezbollah',
  'hizbollah', 'al-qaeda', 'al-qaida', 'al qaeda', 'islamic state', 'isis', 'isil', 'boko haram', 'al-shabaab',
  'houthis', 'pkk', 'ira', 'eta', 'plo', 'fatah', 'reuters', 'associated press', 'afp', 'tass', 'xinhua', 'bbc',
  'cnn', 'lockheed martin', 'boeing', 'raytheon', 'northrop grumman', 'general dynamics', 'bae systems', 'airbus',
  'thales', 'dassault', 'dassault aviation', 'leonardo', 'rheinmetall', 'saab', 'rostec', 'rosoboronexport',
  'almaz-antey', 'sukhoi', 'mikoyan', 'hindustan aeronautics', 'hal', 'bharat electronics', 'norinco', 'avic',
  'israel aerospace industries', 'rafael', 'elbit', 'elbit systems', 'mbda', 'naval group', 'kongsberg',
  'hanwha', 'hyundai rotem', 'mitsubishi heavy industries', 'embraer', 'gazprom', 'rosneft', 'aramco',
];

/** Words that end organisation names: "Ministry", "Army", "Bank", "Council". */
export const ORGANISATION_HEADS: readonly string[] = [
  'ministry', 'department', 'agency', 'council', 'committee', 'commission', 'army', 'navy', 'air force', 'forces',
  'command', 'corps', 'guard', 'police', 'party', 'front', 'movement', 'union', 'league', 'association',
  'federation', 'organisation', 'organization', 'institute', 'university', 'college', 'school', 'bank', 'fund',
  'group', 'company', 'corporation', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.', 'plc', 'co.', 'airlines',
  'airways', 'club', 'united', 'city', 'rovers', 'fc', 'board', 'court', 'tribunal', 'office', 'bureau', 'service',
  'authority', 'assembly', 'parliament', 'congress', 'senate', 'cabinet', 'government', 'administration',
  'brigade', 'battalion', 'regiment', 'division', 'fleet', 'squadron', 'alliance', 'coalition', 'foundation',
  'times', 'post', 'news', 'agency', 'television', 'radio', 'exchange', 'industries', 'systems', 'technologies',
];

/** Words that end place names: "River", "Strait", "Province". */
export const PLACE_HEADS: readonly string[] = [
  'river', 'sea', 'ocean', 'gulf', 'bay', 'strait', 'straits', 'lake', 'mountain', 'mountains', 'mount', 'island',
  'islands', 'peninsula', 'valley', 'desert', 'province', 'region', 'state', 'county', 'district', 'city', 'border',
  'coast', 'canal', 'pass', 'plateau', 'heights', 'street', 'square', 'airport', 'port', 'harbour', 'harbor',
];

/** Month and day names: capitalised, but not names in CoNLL's sense. */
export const TIME_WORDS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'jan.', 'feb.',
  'aug.', 'sept.', 'oct.', 'nov.', 'dec.',
];

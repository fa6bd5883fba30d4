// Generic actors: nouns that stand for a country's government, forces or people ("the government", "Serbian
// police", "Turkish forces", "protesters"). PLOVER codes them as the country with a sector; so do we: the actor is
// the country entity, and the sector says which part of it acted.

export type Sector = 'government' | 'military' | 'police' | 'civilians' | 'opposition' | 'rebels' | 'media' | 'business' | 'judiciary';

export interface GenericActor {
  words: readonly string[];
  sector: Sector;
  /** Whether an unqualified mention ("the government", "protesters") belongs to the article's home country. */
  homeByDefault: boolean;
}

export const GENERIC_ACTORS: readonly GenericActor[] = [
  { words: ['government', 'governments', 'administration', 'authorities', 'regime', 'cabinet', 'officials', 'official', 'ministry', 'foreign ministry', 'defence ministry', 'defense ministry', 'state department', 'delegation', 'delegations', 'diplomats', 'leadership', 'leaders', 'side', 'state'], sector: 'government', homeByDefault: true },
  { words: ['country', 'nation'], sector: 'government', homeByDefault: false },
  { words: ['army', 'military', 'troops', 'soldiers', 'forces', 'armed forces', 'navy', 'air force', 'warplanes', 'jets', 'warships', 'militaries', 'officers', 'army officers', 'peacekeepers', 'peacekeeping troops', 'commandos', 'paratroopers', 'marines', 'sailors', 'servicemen'], sector: 'military', homeByDefault: false },
  { words: ['police', 'riot police', 'security forces', 'police officers', 'policemen'], sector: 'police', homeByDefault: true },
  { words: ['protesters', 'protestors', 'demonstrators', 'activists', 'students', 'crowds', 'crowd', 'civilians', 'residents', 'citizens', 'people', 'workers', 'farmers', 'voters', 'prisoners', 'refugees', 'youths', 'villagers', 'landowners', 'teachers', 'doctors', 'nationals', 'inhabitants', 'migrants', 'fishermen', 'supporters', 'elders', 'tribesmen', 'detainees', 'hostages', 'pilgrims'], sector: 'civilians', homeByDefault: true },
  { words: ['opposition', 'opposition parties', 'opposition party', 'critics', 'lawmakers', 'parliament', 'legislators', 'members of parliament', 'opposition groups', 'dissidents', 'opposition leaders'], sector: 'opposition', homeByDefault: true },
  { words: ['rebels', 'militants', 'insurgents', 'fighters', 'guerrillas', 'extremists', 'fundamentalists', 'islamists', 'separatists', 'jihadists', 'gunmen', 'militias', 'militia', 'terrorists'], sector: 'rebels', homeByDefault: false },
  { words: ['media', 'state media', 'state television', 'state tv', 'state news agency', 'press'], sector: 'media', homeByDefault: false },
  { words: ['companies', 'firms', 'businesses', 'company', 'firm'], sector: 'business', homeByDefault: false },
  { words: ['court', 'courts', 'prosecutors', 'prosecutor', 'judge', 'judges', 'investigators', 'supreme court', 'high court'], sector: 'judiciary', homeByDefault: true },
];

/** Nouns that name an organisation already mentioned ("the embassy", "the ministry", "the alliance"). */
export const ORG_DESCRIPTIONS: readonly string[] = [
  'embassy', 'ministry', 'agency', 'council', 'alliance', 'bloc', 'organisation', 'organization', 'group', 'movement',
  'airline', 'carrier', 'company', 'department', 'commission', 'union', 'court', 'party', 'militia', 'army', 'navy',
  'force', 'coalition', 'body', 'institute', 'academy', 'office', 'bank', 'fund',
];

/** Phrases that refer to the participants of the latest meeting ("the two leaders agreed", "they called on"). */
export const GROUP_REFERENCES: readonly string[] = [
  'they', 'both', 'the two', 'both sides', 'the two sides', 'the two leaders', 'the two ministers', 'the leaders',
  'the ministers', 'the foreign ministers', 'the defence ministers', 'the defense ministers', 'the two countries',
  'both countries', 'the two men', 'the two officials', 'the two presidents', 'the two governments', 'the pair',
  'the sides', 'the delegations', 'the two delegations', 'both leaders', 'both ministers', 'the officials',
  'the two allies', 'both allies', 'the allies', 'the two nations', 'both nations', 'the two neighbours', 'the two neighbors',
  'the neighbours', 'the neighbors', 'the two partners', 'the partners',
];

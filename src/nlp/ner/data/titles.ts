// Titles, ranks and offices that stand before or after a person's name. Lower-cased phrases, as the tokenizer
// splits them; matched as a gazetteer, so the model learns how much to trust them.
export const TITLES: readonly string[] = [
  'president', 'vice president', 'prime minister', 'deputy prime minister', 'minister', 'foreign minister',
  'defence minister', 'defense minister', 'interior minister', 'finance minister', 'secretary', 'secretary of state',
  'secretary-general', 'secretary general', 'under secretary', 'assistant secretary', 'deputy secretary',
  'ambassador', 'envoy', 'special envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'chancellor', 'premier',
  'king', 'queen', 'prince', 'princess', 'sheikh', 'emir', 'sultan', 'crown prince', 'pope', 'cardinal', 'bishop',
  'archbishop', 'rabbi', 'imam', 'ayatollah', 'senator', 'sen.', 'congressman', 'congresswoman', 'representative',
  'rep.', 'governor', 'gov.', 'mayor', 'chairman', 'chairwoman', 'chair', 'chief', 'director', 'director-general',
  'commissioner', 'judge', 'justice', 'attorney general', 'prosecutor', 'counsellor', 'counselor', 'adviser',
  'advisor', 'national security adviser', 'lawmaker', 'mp', 'leader', 'opposition leader', 'speaker', 'deputy',
  'general', 'gen.', 'lieutenant general', 'lt. gen.', 'major general', 'maj. gen.', 'brigadier', 'brig.',
  'brigadier general', 'brig. gen.', 'colonel', 'col.', 'lieutenant colonel', 'lt. col.', 'major', 'maj.',
  'captain', 'capt.', 'lieutenant', 'lt.', 'sergeant', 'sgt.', 'admiral', 'adm.', 'vice admiral', 'vice adm.',
  'rear admiral', 'rear adm.', 'commander', 'cmdr.', 'marshal', 'field marshal', 'air marshal', 'air chief marshal',
  'chief of staff', 'chief of army staff', 'chief of defence staff', 'army chief', 'navy chief', 'commandant',
  'mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'prof.', 'professor', 'sir', 'lord', 'lady', 'dame',
  'his excellency', 'her excellency', 'h.e.', 'coach', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper',
  'chief executive', 'ceo', 'president-elect', 'foreign secretary', 'home secretary', 'defence secretary',
  'defense secretary', 'state councillor', 'state councilor', 'vice-president', 'vice-chairman', 'deputy minister',
];

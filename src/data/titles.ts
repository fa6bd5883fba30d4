// Titles, offices and ranks that stand before or beside a person's name. The title matcher
// (src/extract/titles.ts) expands these: every portfolio into every ministerial pattern, every office and rank
// with an optional qualifier ("Deputy", "Acting"), hyphenated and spaced spellings, Defence and Defense.

/** Portfolios of ministers and secretaries. `canonical` names the office the same way whatever the wording:
 * "Minister of Foreign Affairs" and "Foreign Minister" are both the Foreign Minister. */
export interface Portfolio {
  names: readonly string[];
  canonical: string;
}

export const PORTFOLIOS: readonly Portfolio[] = [
  { names: ['Defence', 'Defense', 'National Defence', 'National Defense', 'Armed Forces', 'War'], canonical: 'Defence' },
  { names: ['Foreign', 'Foreign Affairs', 'External Affairs', 'External Relations', 'Foreign Relations', 'International Relations'], canonical: 'Foreign' },
  { names: ['Home', 'Home Affairs', 'Interior', 'Internal Affairs'], canonical: 'Interior' },
  { names: ['Finance', 'Treasury', 'Economy', 'Economic Affairs', 'Economy and Finance'], canonical: 'Finance' },
  { names: ['Trade', 'Commerce', 'Foreign Trade', 'Industry', 'Trade and Industry', 'Commerce and Industry', 'International Trade'], canonical: 'Trade' },
  { names: ['Energy', 'Oil', 'Petroleum', 'Mines', 'Mines and Energy', 'Energy and Mines'], canonical: 'Energy' },
  { names: ['Health', 'Public Health'], canonical: 'Health' },
  { names: ['Justice', 'Law', 'Law and Justice'], canonical: 'Justice' },
  { names: ['Education'], canonical: 'Education' },
  { names: ['Agriculture'], canonical: 'Agriculture' },
  { names: ['Transport', 'Transportation'], canonical: 'Transport' },
  { names: ['Information', 'Communications', 'Information and Broadcasting'], canonical: 'Information' },
  { names: ['Environment', 'Climate', 'Climate Change'], canonical: 'Environment' },
  { names: ['Labour', 'Labor', 'Employment'], canonical: 'Labour' },
  { names: ['Security', 'State Security', 'National Security', 'Public Security', 'Homeland Security'], canonical: 'Security' },
  { names: ['Intelligence'], canonical: 'Intelligence' },
  { names: ['Emergency Situations', 'Emergencies'], canonical: 'Emergencies' },
  { names: ['Development', 'International Development', 'International Cooperation', 'Development Cooperation'], canonical: 'Development' },
  { names: ['European Affairs', 'Europe'], canonical: 'European Affairs' },
  { names: ['Culture', 'Tourism', 'Culture and Tourism'], canonical: 'Culture' },
  { names: ['Immigration', 'Migration'], canonical: 'Immigration' },
  { names: ['Veterans Affairs'], canonical: 'Veterans Affairs' },
  { names: ['Water Resources', 'Water'], canonical: 'Water' },
  { names: ['Planning'], canonical: 'Planning' },
];

/** How a portfolio combines into a ministerial title; {P} is a portfolio name. The office is `{canonical} {head}`. */
export const MINISTERIAL_PATTERNS: readonly { pattern: string; head: 'Minister' | 'Secretary' }[] = [
  { pattern: '{P} Minister', head: 'Minister' },
  { pattern: 'Minister of {P}', head: 'Minister' },
  { pattern: 'Minister for {P}', head: 'Minister' },
  { pattern: 'Minister of State for {P}', head: 'Minister' },
  { pattern: '{P} Secretary', head: 'Secretary' },
  { pattern: 'Secretary of {P}', head: 'Secretary' },
  { pattern: 'Secretary for {P}', head: 'Secretary' },
  { pattern: 'Secretary of State for {P}', head: 'Secretary' },
  { pattern: 'Minister of {P} Affairs', head: 'Minister' },
];

/** Offices that are titles on their own. `head` is the word a later mention may use alone ("the President"). */
export const OFFICES: readonly string[] = [
  'President', 'Vice President', 'Vice-President', 'President-elect', 'Prime Minister', 'Premier', 'Chancellor',
  'Deputy Prime Minister', 'First Deputy Prime Minister', 'Prime Minister-designate', 'Caretaker Prime Minister',
  'State Councilor', 'State Councillor', 'King', 'Queen', 'Crown Prince', 'Emir', 'Amir', 'Sultan', 'Supreme Leader', 'Leader', 'Head of State', 'Head of Government',
  'Governor', 'Governor-General', 'Mayor', 'Senator', 'Congressman', 'Congresswoman', 'Lawmaker', 'MP',
  'Member of Parliament', 'Speaker', 'Speaker of Parliament', 'Opposition Leader', 'Leader of the Opposition',
  'Minister', 'Deputy Minister', 'Vice Minister', 'State Minister', 'Minister of State', 'Cabinet Minister',
  'Secretary of State', 'Secretary', 'Under Secretary', 'Undersecretary', 'Under-Secretary', 'Vice-Minister',
  'Vice Foreign Minister', 'Deputy Foreign Minister', 'Cabinet Secretary for Defence', 'Defence Cabinet Secretary',
  'Defense Cabinet Secretary', 'Foreign Affairs Cabinet Secretary', 'Interior Cabinet Secretary', 'Under Secretary of State', 'Deputy Secretary of State',
  'Assistant Secretary of State', 'Deputy Secretary', 'Assistant Secretary', 'Permanent Secretary', 'Cabinet Secretary',
  'Foreign Secretary', 'Home Secretary', 'Defence Secretary', 'Defense Secretary', 'Press Secretary',
  'National Security Adviser', 'National Security Advisor', 'Security Adviser', 'Adviser', 'Advisor',
  'Ambassador', 'Ambassador-at-Large', 'High Commissioner', 'Envoy', 'Special Envoy', 'Special Representative',
  'Special Rapporteur', 'Special Adviser', 'Special Coordinator', 'Consul', 'Consul General', 'Consul-General',
  "Chargé d'Affaires", "Charge d'Affaires", 'Defence Attaché', 'Defense Attache', 'Military Attaché', 'Attaché',
  'Spokesperson', 'Spokesman', 'Spokeswoman', 'Military Spokesperson', 'Military Spokesman', 'Chief Spokesperson',
  'Chief of Staff', 'Chief of Defence Staff', 'Chief of the Defence Staff', 'Chief of General Staff',
  'Chief of the General Staff', 'Chief of Army Staff', 'Chief of the Army Staff', 'Chief of Naval Staff',
  'Chief of the Naval Staff', 'Chief of Air Staff', 'Chief of the Air Staff', 'Chief of Defence Forces',
  'Chief of the Defence Forces', 'Chief of Defense Forces', 'Army Chief', 'Navy Chief',
  'Air Force Chief', 'Military Chief', 'Intelligence Chief', 'Spy Chief', 'Police Chief', 'Army Commander',
  'Commander', 'Commander-in-Chief', 'Supreme Commander', 'Supreme Allied Commander', 'Chief Commander',
  'Chairman of the Joint Chiefs of Staff', 'Joint Chiefs Chairman', 'Secretary-General', 'Secretary General',
  'Deputy Secretary-General', 'Deputy Secretary General', 'Under-Secretary-General', 'Director', 'Director-General',
  'Director General', 'Chairman', 'Chairperson', 'Chairwoman', 'Chair', 'Chief Executive', 'CEO', 'Commissioner',
  'High Representative', 'Foreign Policy Chief', 'Police Director', 'Chief Constable', 'Police Commissioner',
  'Police and Crime Commissioner', 'Attorney General', 'Attorney-General', 'Chief Justice', 'Prosecutor',
  'Prosecutor General', 'Chief Prosecutor', 'General Secretary', 'Party Leader', 'Head', 'Chief', 'Leader',
  'Foreign Minister', 'Defence Minister', 'Defense Minister',
];

/** Offices as the English-language press of a country writes them in its own language: the canonical office. */
export const TRANSLATED_OFFICES: readonly { written: string; canonical: string }[] = [
  { written: 'Raksha Mantri', canonical: 'Defence Minister' },
  { written: 'Rashtrapati', canonical: 'President' },
  { written: 'Pradhan Mantri', canonical: 'Prime Minister' },
  { written: 'Videsh Mantri', canonical: 'Foreign Minister' },
  { written: 'Grih Mantri', canonical: 'Interior Minister' },
];

/** Military and police ranks. */
export const RANKS: readonly string[] = [
  'General', 'Gen.', 'Army General', 'General of the Army', 'Lieutenant General', 'Lieutenant-General', 'Lt. General',
  'Lt. Gen.', 'Lt Gen', 'Lt-Gen', 'Lt.-Gen.', 'Major General', 'Major-General', 'Maj. Gen.', 'Maj Gen', 'Maj. General',
  'Brigadier General', 'Brigadier-General', 'Brig. Gen.', 'Brig Gen', 'Brigadier', 'Brig.', 'Colonel General',
  'Colonel-General', 'Col. Gen.', 'Colonel', 'Col.', 'Lieutenant Colonel', 'Lieutenant-Colonel', 'Lt. Col.', 'Lt Col',
  'Major', 'Maj.', 'Captain', 'Capt.', 'Lieutenant', 'Lt.', 'Admiral', 'Adm.', 'Vice Admiral', 'Vice-Admiral',
  'Vice Adm.', 'Rear Admiral', 'Rear-Admiral', 'Rear Adm.', 'Fleet Admiral', 'Admiral of the Fleet', 'Commodore',
  'Air Chief Marshal', 'Air Marshal', 'Air Vice Marshal', 'Air Vice-Marshal', 'Air Commodore', 'Group Captain',
  'Wing Commander', 'Squadron Leader', 'Field Marshal', 'Marshal', 'Sergeant', 'Sgt.', 'Staff Sergeant', 'Corporal',
  'Cpl.', 'Private', 'Pvt.', 'Commandant', 'Colonel-Major', 'Colonel Major', 'General of Division', 'Division General',
  'Brigade General', 'Army Corps General', 'Air Commodore',
];

/** Words that may stand before an office without changing what it is ("Deputy", "Acting"). */
export const QUALIFIERS: readonly string[] = [
  'Deputy', 'Vice', 'Acting', 'Interim', 'First', 'Senior', 'Special', 'Chief', 'Assistant', 'Principal', 'Permanent',
  'Junior', 'Associate', 'Executive', 'Presidential', 'Federal', 'Regional', 'Caretaker', 'Top', 'Lead', 'Former',
  'Outgoing', 'Incoming', 'Then', 'Then-', 'Ex-', 'Retired', 'then-', 'ex-', 'former', 'acting', 'top', 'senior', 'Alternate',
];

/** Honorifics: part of how a person is addressed, not an office. */
export const HONORIFICS: readonly string[] = [
  'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'Prof.', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady',
  'Sheikh', 'Shaikh', 'H.E.', 'His Excellency', 'Her Excellency', 'His Majesty', 'Her Majesty', 'His Highness',
  'Her Highness', 'Rev.', 'Reverend', 'Imam', 'Ayatollah', 'Hon.', 'Honourable', 'Honorable', 'Mme', 'Mme.',
  'Shri', 'Smt.', 'Smt', 'Shrimati',
];

/** Royal styles written before a personal name ("Prince Khalid bin Salman", "Sheikh Tamim"): part of the name as
 * news writes it, so a name the model finds right after one is the same person's. */
export const ROYAL_STYLES: ReadonlySet<string> = new Set(['Prince', 'Princess', 'Crown', 'Sheikh', 'Shaikh', 'Sheikha', 'Sultan', 'Emir', 'Amir', 'King', 'Queen']);

/** Words for the same office in a later mention ("his counterpart", "the minister"). */
export const COUNTERPART_WORDS: readonly string[] = ['counterpart', 'counterparts', 'opposite number', 'equivalent'];
/** Their first words, as a later token shows them ("counterpart", "opposite"). */
export const COUNTERPART_HEADS: ReadonlySet<string> = new Set(COUNTERPART_WORDS.map((w) => w.split(' ')[0]));

/** Offices that, written without a country, belong to one: "Secretary of State" alone is the American office
 * (other governments' secretaries of state are "Secretary of State for …" or a portfolio title). */
export const OFFICE_COUNTRIES: ReadonlyMap<string, string> = new Map([
  ['Secretary of State', 'USA'], ['Deputy Secretary of State', 'USA'], ['Under Secretary of State', 'USA'],
  ['Assistant Secretary of State', 'USA'], ['Acting Assistant Secretary of State', 'USA'], ['Secretary of Defense', 'USA'],
  ['Deputy Secretary of Defense', 'USA'], ['Under Secretary of Defense', 'USA'], ['Chairman of the Joint Chiefs of Staff', 'USA'],
]);

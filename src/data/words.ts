// Closed-class words the extraction rules read: pronouns, determiners, name particles, prepositions of place.

export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself']);
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our']);
export const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['they', 'them', 'their', 'both', 'the two', 'the two sides', 'the two leaders', 'the two ministers']);

/** Lower-case words that may stand inside a person's name ("Bashar al-Assad", "Ursula von der Leyen"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'bin', 'ibn', 'bint', 'de', 'da', 'das', 'do', 'dos', 'du', 'van', 'von', 'der', 'den', 'le', 'la',
  'di', 'del', 'della', 'y', 'ben', 'abu', 'ould', 'ter', 'zu', 'af',
]);

/** Lower-case words that may stand inside an organisation's name ("Ministry of Defence", "Kurdistan Workers' Party"). */
export const ORG_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', 'on', 'de', "'s", '&', 'in']);

export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'both', 'all', 'other', 'another']);

/** Prepositions after which a place name is a location ("in Moscow"), not an actor ("Moscow said"). */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'to', 'from', 'near', 'outside', 'inside', 'into', 'across', 'around', 'via', 'through', 'toward',
  'towards', 'off', 'over', 'within', 'throughout', 'along', 'reaching', 'visiting',
]);

/** Capitalised words that begin sentences or headlines but are not names. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Its', 'Our', 'This', 'That',
  'These', 'Those', 'There', 'Here', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'Without', 'After', 'Before',
  'During', 'While', 'When', 'Where', 'What', 'Which', 'Who', 'Why', 'How', 'If', 'As', 'But', 'And', 'Or', 'So',
  'Also', 'However', 'Meanwhile', 'Earlier', 'Later', 'Last', 'Next', 'Both', 'All', 'Some', 'Many', 'Most', 'Other',
  'Such', 'According', 'Under', 'Over', 'Since', 'Until', 'Despite', 'Although', 'Though', 'Because', 'Amid',
  'Among', 'Between', 'About', 'Against', 'Following', 'Speaking', 'Addressing', 'Asked', 'Yesterday', 'Today',
  'Tomorrow', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February',
  'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Mr', 'Mrs',
  'Ms', 'No', 'Yes', 'Not', 'Now', 'Then', 'Still', 'Even', 'Only', 'Just', 'Once', 'Again', 'Further', 'Thus',
  'Therefore', 'Instead', 'Indeed', 'Moreover', 'Furthermore', 'Separately', 'Additionally', 'Finally', 'First',
  'Second', 'Third', 'One', 'Two', 'Three', 'Several', 'Each', 'Every', 'Any', 'Neither', 'Either', 'Nor', 'Upon',
  'Into', 'Through', 'Within', 'Along', 'Across', 'Around', 'Near', 'Outside', 'Inside', 'To', 'Of', 'Up', 'Out',
  'Off', 'Down', 'Our', 'My', 'Your', 'Let', 'Please', 'Thank', 'Thanks', 'Dear', 'Had', 'Has', 'Have', 'Was',
  'Were', 'Is', 'Are', 'Will', 'Would', 'Could', 'Should', 'May', 'Might', 'Must', 'Can', 'Did', 'Do', 'Does',
  'Great', 'Good', 'Happy', 'Glad', 'Pleased', 'Delighted', 'Honoured', 'Honored', 'Productive', 'Fruitful',
  'Excellent', 'Wonderful', 'Useful', 'Very', 'Minister', 'President', 'Secretary', 'Officials', 'Official',
  'Sources', 'Reports', 'Updates', 'Meet', 'Meeting', 'Talks', 'Summit', 'News', 'Breaking', 'Update', 'Photo',
  'Video', 'Read', 'See', 'Watch', 'Share', 'Office', 'Spokesperson', 'Defence', 'Defense', 'Foreign', 'Government',
  'Ministry', 'Army', 'Police', 'State', 'Media', 'Press', 'Statement', 'Joint', 'Operation', 'Article', 'Section',
  'Chapter', 'Part', 'Annex', 'Protocol', 'Treaty', 'Agreement', 'Accord', 'Pact', 'Deal', 'Plan', 'Declaration',
  'Resolution', 'Initiative', 'Strategy', 'Policy', 'Programme', 'Program', 'Project', 'Mission', 'Group',
  'Committee', 'Council', 'Commission', 'Union', 'Forces', 'Force', 'Navy', 'Air', 'Military', 'Security',
]);

/** Generational suffixes that end a person's name ("Surangel Whipps, Jr.", "Martin Luther King Jr."). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV']);

/** Words right before a place that make it a destination ("visited Dhaka", "arrived in Hanoi"): a person's trip
 * there says nothing of the person's own country. */
export const DESTINATION_CUES: ReadonlySet<string> = new Set(['visited', 'visiting', 'visits', 'toured', 'touring', 'reached', 'arrived in',
  'arrives in', 'arriving in', 'landed in', 'travelled to', 'traveled to', 'travels to', 'flew to', 'headed to', 'trip to', 'visit to', 'tour of']);

/** Nouns naming a set of actors no single one of which is meant ("urged Western allies", "called on the
 * international community"): a demand so addressed has no target the story's other actors could stand for. */
export const ACTOR_SET_NOUNS: ReadonlySet<string> = new Set(['allies', 'partners', 'community', 'countries', 'nations', 'states',
  'governments', 'donors', 'members', 'neighbours', 'neighbors', 'leaders', 'powers', 'world', 'west', 'everyone', 'all']);

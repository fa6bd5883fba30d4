// Event patterns: which words trigger which PLOVER event, with its CAMEO code, and how its actors are read.
// One interpreter (src/extract/events.ts) applies them: adding a verb is one line here.
//
// frame    how the actors are read
//   meet      a meeting of equals: the subject and the object or with-phrase; the mode follows from where it was
//   phone     a call: like meet, mode phone
//   host      the subject hosts or receives the object (mode host)
//   visit     the subject visits the object (a place or country: the country is the target; mode visit)
//   travel    the subject goes to/arrives in the place after the preposition (mode visit)
//   attend    the subject attends the organisation's meeting or summit (mode multilateral)
//   directed  the subject acts on the object (or on what follows `prep`)
//   joint     a joint activity of the subject with the object or with-phrase (both participants)
//   alone     the subject acts; the object, if an actor, is the target, else the location's country
import type { PloverType } from '../extract/types.js';

export type Frame = 'meet' | 'phone' | 'host' | 'visit' | 'travel' | 'attend' | 'directed' | 'joint' | 'alone';

export interface EventPattern {
  /** Verb lemma; regular forms are derived, irregular ones listed in `forms`. */
  verb: string;
  forms?: readonly string[];
  /** A word that must follow the verb, at once or after its object ("call for", "call X out"). */
  particle?: string;
  type: PloverType;
  cameo: string;
  mode?: string;
  frame: Frame;
  /** The target follows this preposition, or one of several ("against|into|on"): "sanctions on X". */
  prep?: string;
  /** The pattern applies only when one of these nouns follows as its object ("signed an agreement"). */
  objects?: readonly string[];
  /** The pattern applies only when an actor follows ("welcomed the minister" is hosting; "welcomed the
   * decision" is support, another pattern). */
  needsActorObject?: boolean;
  /** The object is not an actor ("welcomed the decision"). */
  needsNonActorObject?: boolean;
  /** Base confidence of events this pattern codes. */
  confidence?: number;
  /** The object may stand after a parenthetical comma ("alleged, in a letter, the airline had…"). */
  acrossCommas?: boolean;
  /** The pattern applies only to armed forces as subject ("the Syrian Army entered Tell Tamer"). */
  militarySubject?: boolean;
  /** The object must be a person ("called Putin" is a call; "calls the region Guayana Esequiba" is not). */
  personObject?: boolean;
  /** The pattern applies only when a predicate noun follows the object ("called X a dictator"), and the verb's
   * other patterns only when none does. */
  predicateNoun?: boolean;
  /** Words that may not follow the verb: "seeks to counter" is no request, "declined to comment" no refusal. */
  notBefore?: readonly string[];
}

/** What a spokesman declines to do without refusing anyone anything. */
const NO_COMMENT = ['to comment', 'to elaborate', 'to give details', 'to give further details', 'to provide details', 'to say',
  'to confirm', 'to disclose', 'to discuss', 'to specify', 'to identify', 'to be named', 'to be identified', 'comment', 'further comment'];

const MEETING_NOUNS = ['talks', 'meeting', 'meetings', 'discussions', 'discussion', 'consultations', 'negotiations', 'conversation', 'dialogue', 'summit', 'bilateral', 'bilaterals', 'session'];
const CALL_NOUNS = ['call', 'phone call', 'telephone call', 'telephone conversation', 'phone conversation', 'video call', 'videoconference', 'video conference', 'telephone talks', 'phone talks', 'virtual meeting'];
const AGREEMENT_NOUNS = ['agreement', 'agreements', 'deal', 'deals', 'treaty', 'treaties', 'accord', 'accords', 'pact', 'pacts', 'memorandum', 'memoranda', 'mou', 'mous', 'contract', 'contracts', 'declaration', 'protocol', 'charter', 'deals', 'framework', 'roadmap', 'road map', 'ceasefire', 'truce', 'statement', 'communique', 'joint statement'];
const AID_NOUNS = ['boats', 'patrol boats', 'guard boats', 'ambulances', 'trucks', 'vehicles', 'aid', 'assistance', 'support', 'equipment', 'weapons', 'arms', 'ammunition', 'vaccines', 'vaccine', 'doses', 'supplies', 'funds', 'funding', 'loan', 'loans', 'grant', 'help', 'relief', 'food', 'medicine', 'medicines', 'fuel', 'missiles', 'drones', 'tanks', 'aircraft', 'jets', 'helicopters', 'ships', 'vessels', 'systems', 'radars', 'training', 'hospital', 'package', 'troops', 'intelligence', 'material', 'materiel', 'goods', 'shelter', 'humanitarian aid', 'food aid', 'military aid', 'asylum'];
const MILITARY_AID_NOUNS = ['boats', 'patrol boats', 'guard boats', 'equipment', 'weapons', 'arms', 'ammunition', 'missiles', 'drones', 'tanks', 'aircraft', 'jets', 'helicopters', 'ships', 'vessels', 'systems', 'radars', 'training', 'hospital', 'troops'];
export const MILITARY_WORDS: ReadonlySet<string> = new Set([...MILITARY_AID_NOUNS, 'military', 'defence', 'defense', 'army', 'naval', 'navy', 'air', 'force', 'forces', 'officers', 'cadets', 'soldiers', 'troops', 'base', 'drills', 'exercise', 'exercises', 'patrols']);
/** Words near an AID trigger that make it humanitarian (CAMEO 073) or economic (071) aid. */
export const HUMANITARIAN_WORDS: ReadonlySet<string> = new Set(['humanitarian', 'relief', 'food', 'medicine', 'medicines', 'medical', 'shelter', 'vaccines', 'vaccine', 'doses', 'tents', 'rescue', 'evacuation']);
export const ECONOMIC_WORDS: ReadonlySet<string> = new Set(['economic', 'financial', 'budget', 'budgetary', 'loan', 'loans', 'grant', 'grants', 'funds', 'funding', 'credit', 'investment', 'development']);
const EXERCISE_NOUNS = ['exercise', 'exercises', 'drill', 'drills', 'war games', 'wargames', 'manoeuvres', 'maneuvers', 'patrol', 'patrols', 'operation', 'operations'];
const ATTACK_NOUNS = ['attack', 'attacks', 'offensive', 'strike', 'strikes', 'airstrike', 'airstrikes', 'air strikes', 'assault', 'invasion', 'incursion', 'raid', 'raids', 'bombing', 'bombardment', 'operation', 'military operation'];
const SOUGHT_NOUNS = ['help', 'support', 'aid', 'assistance', 'talks', 'extradition', 'clarification', 'explanation', 'release', 'ceasefire',
  'truce', 'compensation', 'access', 'permission', 'approval', 'guarantees', 'assurances', 'cooperation', 'meeting', 'dialogue', 'asylum',
  'information', 'details', 'loan', 'loans', 'funding', 'weapons', 'arms', 'answers', 'apology', 'return', 'withdrawal', 'investigation',
  'mediation', 'backing', 'protection', 'relief', 'reparations', 'sanctions'];
const PROJECTILE_NOUNS = ['rockets', 'rocket', 'missiles', 'missile', 'ballistic missiles', 'cruise missiles', 'drones', 'shells', 'mortars', 'mortar rounds', 'artillery', 'projectiles', 'salvo', 'barrage'];
const PROTEST_NOUNS = ['demonstration', 'demonstrations', 'rally', 'rallies', 'protest', 'protests', 'sit-in', 'sit-ins', 'march', 'marches', 'walkout', 'vigil'];
const STRIKE_NOUNS = ['strike', 'strikes', 'general strike', 'walkout', 'stoppage', 'work stoppage'];
const MEDIATION_NOUNS = ['mediation', 'mediation effort', 'mediation efforts', 'mediation mission', 'mediation bid', 'shuttle diplomacy'];
const SANCTION_NOUNS = ['sanctions', 'sanction', 'embargo', 'ban', 'tariffs', 'restrictions', 'penalties'];

export const EVENT_PATTERNS: readonly EventPattern[] = [
  // before the travel verbs, which would read "went on strike" as going somewhere
  { verb: 'go', forms: ['go', 'goes', 'went', 'gone'], type: 'PROTEST', cameo: '143', mode: 'strike', frame: 'alone', prep: 'against', objects: ['on strike'] },
  // CONSULT
  { verb: 'meet', forms: ['meet', 'meets', 'met', 'meeting'], type: 'CONSULT', cameo: '040', frame: 'meet' },
  { verb: 'hold', forms: ['hold', 'holds', 'held', 'holding'], type: 'CONSULT', cameo: '040', frame: 'meet', prep: 'with', objects: MEETING_NOUNS },
  { verb: 'have', forms: ['have', 'has', 'had', 'having'], type: 'CONSULT', cameo: '040', frame: 'meet', prep: 'with', objects: MEETING_NOUNS },
  { verb: 'conduct', type: 'CONSULT', cameo: '040', frame: 'meet', prep: 'with', objects: ['talks', 'negotiations', 'consultations'] },
  { verb: 'hold', forms: ['hold', 'holds', 'held', 'holding'], type: 'CONSULT', cameo: '041', mode: 'phone', frame: 'phone', prep: 'with', objects: CALL_NOUNS },
  { verb: 'have', forms: ['have', 'has', 'had', 'having'], type: 'CONSULT', cameo: '041', mode: 'phone', frame: 'phone', prep: 'with', objects: CALL_NOUNS },
  // "received a phone call from his Egyptian counterpart": the caller stands after "from"
  { verb: 'receive', type: 'CONSULT', cameo: '041', mode: 'phone', frame: 'phone', prep: 'from', objects: CALL_NOUNS },
  { verb: 'discuss', type: 'CONSULT', cameo: '040', frame: 'meet', prep: 'with' },
  { verb: 'talk', type: 'CONSULT', cameo: '040', frame: 'meet', prep: 'with' },
  { verb: 'speak', forms: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'], type: 'CONSULT', cameo: '040', frame: 'meet', prep: 'with' },
  { verb: 'confer', forms: ['confer', 'confers', 'conferred', 'conferring'], type: 'CONSULT', cameo: '040', frame: 'meet', prep: 'with' },
  { verb: 'consult', type: 'CONSULT', cameo: '040', frame: 'meet', prep: 'with' },
  { verb: 'coordinate', type: 'CONSULT', cameo: '040', frame: 'meet', prep: 'with', confidence: 0.6 },
  { verb: 'negotiate', type: 'CONSULT', cameo: '046', frame: 'meet', prep: 'with' },
  { verb: 'brief', type: 'CONSULT', cameo: '040', frame: 'meet', needsActorObject: true, confidence: 0.6 },
  { verb: 'interact', type: 'CONSULT', cameo: '040', frame: 'meet', prep: 'with', confidence: 0.7 },
  { verb: 'mediate', type: 'CONSULT', cameo: '045', frame: 'directed', prep: 'between' },
  { verb: 'phone', type: 'CONSULT', cameo: '041', mode: 'phone', frame: 'phone' },
  { verb: 'telephone', type: 'CONSULT', cameo: '041', mode: 'phone', frame: 'phone' },
  // "called Maduro a 'dictator'": naming someone so is criticism, not a telephone call
  { verb: 'call', type: 'ACCUSE', cameo: '111', frame: 'directed', needsActorObject: true, predicateNoun: true, confidence: 0.6 },
  { verb: 'call', type: 'CONSULT', cameo: '041', mode: 'phone', frame: 'phone', needsActorObject: true, personObject: true, confidence: 0.7 },
  { verb: 'call on', forms: ['call', 'calls', 'called', 'calling'], particle: 'on', type: 'CONSULT', cameo: '042', mode: 'visit', frame: 'meet', needsActorObject: true },
  { verb: 'pay', forms: ['pay', 'pays', 'paid', 'paying'], type: 'CONSULT', cameo: '042', mode: 'visit', frame: 'meet', prep: 'on', objects: ['courtesy call', 'call', 'visit', 'official visit', 'state visit', 'courtesy visit'] },
  { verb: 'dial', forms: ['dial', 'dials', 'dialed', 'dialled', 'dialing', 'dialling'], type: 'CONSULT', cameo: '041', mode: 'phone', frame: 'phone' },
  { verb: 'receive', type: 'CONSULT', cameo: '043', mode: 'host', frame: 'host', needsActorObject: true },
  { verb: 'host', type: 'CONSULT', cameo: '043', mode: 'host', frame: 'host', needsActorObject: true },
  { verb: 'welcome', type: 'CONSULT', cameo: '043', mode: 'host', frame: 'host', needsActorObject: true },
  { verb: 'invite', type: 'CONSULT', cameo: '043', mode: 'host', frame: 'host', needsActorObject: true, confidence: 0.5 },
  { verb: 'visit', type: 'CONSULT', cameo: '042', mode: 'visit', frame: 'visit' },
  { verb: 'tour', type: 'CONSULT', cameo: '042', mode: 'visit', frame: 'visit' },
  { verb: 'travel', forms: ['travel', 'travels', 'travelled', 'traveled', 'travelling', 'traveling'], type: 'CONSULT', cameo: '042', mode: 'visit', frame: 'travel' },
  { verb: 'go', forms: ['go', 'goes', 'went', 'gone'], type: 'CONSULT', cameo: '042', mode: 'visit', frame: 'travel' },
  { verb: 'fly', forms: ['fly', 'flies', 'flew', 'flown'], type: 'CONSULT', cameo: '042', mode: 'visit', frame: 'travel' },
  { verb: 'arrive', type: 'CONSULT', cameo: '042', mode: 'visit', frame: 'travel' },
  { verb: 'head', type: 'CONSULT', cameo: '042', mode: 'visit', frame: 'travel', confidence: 0.6 },
  { verb: 'return', type: 'CONSULT', cameo: '042', mode: 'visit', frame: 'travel', prep: 'from', confidence: 0.6 },
  { verb: 'gather', type: 'CONSULT', cameo: '040', mode: 'multilateral', frame: 'meet' },
  { verb: 'convene', type: 'CONSULT', cameo: '040', mode: 'multilateral', frame: 'meet' },
  { verb: 'assemble', type: 'CONSULT', cameo: '040', mode: 'multilateral', frame: 'meet' },
  { verb: 'attend', type: 'CONSULT', cameo: '040', mode: 'multilateral', frame: 'attend' },
  { verb: 'participate', type: 'CONSULT', cameo: '040', mode: 'multilateral', frame: 'attend', prep: 'in' },
  { verb: 'join', type: 'CONSULT', cameo: '040', mode: 'multilateral', frame: 'attend', objects: ['summit', 'meeting', 'talks', 'conference', 'session'] },
  { verb: 'resume', type: 'CONSULT', cameo: '046', frame: 'meet', prep: 'with', objects: ['talks', 'negotiations', 'dialogue', 'consultations', 'discussions'] },
  { verb: 'renew', type: 'CONSULT', cameo: '046', frame: 'meet', prep: 'with', objects: ['talks', 'negotiations', 'dialogue', 'consultations', 'discussions'] },
  { verb: 'open', type: 'CONSULT', cameo: '046', frame: 'meet', prep: 'with', objects: ['talks', 'negotiations', 'dialogue', 'consultations'] },
  { verb: 'begin', forms: ['begin', 'begins', 'began', 'begun', 'beginning'], type: 'CONSULT', cameo: '046', frame: 'meet', prep: 'with', objects: ['talks', 'negotiations', 'dialogue', 'consultations'] },
  { verb: 'co-chair', forms: ['co-chair', 'co-chairs', 'co-chaired', 'co-chairing', 'cochaired'], type: 'CONSULT', cameo: '040', frame: 'meet', prep: 'with', objects: [...MEETING_NOUNS, 'dialogue', 'commission', 'committee', 'meeting'] },
  { verb: 'start', type: 'CONSULT', cameo: '046', frame: 'meet', prep: 'with', objects: ['talks', 'negotiations', 'dialogue', 'consultations'] },
  { verb: 'launch', type: 'CONSULT', cameo: '045', mode: 'mediate', frame: 'directed', prep: 'between', objects: MEDIATION_NOUNS },
  { verb: 'undertake', forms: ['undertake', 'undertakes', 'undertook', 'undertaken', 'undertaking'], type: 'CONSULT', cameo: '045', mode: 'mediate', frame: 'directed', prep: 'between', objects: MEDIATION_NOUNS },
  { verb: 'offer', type: 'AGREE', cameo: '036', frame: 'directed', prep: 'between', objects: MEDIATION_NOUNS },
  // AGREE
  { verb: 'agree', forms: ['agree', 'agrees', 'agreed', 'agreeing'], type: 'AGREE', cameo: '030', frame: 'joint', prep: 'with' },
  { verb: 'sign', type: 'AGREE', cameo: '057', frame: 'joint', prep: 'with', objects: AGREEMENT_NOUNS },
  { verb: 'ink', type: 'AGREE', cameo: '057', frame: 'joint', prep: 'with', objects: AGREEMENT_NOUNS },
  { verb: 'seal', type: 'AGREE', cameo: '057', frame: 'joint', prep: 'with', objects: AGREEMENT_NOUNS },
  { verb: 'clinch', forms: ['clinch', 'clinches', 'clinched', 'clinching'], type: 'AGREE', cameo: '057', frame: 'joint', prep: 'with', objects: AGREEMENT_NOUNS },
  { verb: 'finalise', type: 'AGREE', cameo: '057', frame: 'joint', prep: 'with', objects: AGREEMENT_NOUNS },
  { verb: 'finalize', type: 'AGREE', cameo: '057', frame: 'joint', prep: 'with', objects: AGREEMENT_NOUNS },
  { verb: 'conclude', type: 'AGREE', cameo: '057', frame: 'joint', prep: 'with', objects: AGREEMENT_NOUNS },
  { verb: 'reach', type: 'AGREE', cameo: '030', frame: 'joint', prep: 'with', objects: AGREEMENT_NOUNS },
  { verb: 'strike', forms: ['strike', 'strikes', 'struck'], type: 'AGREE', cameo: '030', frame: 'joint', prep: 'with', objects: ['deal', 'agreement', 'accord', 'bargain'] },
  { verb: 'enter', type: 'AGREE', cameo: '030', frame: 'joint', prep: 'with', objects: ['agreement', 'deal', 'pact', 'talks'] },
  { verb: 'ratify', forms: ['ratify', 'ratifies', 'ratified', 'ratifying'], type: 'AGREE', cameo: '057', frame: 'alone' },
  { verb: 'decide', type: 'AGREE', cameo: '030', frame: 'joint', prep: 'with', confidence: 0.6 },
  { verb: 'pledge', type: 'AGREE', cameo: '030', frame: 'joint', prep: 'to', confidence: 0.7 },
  { verb: 'promise', type: 'AGREE', cameo: '030', frame: 'directed', confidence: 0.6 },
  { verb: 'commit', forms: ['commit', 'commits', 'committed', 'committing'], type: 'AGREE', cameo: '030', frame: 'directed', prep: 'to', confidence: 0.6 },
  { verb: 'offer', type: 'AGREE', cameo: '033', frame: 'directed', prep: 'to', confidence: 0.6 },
  { verb: 'accept', type: 'AGREE', cameo: '030', frame: 'directed', confidence: 0.6 },
  // SUPPORT
  { verb: 'praise', type: 'SUPPORT', cameo: '051', frame: 'directed' },
  { verb: 'commend', type: 'SUPPORT', cameo: '051', frame: 'directed' },
  { verb: 'hail', type: 'SUPPORT', cameo: '051', frame: 'directed' },
  { verb: 'laud', type: 'SUPPORT', cameo: '051', frame: 'directed' },
  { verb: 'applaud', type: 'SUPPORT', cameo: '051', frame: 'directed' },
  { verb: 'thank', type: 'SUPPORT', cameo: '051', frame: 'directed' },
  { verb: 'offer', type: 'SUPPORT', cameo: '051', frame: 'directed', prep: 'to', objects: ['condolences', 'sympathy', 'sympathies', 'congratulations', 'support', 'solidarity'] },
  { verb: 'express', type: 'SUPPORT', cameo: '051', frame: 'directed', prep: 'to|for|with', objects: ['condolences', 'sympathy', 'sympathies', 'congratulations', 'support', 'solidarity', 'gratitude', 'appreciation', 'thanks'] },
  { verb: 'convey', type: 'SUPPORT', cameo: '051', frame: 'directed', prep: 'to', objects: ['condolences', 'sympathy', 'sympathies', 'congratulations', 'support', 'solidarity', 'gratitude', 'appreciation', 'thanks'] },
  { verb: 'congratulate', type: 'SUPPORT', cameo: '051', frame: 'directed' },
  { verb: 'welcome', type: 'SUPPORT', cameo: '051', frame: 'directed', needsNonActorObject: true, confidence: 0.6 },
  { verb: 'endorse', type: 'SUPPORT', cameo: '051', frame: 'directed' },
  { verb: 'back', type: 'SUPPORT', cameo: '051', frame: 'directed', confidence: 0.7 },
  { verb: 'support', type: 'SUPPORT', cameo: '050', frame: 'directed', confidence: 0.7 },
  { verb: 'second', type: 'SUPPORT', cameo: '051', frame: 'directed', confidence: 0.7 },
  { verb: 'defend', type: 'SUPPORT', cameo: '052', frame: 'directed', confidence: 0.6 },
  { verb: 'recognise', type: 'SUPPORT', cameo: '054', frame: 'directed', confidence: 0.6 },
  { verb: 'recognize', type: 'SUPPORT', cameo: '054', frame: 'directed', confidence: 0.6 },
  { verb: 'apologise', type: 'SUPPORT', cameo: '055', frame: 'directed', prep: 'to' },
  { verb: 'apologize', type: 'SUPPORT', cameo: '055', frame: 'directed', prep: 'to' },
  // COOPERATE
  { verb: 'increase', type: 'COOPERATE', cameo: '060', frame: 'joint', prep: 'with', objects: ['cooperation', 'military cooperation', 'defence cooperation', 'defense cooperation', 'ties', 'military ties', 'coordination'] },
  { verb: 'expand', type: 'COOPERATE', cameo: '060', frame: 'joint', prep: 'with', objects: ['cooperation', 'military cooperation', 'defence cooperation', 'defense cooperation', 'ties', 'military ties'] },
  { verb: 'deepen', type: 'COOPERATE', cameo: '060', frame: 'joint', prep: 'with', objects: ['cooperation', 'military cooperation', 'defence cooperation', 'defense cooperation', 'ties'] },
  { verb: 'boost', type: 'COOPERATE', cameo: '060', frame: 'joint', prep: 'with', objects: ['cooperation', 'military cooperation', 'defence cooperation', 'defense cooperation', 'ties'] },
  { verb: 'strengthen', type: 'COOPERATE', cameo: '060', frame: 'joint', prep: 'with', objects: ['cooperation', 'military cooperation', 'defence cooperation', 'defense cooperation', 'ties'] },
  { verb: 'cooperate', type: 'COOPERATE', cameo: '060', frame: 'joint', prep: 'with' },
  { verb: 'collaborate', type: 'COOPERATE', cameo: '060', frame: 'joint', prep: 'with' },
  { verb: 'hold', forms: ['hold', 'holds', 'held', 'holding'], type: 'COOPERATE', cameo: '062', mode: 'military', frame: 'joint', prep: 'with', objects: EXERCISE_NOUNS },
  { verb: 'conduct', type: 'COOPERATE', cameo: '062', mode: 'military', frame: 'joint', prep: 'with', objects: EXERCISE_NOUNS },
  { verb: 'stage', type: 'COOPERATE', cameo: '062', mode: 'military', frame: 'joint', prep: 'with', objects: EXERCISE_NOUNS },
  { verb: 'wrap up', forms: ['wrap', 'wraps', 'wrapped', 'wrapping'], particle: 'up', type: 'COOPERATE', cameo: '062', mode: 'military', frame: 'joint', prep: 'with', objects: EXERCISE_NOUNS },
  { verb: 'complete', type: 'COOPERATE', cameo: '062', mode: 'military', frame: 'joint', prep: 'with', objects: EXERCISE_NOUNS },
  { verb: 'conclude', type: 'COOPERATE', cameo: '062', mode: 'military', frame: 'joint', prep: 'with', objects: EXERCISE_NOUNS },
  { verb: 'begin', forms: ['begin', 'begins', 'began', 'begun', 'beginning'], type: 'COOPERATE', cameo: '062', mode: 'military', frame: 'joint', prep: 'with', objects: ['joint exercise', 'joint exercises', 'joint drills', 'joint patrols', 'exercise', 'exercises', 'drills'] },
  { verb: 'start', type: 'COOPERATE', cameo: '062', mode: 'military', frame: 'joint', prep: 'with', objects: ['joint exercise', 'joint exercises', 'joint drills', 'joint patrols', 'exercise', 'exercises', 'drills'] },
  { verb: 'launch', type: 'COOPERATE', cameo: '062', mode: 'military', frame: 'joint', prep: 'with', objects: ['joint exercise', 'joint exercises', 'joint drills', 'joint patrols'] },
  { verb: 'share', type: 'COOPERATE', cameo: '064', mode: 'intelligence', frame: 'joint', prep: 'with', objects: ['intelligence', 'information', 'data', 'evidence', 'expertise', 'technology', 'know-how'] },
  { verb: 'extradite', type: 'COOPERATE', cameo: '063', frame: 'directed', prep: 'to' },
  { verb: 'build', forms: ['build', 'builds', 'built', 'building'], type: 'COOPERATE', cameo: '062', mode: 'military', frame: 'alone', objects: ['base', 'military base', 'airbase', 'naval base'], confidence: 0.5 },
  // AID
  { verb: 'train', type: 'AID', cameo: '072', mode: 'military', frame: 'directed', confidence: 0.8 },
  { verb: 'provide', type: 'AID', cameo: '070', frame: 'directed', prep: 'to', objects: AID_NOUNS },
  { verb: 'supply', forms: ['supply', 'supplies', 'supplied', 'supplying'], type: 'AID', cameo: '070', frame: 'directed', prep: 'to', objects: AID_NOUNS },
  { verb: 'deliver', type: 'AID', cameo: '070', frame: 'directed', prep: 'to', objects: AID_NOUNS },
  { verb: 'send', forms: ['send', 'sends', 'sent', 'sending'], type: 'AID', cameo: '070', frame: 'directed', prep: 'to', objects: AID_NOUNS.filter((n) => n !== 'troops') },
  { verb: 'hand over', forms: ['hand', 'hands', 'handed', 'handing'], particle: 'over', type: 'AID', cameo: '070', frame: 'directed', prep: 'to' },
  { verb: 'transfer', forms: ['transfer', 'transfers', 'transferred', 'transferring'], type: 'AID', cameo: '070', frame: 'directed', prep: 'to', objects: AID_NOUNS },
  { verb: 'donate', type: 'AID', cameo: '070', frame: 'directed', prep: 'to', objects: AID_NOUNS },
  { verb: 'gift', forms: ['gift', 'gifts', 'gifted', 'gifting'], type: 'AID', cameo: '070', frame: 'directed', prep: 'to', objects: [...AID_NOUNS, 'vessel', 'ship', 'boat', 'aircraft', 'helicopter', 'ambulance', 'ambulances', 'vehicles'] },
  { verb: 'contribute', type: 'AID', cameo: '070', frame: 'directed', prep: 'to', objects: AID_NOUNS },
  { verb: 'give', forms: ['give', 'gives', 'gave', 'given', 'giving'], type: 'AID', cameo: '070', frame: 'directed', prep: 'to', objects: AID_NOUNS },
  { verb: 'announce', type: 'AID', cameo: '070', frame: 'directed', prep: 'for|to', objects: AID_NOUNS.filter((n) => n !== 'troops' && n !== 'support') },
  { verb: 'allocate', type: 'AID', cameo: '070', frame: 'directed', prep: 'for|to', objects: AID_NOUNS },
  { verb: 'grant', type: 'AID', cameo: '070', frame: 'directed', prep: 'to', objects: ['aid', 'assistance', 'asylum', 'loan', 'loans', 'funds'] },
  { verb: 'set up', forms: ['set'], particle: 'up', type: 'AID', cameo: '072', mode: 'military', frame: 'directed', prep: 'in', objects: ['hospital', 'military hospital', 'field hospital', 'base', 'camp'], confidence: 0.6 },
  { verb: 'evacuate', type: 'AID', cameo: '073', mode: 'humanitarian', frame: 'directed', needsActorObject: true, confidence: 0.5 },
  { verb: 'airlift', type: 'AID', cameo: '073', mode: 'humanitarian', frame: 'directed', confidence: 0.6 },
  // CONCEDE and RETREAT
  { verb: 'cede', type: 'CONCEDE', cameo: '080', frame: 'directed', prep: 'to' },
  { verb: 'yield', type: 'CONCEDE', cameo: '080', frame: 'directed', prep: 'to', confidence: 0.6 },
  { verb: 'back down', forms: ['back', 'backs', 'backed', 'backing'], particle: 'down', type: 'CONCEDE', cameo: '080', frame: 'alone' },
  { verb: 'give up', forms: ['give', 'gives', 'gave', 'given', 'giving'], particle: 'up', type: 'CONCEDE', cameo: '080', frame: 'alone' },
  { verb: 'ease', type: 'CONCEDE', cameo: '081', frame: 'alone', objects: ['restrictions', 'sanctions', 'curfew', 'lockdown', 'rules', 'measures', 'ban'] },
  { verb: 'lift', type: 'CONCEDE', cameo: '081', frame: 'alone', objects: ['restrictions', 'sanctions', 'curfew', 'lockdown', 'ban', 'embargo', 'blockade', 'measures', 'state'] },
  { verb: 'drop', forms: ['drop', 'drops', 'dropped', 'dropping'], type: 'CONCEDE', cameo: '080', frame: 'alone', objects: ['plan', 'plans', 'lockdown', 'curfew', 'charges', 'demand', 'demands', 'proposal'] },
  { verb: 'scrap', forms: ['scrap', 'scraps', 'scrapped', 'scrapping'], type: 'CONCEDE', cameo: '080', frame: 'alone', objects: ['plan', 'plans', 'lockdown', 'curfew', 'proposal', 'law', 'bill'] },
  { verb: 'abandon', type: 'CONCEDE', cameo: '080', frame: 'alone', objects: ['plan', 'plans', 'lockdown', 'curfew', 'proposal'] },
  { verb: 'release', type: 'RETREAT', cameo: '0841', mode: 'release', frame: 'alone', confidence: 0.6 },
  { verb: 'free', type: 'RETREAT', cameo: '0841', mode: 'release', frame: 'alone', confidence: 0.5 },
  { verb: 'withdraw', forms: ['withdraw', 'withdraws', 'withdrew', 'withdrawn', 'withdrawing'], type: 'RETREAT', cameo: '0872', mode: 'withdraw', frame: 'alone', prep: 'from' },
  { verb: 'pull out', forms: ['pull', 'pulls', 'pulled', 'pulling'], particle: 'out', type: 'RETREAT', cameo: '0872', mode: 'withdraw', frame: 'alone', prep: 'of' },
  { verb: 'retreat', type: 'RETREAT', cameo: '0874', mode: 'withdraw', frame: 'alone', prep: 'from' },
  { verb: 'leave', forms: ['leave', 'leaves', 'left', 'leaving'], type: 'RETREAT', cameo: '0872', mode: 'withdraw', frame: 'alone', objects: ['deal', 'agreement', 'treaty', 'accord', 'alliance', 'coalition'], confidence: 0.5 },
  { verb: 'announce', type: 'RETREAT', cameo: '0872', mode: 'withdraw', frame: 'alone', prep: 'from', objects: ['withdrawal', 'complete withdrawal', 'full withdrawal', 'pullout', 'pull-out', 'drawdown', 'ceasefire', 'truce'] },
  { verb: 'order', type: 'RETREAT', cameo: '0872', mode: 'withdraw', frame: 'alone', prep: 'from', objects: ['withdrawal', 'pullout', 'pull-out', 'ceasefire'] },
  { verb: 'declare', type: 'RETREAT', cameo: '0871', mode: 'ceasefire', frame: 'alone', objects: ['ceasefire', 'truce'] },
  // REQUEST
  { verb: 'call for', forms: ['call', 'calls', 'called', 'calling'], particle: 'for', type: 'REQUEST', cameo: '100', frame: 'directed', prep: 'from' },
  { verb: 'call on', forms: ['call', 'calls', 'called', 'calling'], particle: 'on', type: 'REQUEST', cameo: '100', frame: 'directed' },
  { verb: 'call upon', forms: ['call', 'calls', 'called', 'calling'], particle: 'upon', type: 'REQUEST', cameo: '100', frame: 'directed' },
  { verb: 'urge', type: 'REQUEST', cameo: '100', frame: 'directed' },
  { verb: 'count on', forms: ['count', 'counts', 'counted', 'counting'], particle: 'on', type: 'REQUEST', cameo: '100', frame: 'directed' },
  { verb: 'join', type: 'REQUEST', cameo: '100', frame: 'directed', prep: 'asking|urging|for|on', objects: ['calls', 'call', 'appeals', 'demands'], confidence: 0.6 },
  { verb: 'order', type: 'REQUEST', cameo: '100', frame: 'directed', needsActorObject: true, confidence: 0.7 },
  { verb: 'encourage', type: 'REQUEST', cameo: '100', frame: 'directed', confidence: 0.7 },
  { verb: 'demand', type: 'REQUEST', cameo: '100', frame: 'directed', prep: 'from' },
  { verb: 'ask', type: 'REQUEST', cameo: '100', frame: 'directed', prep: 'for', notBefore: ['about', 'whether', 'if', 'how', 'what', 'why', 'when', 'by'] },
  { verb: 'press', type: 'REQUEST', cameo: '100', frame: 'directed', confidence: 0.7 },
  { verb: 'request', type: 'REQUEST', cameo: '100', frame: 'directed', prep: 'from' },
  { verb: 'appeal', type: 'REQUEST', cameo: '100', frame: 'directed', prep: 'to' },
  { verb: 'implore', type: 'REQUEST', cameo: '100', frame: 'directed' },
  { verb: 'plead', type: 'REQUEST', cameo: '100', frame: 'directed', prep: 'with' },
  // "sought help from China", not "sought the nomination" nor "seeks to counter"
  { verb: 'seek', forms: ['seek', 'seeks', 'sought', 'seeking'], type: 'REQUEST', cameo: '100', frame: 'directed', prep: 'from', confidence: 0.6, objects: SOUGHT_NOUNS },
  { verb: 'push', type: 'REQUEST', cameo: '100', frame: 'directed', particle: 'for', confidence: 0.6 },
  { verb: 'invoke', type: 'REQUEST', cameo: '100', frame: 'directed', confidence: 0.5 },
  // ACCUSE
  { verb: 'accuse', type: 'ACCUSE', cameo: '112', frame: 'directed' },
  { verb: 'blame', type: 'ACCUSE', cameo: '112', frame: 'directed' },
  { verb: 'condemn', type: 'ACCUSE', cameo: '111', frame: 'directed' },
  { verb: 'criticise', type: 'ACCUSE', cameo: '111', frame: 'directed' },
  { verb: 'criticize', type: 'ACCUSE', cameo: '111', frame: 'directed' },
  { verb: 'denounce', type: 'ACCUSE', cameo: '111', frame: 'directed' },
  { verb: 'slam', forms: ['slam', 'slams', 'slammed', 'slamming'], type: 'ACCUSE', cameo: '111', frame: 'directed' },
  { verb: 'lambast', type: 'ACCUSE', cameo: '111', frame: 'directed' },
  { verb: 'rebuke', type: 'ACCUSE', cameo: '111', frame: 'directed' },
  { verb: 'censure', type: 'ACCUSE', cameo: '111', frame: 'directed' },
  { verb: 'deplore', type: 'ACCUSE', cameo: '111', frame: 'directed' },
  { verb: 'decry', forms: ['decry', 'decries', 'decried', 'decrying'], type: 'ACCUSE', cameo: '111', frame: 'directed' },
  { verb: 'call out', forms: ['call', 'calls', 'called', 'calling'], particle: 'out', type: 'ACCUSE', cameo: '111', frame: 'directed' },
  { verb: 'charge', type: 'ACCUSE', cameo: '112', frame: 'directed', needsActorObject: true, confidence: 0.6 },
  { verb: 'allege', type: 'ACCUSE', cameo: '112', frame: 'directed', confidence: 0.6, acrossCommas: true },
  { verb: 'sue', forms: ['sue', 'sues', 'sued', 'suing'], type: 'ACCUSE', cameo: '115', frame: 'directed' },
  { verb: 'investigate', type: 'ACCUSE', cameo: '090', mode: 'investigate', frame: 'directed', confidence: 0.6 },
  { verb: 'name', type: 'ACCUSE', cameo: '112', frame: 'directed', objects: ['terrorists', 'terrorist', 'terror groups'], confidence: 0.5 },
  { verb: 'convict', type: 'ACCUSE', cameo: '116', frame: 'directed' },
  { verb: 'fault', type: 'ACCUSE', cameo: '111', frame: 'directed' },
  // "lodged a strong protest with New Delhi", "registered a complaint with the embassy": an official complaint
  { verb: 'lodge', type: 'ACCUSE', cameo: '114', frame: 'directed', prep: 'with|against', objects: ['protest', 'strong protest', 'formal protest', 'complaint', 'formal complaint', 'official complaint', 'demarche'] },
  { verb: 'register', type: 'ACCUSE', cameo: '114', frame: 'directed', prep: 'with', objects: ['protest', 'strong protest', 'complaint'] },
  { verb: 'find', forms: ['find', 'finds', 'found', 'finding'], type: 'ACCUSE', cameo: '116', frame: 'directed', needsActorObject: true, particle: 'guilty' },
  { verb: 'file', type: 'ACCUSE', cameo: '115', frame: 'directed', prep: 'against', objects: ['lawsuit', 'suit', 'complaint', 'charges', 'case', 'legal challenge'] },
  { verb: 'bring', forms: ['bring', 'brings', 'brought', 'bringing'], type: 'ACCUSE', cameo: '115', frame: 'directed', prep: 'against', objects: ['charges', 'case', 'lawsuit', 'suit'] },
  { verb: 'launch', type: 'ACCUSE', cameo: '090', mode: 'investigate', frame: 'directed', prep: 'into|of|against', objects: ['investigation', 'probe', 'inquiry', 'criminal investigation'] },
  { verb: 'open', type: 'ACCUSE', cameo: '090', mode: 'investigate', frame: 'directed', prep: 'into|of|against', objects: ['investigation', 'probe', 'inquiry', 'criminal investigation', 'case'] },
  { verb: 'express', type: 'ACCUSE', cameo: '111', frame: 'directed', prep: 'of|over|at', objects: ['condemnation', 'rejection', 'criticism', 'concern', 'outrage', 'anger', 'displeasure', 'strong condemnation', 'total rejection', 'deep concern', 'serious concern'] },
  { verb: 'refute', type: 'REJECT', cameo: '120', frame: 'directed' },
  { verb: 'dispute', type: 'REJECT', cameo: '120', frame: 'directed', confidence: 0.6 },
  { verb: 'summon', type: 'ACCUSE', cameo: '114', frame: 'directed', needsActorObject: true },
  // REJECT
  { verb: 'reject', type: 'REJECT', cameo: '120', frame: 'directed' },
  { verb: 'refuse', type: 'REJECT', cameo: '120', frame: 'directed', confidence: 0.7, notBefore: NO_COMMENT },
  { verb: 'dismiss', type: 'REJECT', cameo: '120', frame: 'directed' },
  { verb: 'deny', forms: ['deny', 'denies', 'denied', 'denying'], type: 'REJECT', cameo: '120', frame: 'directed', confidence: 0.7 },
  { verb: 'decline', type: 'REJECT', cameo: '120', frame: 'directed', confidence: 0.6, notBefore: NO_COMMENT },
  { verb: 'rebuff', type: 'REJECT', cameo: '120', frame: 'directed' },
  { verb: 'oppose', type: 'REJECT', cameo: '120', frame: 'directed', confidence: 0.7 },
  { verb: 'veto', forms: ['veto', 'vetoes', 'vetoed', 'vetoing'], type: 'REJECT', cameo: '129', frame: 'directed' },
  { verb: 'turn down', forms: ['turn', 'turns', 'turned', 'turning'], particle: 'down', type: 'REJECT', cameo: '120', frame: 'directed' },
  // THREATEN
  { verb: 'threaten', type: 'THREATEN', cameo: '130', frame: 'directed' },
  { verb: 'warn', type: 'THREATEN', cameo: '130', frame: 'directed' },
  { verb: 'vow', type: 'THREATEN', cameo: '130', frame: 'directed', objects: ['retaliation', 'revenge', 'response', 'to retaliate', 'to respond'], confidence: 0.6 },
  // PROTEST
  { verb: 'protest', type: 'PROTEST', cameo: '141', mode: 'demo', frame: 'alone', prep: 'against' },
  { verb: 'demonstrate', type: 'PROTEST', cameo: '141', mode: 'demo', frame: 'alone', prep: 'against' },
  { verb: 'rally', forms: ['rally', 'rallies', 'rallied', 'rallying'], type: 'PROTEST', cameo: '141', mode: 'demo', frame: 'alone', prep: 'against', confidence: 0.6 },
  { verb: 'march', type: 'PROTEST', cameo: '141', mode: 'demo', frame: 'alone', prep: 'against', confidence: 0.6 },
  { verb: 'riot', type: 'PROTEST', cameo: '145', mode: 'riot', frame: 'alone' },
  { verb: 'stage', type: 'PROTEST', cameo: '141', mode: 'demo', frame: 'alone', prep: 'against', objects: PROTEST_NOUNS },
  { verb: 'hold', forms: ['hold', 'holds', 'held', 'holding'], type: 'PROTEST', cameo: '141', mode: 'demo', frame: 'alone', prep: 'against', objects: PROTEST_NOUNS },
  { verb: 'organise', type: 'PROTEST', cameo: '141', mode: 'demo', frame: 'alone', prep: 'against', objects: [...PROTEST_NOUNS, ...STRIKE_NOUNS] },
  { verb: 'organize', type: 'PROTEST', cameo: '141', mode: 'demo', frame: 'alone', prep: 'against', objects: [...PROTEST_NOUNS, ...STRIKE_NOUNS] },
  { verb: 'stage', type: 'PROTEST', cameo: '142', mode: 'hunger-strike', frame: 'alone', prep: 'against', objects: ['hunger strike'] },
  { verb: 'begin', forms: ['begin', 'begins', 'began', 'begun', 'beginning'], type: 'PROTEST', cameo: '142', mode: 'hunger-strike', frame: 'alone', prep: 'against', objects: ['hunger strike'] },
  { verb: 'start', type: 'PROTEST', cameo: '142', mode: 'hunger-strike', frame: 'alone', prep: 'against', objects: ['hunger strike'] },
  { verb: 'continue', type: 'PROTEST', cameo: '142', mode: 'hunger-strike', frame: 'alone', prep: 'against', objects: ['hunger strike'] },
  { verb: 'stage', type: 'PROTEST', cameo: '143', mode: 'strike', frame: 'alone', prep: 'against', objects: STRIKE_NOUNS },
  { verb: 'call a strike', forms: ['call', 'calls', 'called', 'calling'], type: 'PROTEST', cameo: '143', mode: 'strike', frame: 'alone', prep: 'against', objects: ['general strike', 'strike', 'strikes', 'boycott'] },
  { verb: 'begin', forms: ['begin', 'begins', 'began', 'begun', 'beginning'], type: 'PROTEST', cameo: '143', mode: 'strike', frame: 'alone', prep: 'against', objects: STRIKE_NOUNS },
  { verb: 'start', type: 'PROTEST', cameo: '143', mode: 'strike', frame: 'alone', prep: 'against', objects: STRIKE_NOUNS },
  { verb: 'block', type: 'PROTEST', cameo: '144', mode: 'block', frame: 'alone', objects: ['road', 'roads', 'street', 'streets', 'highway', 'highways', 'bridge', 'border crossing', 'railway', 'access', 'traffic', 'entrance'] },
  // MOBILIZE
  { verb: 'enter', type: 'MOBILIZE', cameo: '154', mode: 'troops', frame: 'alone', militarySubject: true, confidence: 0.7 },
  { verb: 'move', forms: ['move', 'moves', 'moved', 'moving'], type: 'MOBILIZE', cameo: '154', mode: 'troops', frame: 'alone', prep: 'into', militarySubject: true, confidence: 0.6 },
  { verb: 'deploy', type: 'MOBILIZE', cameo: '154', mode: 'troops', frame: 'alone', prep: 'to' },
  { verb: 'mobilise', type: 'MOBILIZE', cameo: '154', mode: 'troops', frame: 'alone' },
  { verb: 'mobilize', type: 'MOBILIZE', cameo: '154', mode: 'troops', frame: 'alone' },
  { verb: 'reinforce', type: 'MOBILIZE', cameo: '154', mode: 'troops', frame: 'alone', objects: ['troops', 'forces', 'presence', 'its troops', 'its forces', 'border', 'positions', 'garrison'] },
  { verb: 'dispatch', forms: ['dispatch', 'dispatches', 'dispatched', 'dispatching'], type: 'MOBILIZE', cameo: '154', mode: 'troops', frame: 'directed', prep: 'to', objects: ['troops', 'soldiers', 'forces', 'warships', 'peacekeepers', 'police', 'officers', 'police officers'] },
  { verb: 'station', type: 'MOBILIZE', cameo: '154', mode: 'troops', frame: 'alone', objects: ['troops', 'forces', 'soldiers', 'missiles'] },
  { verb: 'mass', type: 'MOBILIZE', cameo: '154', mode: 'troops', frame: 'alone', objects: ['troops', 'forces', 'soldiers'] },
  { verb: 'send', forms: ['send', 'sends', 'sent', 'sending'], type: 'MOBILIZE', cameo: '154', mode: 'troops', frame: 'directed', prep: 'to', objects: ['troops', 'soldiers', 'forces', 'warships', 'peacekeepers', 'police', 'officers', 'police officers'], confidence: 0.7 },
  { verb: 'announce', type: 'MOBILIZE', cameo: '154', mode: 'troops', frame: 'alone', prep: 'to', objects: ['deployment', 'deployments', 'mobilisation', 'mobilization', 'troop surge'] },
  // SANCTION
  { verb: 'announce', type: 'SANCTION', cameo: '163', frame: 'directed', prep: 'on', objects: SANCTION_NOUNS },
  { verb: 'sanction', type: 'SANCTION', cameo: '163', frame: 'directed' },
  { verb: 'impose', type: 'SANCTION', cameo: '163', frame: 'directed', prep: 'on', objects: SANCTION_NOUNS },
  { verb: 'slap', forms: ['slap', 'slaps', 'slapped', 'slapping'], type: 'SANCTION', cameo: '163', frame: 'directed', prep: 'on', objects: SANCTION_NOUNS },
  { verb: 'ban', forms: ['ban', 'bans', 'banned', 'banning'], type: 'SANCTION', cameo: '163', frame: 'directed' },
  { verb: 'blacklist', type: 'SANCTION', cameo: '163', frame: 'directed' },
  { verb: 'embargo', forms: ['embargo', 'embargoes', 'embargoed'], type: 'SANCTION', cameo: '163', frame: 'directed' },
  { verb: 'boycott', type: 'SANCTION', cameo: '163', frame: 'directed' },
  { verb: 'expel', forms: ['expel', 'expels', 'expelled', 'expelling'], type: 'SANCTION', cameo: '166', mode: 'expel', frame: 'directed' },
  { verb: 'suspend', type: 'SANCTION', cameo: '160', frame: 'directed', prep: 'with', confidence: 0.6 },
  { verb: 'downgrade', type: 'SANCTION', cameo: '161', mode: 'withdraw', frame: 'directed', prep: 'with', objects: ['relations', 'ties', 'diplomatic relations', 'diplomatic ties', 'their relations', 'its relations'] },
  { verb: 'close', type: 'SANCTION', cameo: '161', mode: 'withdraw', frame: 'directed', prep: 'in|on', objects: ['embassy', 'consulate', 'consulates', 'embassies', 'its embassy', 'its consulates', 'border', 'airspace'], confidence: 0.6 },
  { verb: 'sever', type: 'SANCTION', cameo: '161', mode: 'withdraw', frame: 'directed', prep: 'with', objects: ['ties', 'relations'] },
  { verb: 'cut', forms: ['cut', 'cuts', 'cutting'], type: 'SANCTION', cameo: '161', mode: 'withdraw', frame: 'directed', prep: 'with', objects: ['ties', 'relations', 'diplomatic ties', 'diplomatic relations'] },
  { verb: 'recall', type: 'SANCTION', cameo: '161', mode: 'withdraw', frame: 'directed', prep: 'from', objects: ['ambassador', 'envoy', 'diplomats'] },
  { verb: 'freeze', forms: ['freeze', 'freezes', 'froze', 'frozen', 'freezing'], type: 'SANCTION', cameo: '163', frame: 'directed', objects: ['assets', 'funds', 'accounts'] },
  // COERCE
  { verb: 'arrest', type: 'COERCE', cameo: '173', mode: 'arrest', frame: 'directed' },
  { verb: 'detain', type: 'COERCE', cameo: '173', mode: 'arrest', frame: 'directed' },
  { verb: 'seize', type: 'COERCE', cameo: '171', mode: 'seize', frame: 'directed' },
  { verb: 'deport', type: 'COERCE', cameo: '174', mode: 'deport', frame: 'directed' },
  { verb: 'use', type: 'COERCE', cameo: '175', frame: 'directed', prep: 'against', objects: ['tear gas', 'teargas', 'water cannon', 'water cannons', 'rubber bullets', 'force'] },
  { verb: 'fire', type: 'COERCE', cameo: '175', frame: 'directed', prep: 'at', objects: ['tear gas', 'teargas', 'water cannon', 'rubber bullets'] },
  { verb: 'impose', type: 'COERCE', cameo: '1723', mode: 'curfew', frame: 'alone', objects: ['curfew', 'lockdown', 'state of emergency', 'martial law'] },
  { verb: 'blockade', type: 'COERCE', cameo: '191', mode: 'restrict', frame: 'directed' },
  { verb: 'announce', type: 'COERCE', cameo: '1723', mode: 'curfew', frame: 'alone', objects: ['curfew', 'lockdown', 'new lockdown', 'lockdown measures', 'state of emergency', 'martial law'] },
  // ASSAULT
  { verb: 'attack', type: 'ASSAULT', cameo: '190', frame: 'directed' },
  { verb: 'strike', forms: ['strike', 'strikes', 'struck'], type: 'ASSAULT', cameo: '190', frame: 'directed', needsActorObject: true, confidence: 0.7 },
  { verb: 'hit', forms: ['hit', 'hits', 'hitting'], type: 'ASSAULT', cameo: '190', frame: 'directed', confidence: 0.6 },
  { verb: 'bomb', type: 'ASSAULT', cameo: '195', frame: 'directed' },
  { verb: 'shell', type: 'ASSAULT', cameo: '194', frame: 'directed' },
  { verb: 'invade', type: 'ASSAULT', cameo: '192', frame: 'directed' },
  // "fired dozens of rockets at northern Israel", "launched missiles towards Kyiv": what is fired, then at whom
  { verb: 'fire', type: 'ASSAULT', cameo: '195', frame: 'directed', prep: 'at|into|towards|toward|on', objects: PROJECTILE_NOUNS },
  { verb: 'launch', type: 'ASSAULT', cameo: '195', frame: 'directed', prep: 'at|into|towards|toward|on|against', objects: PROJECTILE_NOUNS },
  { verb: 'raid', type: 'ASSAULT', cameo: '190', frame: 'directed', confidence: 0.6 },
  { verb: 'launch', type: 'ASSAULT', cameo: '190', frame: 'directed', prep: 'against|into|on', objects: ATTACK_NOUNS },
  { verb: 'carry out', forms: ['carry', 'carries', 'carried', 'carrying'], particle: 'out', type: 'ASSAULT', cameo: '190', frame: 'directed', prep: 'against|into|on', objects: ATTACK_NOUNS },
  { verb: 'begin', forms: ['begin', 'begins', 'began', 'begun', 'beginning'], type: 'ASSAULT', cameo: '190', frame: 'directed', prep: 'against|into|on', objects: ATTACK_NOUNS },
  { verb: 'claim', type: 'ASSAULT', cameo: '190', frame: 'directed', objects: ['responsibility'], confidence: 0.7 },
  { verb: 'kill', type: 'ASSAULT', cameo: '1823', frame: 'directed', confidence: 0.7 },
  { verb: 'shoot', forms: ['shoot', 'shoots', 'shot', 'shooting'], type: 'ASSAULT', cameo: '193', frame: 'directed', confidence: 0.6 },
  { verb: 'clash', forms: ['clash', 'clashes', 'clashed', 'clashing'], type: 'ASSAULT', cameo: '190', frame: 'directed', prep: 'with' },
  { verb: 'storm', type: 'ASSAULT', cameo: '180', frame: 'directed', confidence: 0.6 },
  { verb: 'assassinate', type: 'ASSAULT', cameo: '186', mode: 'assassinate', frame: 'directed' },
  { verb: 'abduct', type: 'ASSAULT', cameo: '181', mode: 'abduct', frame: 'directed' },
  { verb: 'kidnap', forms: ['kidnap', 'kidnaps', 'kidnapped', 'kidnapping'], type: 'ASSAULT', cameo: '181', mode: 'abduct', frame: 'directed' },
];

/** Words that, before a verb, make it a plan or a future event rather than a past one. */
export const FUTURE_MARKERS: ReadonlySet<string> = new Set(['will', "'ll", 'shall', 'to be', 'going', 'plans', 'plan', 'planned', 'planning', 'expected', 'set', 'scheduled', 'due', 'intends', 'intend', 'intended', 'aims', 'hopes', 'hope', 'wants', 'upcoming', 'forthcoming', 'proposed', 'likely', 'ready', 'prepared', 'willing', 'able', 'eager', 'keen', 'poised', 'agreed', 'decided', 'pledged', 'promised', 'vowed', 'offered', 'committed']);

/** Words that make the event hypothetical or unreal: not coded. */
export const HYPOTHETICAL_MARKERS: ReadonlySet<string> = new Set(['if', 'unless', 'whether', 'could', 'might', 'may', 'would', 'should', 'must', 'cannot', "can't", 'can', 'possible', 'possibly', 'perhaps', 'rumoured', 'rumored', 'speculation', 'reportedly', 'allegedly']);

/** Words that negate the verb group. */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without', 'failed', 'refused', 'declined', 'cancelled', 'canceled', 'postponed', 'called off', 'rejected']);

/** Verbs of saying after which a clause is reported speech. */
export const SAY_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'say', 'told', 'tells', 'added', 'stated', 'announced', 'noted', 'stressed', 'tweeted', 'wrote', 'posted', 'declared', 'insisted', 'argued', 'claimed', 'explained', 'confirmed', 'reported', 'remarked', 'asserted', 'emphasised', 'emphasized', 'underlined', 'reiterated', 'affirmed', 'conveyed', 'expressed', 'according', 'continued', 'replied', 'responded',
  'answered', 'warned', 'urged', 'vowed', 'pledged', 'promised', 'observed', 'recalled', 'acknowledged', 'admitted',
  'maintained', 'contended', 'suggested', 'commented', 'concluded', 'announced', 'insists', 'writes', 'adds', 'notes',
  'alleged', 'accused', 'charged', 'described', 'called', 'termed', 'branded', 'labelled', 'labeled']);

/** Phrases around a meeting that make it a call. */
export const PHONE_CUES: ReadonlySet<string> = new Set(['phone', 'telephone', 'telephonic', 'call', 'phoned', 'telephoned', 'video', 'videoconference', 'virtually', 'virtual', 'dialled', 'dialed', 'spoke by', 'calls']);

/** Nouns naming a multilateral gathering ("on the sidelines of the SCO summit"). */
export const GATHERING_NOUNS: ReadonlySet<string> = new Set(['summit', 'meeting', 'meet', 'conference', 'session', 'forum', 'assembly', 'talks', 'dialogue', 'gathering', 'ministerial', 'congress', 'convention', 'games', 'parade', 'celebrations', 'ceremony', 'expo', 'exhibition', 'show', 'council']);

/** Events named by a noun rather than a verb, read where the noun says who took part: after a possessive ("Blinken's
 * call with Kuleba", "Turkey's offensive into Syria") or before "between X and Y" ("talks between Kenya and
 * Ghana"). `prep` words introduce the other side. */
export interface NounPattern {
  nouns: readonly string[];
  type: PloverType;
  cameo: string;
  mode?: string;
  frame: Frame;
  prep: string;
}

export const NOUN_PATTERNS: readonly NounPattern[] = [
  { nouns: ['call', 'phone call', 'telephone call', 'video call', 'telephone conversation', 'phone conversation', 'video conference', 'videoconference'], type: 'CONSULT', cameo: '041', mode: 'phone', frame: 'phone', prep: 'with' },
  { nouns: ['meeting', 'meetings', 'talks', 'bilateral meeting', 'discussion', 'discussions', 'consultations', 'virtual meeting', 'conversation', 'dialogue'], type: 'CONSULT', cameo: '040', frame: 'meet', prep: 'with|between' },
  { nouns: ['visit', 'trip', 'state visit', 'official visit', 'tour', 'travel'], type: 'CONSULT', cameo: '042', mode: 'visit', frame: 'visit', prep: 'to' },
  { nouns: ['attack', 'attacks', 'strike', 'strikes', 'airstrike', 'airstrikes', 'air strikes', 'offensive', 'invasion', 'incursion', 'raid', 'raids', 'bombing', 'shelling'], type: 'ASSAULT', cameo: '190', frame: 'directed', prep: 'on|against|into|in' },
  { nouns: ['sanctions', 'ban', 'embargo'], type: 'SANCTION', cameo: '163', frame: 'directed', prep: 'on|against' },
];

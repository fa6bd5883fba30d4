// Events: the patterns of data/event-patterns.ts applied to each sentence. For every trigger the interpreter reads
// the verb group (voice, negation, tense), the subject and the object or prepositional target among the resolved
// mentions, then the event's place, date, occasion and topic; compound actors become one event per pair; reports
// of one event within the article are fused into one with all their evidence.
import type { Doc, Span, Token } from '../nlp/doc.js';
import type { DateMention } from '../nlp/dates.js';
import { dayBefore } from '../nlp/dates.js';
import { ACTOR_SET_NOUNS, LOCATIVE_PREPOSITIONS } from '../data/words.js';
import { ECONOMIC_WORDS, GATHERING_NOUNS, HUMANITARIAN_WORDS, MILITARY_WORDS, NOUN_PATTERNS, PHONE_CUES, SAY_VERBS, type EventPattern, type NounPattern } from '../data/event-patterns.js';
import { GROUP_REFERENCES } from '../data/actors.js';
import type { Analysis } from './pipeline.js';
import type { ResolvedMention } from './entities.js';
import type { ActorRole, Entity, Event, EventDate, Occasion, PloverType } from './types.js';
import { lexicon } from './lexicon.js';
import { isVerbUse, opensReducedRelative, readVerbGroup, triggerIndex, type TriggerForm, type VerbGroup } from './verbs.js';

const ACTOR_KINDS = new Set(['person', 'country', 'organization']);
/** How far back "they", an answer or a statement made at a meeting look for the events they refer to. */
const RECENT_EVENTS = 40;
/** The longest list of actors read as one compound ("X, Y and Z"): beyond it, text is not a list of parties. */
const MAX_LIST = 24;
const CLAUSE_BREAKS = new Set([';', ':', '—', '–', '(', ')', '"', '“', '”']);
const COORDINATORS = new Set(['and', ',', '&', 'as well as', 'along with']);
const WITH_WORDS = new Set(['with', 'between', 'and']);

interface Candidate {
  pattern: EventPattern;
  trigger: number;
  triggerEnd: number;
  sentence: number;
  group: VerbGroup;
  sources: string[];
  targets: string[];
  /** Whether the target was read from the article's context, not the sentence. */
  inferredTarget: boolean;
  /** The targets the events of this candidate ended up with (set once built), for a verb coordinated with it. */
  resolvedTargets?: string[];
  /** Sectors of generic actors on each side ("protesters" clashed with "the police": both Serbia). */
  sourceSectors: Map<string, string>;
  targetSectors: Map<string, string>;
  objectEnd: number;
}

interface Context {
  a: Analysis;
  doc: Doc;
  tokens: Token[];
  /** The longest actor mention starting at each token. */
  actorAt: Map<number, ResolvedMention>;
  entities: Map<string, Entity>;
  occasions: OccasionInfo[];
  /** Events coded so far, in text order: "they", "the two leaders" refer to the latest meeting's participants. */
  events: Event[];
  /** Sector of the generic actors read since the last takeSectors(), by entity ("Serbian police" → police). */
  sectors: Map<string, string>;
  /** The subject's sectors of the candidate being read (for conditions on the subject). */
  lastSourceSectors: Map<string, string>;
  /** Indexes that keep every look-up local, so that time stays linear in the length of the text. */
  bySentence: ResolvedMention[][];
  datesBySentence: DateMention[][];
  /** Tokens inside an actor's name (not a pronoun): a trigger word there is part of a name. */
  insideName: Uint8Array;
  /** Mentions by their last token + 1. */
  endingAt: Map<number, ResolvedMention[]>;
  /** The place the story happens in, for domestic events the text places nowhere. */
  storyPlace?: string;
  /** The place of the dateline that opens the body ("MINSK, Nov 23 —", "NEW DELHI -"). */
  datelinePlace?: string;
}

interface OccasionInfo {
  /** Entity id of the organisation the gathering belongs to, or the gathering words. */
  key: string;
  entity?: string;
  location?: string;
  date?: { start: string; end: string; text: string };
}

export function findEvents(a: Analysis): Event[] {
  if (!a.stage) return [];
  const doc = a.doc;
  const actorAt = new Map<number, ResolvedMention>();
  for (const m of a.stage.mentions) {
    if (!ACTOR_KINDS.has(m.kind)) continue;
    const prev = actorAt.get(m.from);
    if (!prev || m.to > prev.to) actorAt.set(m.from, m);
  }
  const bySentence: ResolvedMention[][] = doc.sentences.map(() => []);
  const endingAt = new Map<number, ResolvedMention[]>();
  const insideName = new Uint8Array(doc.tokens.length);
  for (const m of a.stage.mentions) {
    bySentence[m.sentence]?.push(m);
    (endingAt.get(m.to) ?? endingAt.set(m.to, []).get(m.to)!).push(m);
    if (ACTOR_KINDS.has(m.kind) && m.via !== 'pronoun') for (let k = m.from; k < m.to; k++) insideName[k] = 1;
  }
  const datesBySentence: DateMention[][] = doc.sentences.map(() => []);
  for (const d of a.dates) datesBySentence[d.sentence]?.push(d);
  const ctx: Context = { a, doc, tokens: doc.tokens, actorAt, entities: new Map(a.entities.map((e) => [e.id, e])), occasions: [], events: [], sectors: new Map(), lastSourceSectors: new Map(), bySentence, datesBySentence, insideName, endingAt };
  ctx.occasions = findOccasions(ctx);
  ctx.storyPlace = storyPlace(ctx);
  ctx.datelinePlace = a.stage.mentions.find((m) => m.kind === 'place' && m.from === 0 && /^[,(]$|^[—–-]+$/.test(doc.tokens[m.to]?.text ?? ''))?.entity;
  const events: Event[] = [];
  const index = triggerIndex();
  let lastDated: EventDate | undefined;
  for (const sentence of doc.sentences) {
    let prev: Candidate | undefined;
    let first: Candidate | undefined;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const forms = index.get(doc.tokens[i].lower);
      if (!forms || insideActor(ctx, i)) continue;
      const candidate = readCandidate(ctx, i, forms, sentence.tokenStart, sentence.tokenEnd, prev, first);
      if (!candidate) continue;
      if (candidate.sources.length) { prev = candidate; first ??= candidate; }
      const built = buildEvents(ctx, candidate, lastDated);
      candidate.resolvedTargets = unique(built.flatMap((e) => e.actors.filter((x) => x.role === 'target' || x.role === 'participant' && !candidate.sources.includes(x.entity)).map((x) => x.entity)));
      for (const event of built) {
        events.push(event);
        ctx.events.push(event);
        if (event.date.basis === 'text') lastDated = event.date;
      }
    }
    for (const candidate of [...nounCandidates(ctx, sentence.tokenStart, sentence.tokenEnd), ...obligationCandidates(ctx, sentence.tokenStart, sentence.tokenEnd)]) {
      for (const event of buildEvents(ctx, candidate, lastDated)) {
        events.push(event);
        ctx.events.push(event);
      }
    }
  }
  return fuseHeadline(ctx, fuse(events)).map((e, n) => ({ ...e, id: `v${n + 1}` }));
}

/** A headline names countries where the body names people ("Peru urges Chile to reopen border" / "Landa asked
 * Chile to…"): a headline event is the body's event of the same type whose actors are of those countries. */
function fuseHeadline(ctx: Context, events: Event[]): Event[] {
  const firstSentenceEnd = ctx.doc.sentences[0]?.end ?? 0;
  const countryOf = (id: string): string | undefined => ctx.entities.get(id)?.country;
  const out: Event[] = [];
  for (const e of events) {
    const headline = e.evidence.length === 1 && e.evidence[0].end <= firstSentenceEnd && e.actors.every((a) => ctx.entities.get(a.entity)?.kind !== 'person');
    const body = headline && events.find((f) => f !== e && f.type === e.type && f.evidence[0].start >= firstSentenceEnd &&
      e.actors.every((a) => f.actors.some((b) => (b.role === a.role || a.role === 'participant') && countryOf(b.entity) !== undefined && countryOf(b.entity) === countryOf(a.entity))));
    if (!body) { out.push(e); continue; }
    body.evidence.unshift(e.evidence[0]);
  }
  return out;
}

/** Events a noun names: "Secretary Blinken's Call with Foreign Minister Kuleba", "Turkey's offensive into Syria",
 * "talks between Kenya and Ghana". Planned ones ("the upcoming visit") are agreements to them. */
function nounCandidates(ctx: Context, from: number, to: number): Candidate[] {
  const { tokens } = ctx;
  const out: Candidate[] = [];
  for (let i = from; i < to; i++) {
    const hit = nounAt(tokens, i, to);
    if (!hit) continue;
    const { pattern, end } = hit;
    let sources: string[] = [];
    // the possessor: "X's call", "X’s visit"
    let k = i - 1;
    while (k > from && /^(first|latest|recent|surprise|official|two-day|three-day|working|planned|upcoming|weekly|brief|long)$/.test(tokens[k].lower)) k--;
    if (/^('s|’s|')$/.test(tokens[k]?.text ?? '')) {
      const owner = mentionEndingAt(ctx, k - 1);
      if (owner) sources = coordinatedLeft(ctx, owner, from);
    }
    const verbPattern: EventPattern = { verb: pattern.nouns[0], type: pattern.type, cameo: pattern.cameo, mode: pattern.mode, frame: pattern.frame, prep: pattern.prep };
    let targets = readAfterWord(ctx, end, Math.min(to, end + 6), pattern.prep);
    if (!sources.length && targets.length >= 2 && tokens.slice(end, end + 2).some((t) => t.lower === 'between')) {
      sources = [targets[0]];
      targets = targets.slice(1);
    }
    // "X thanked Y in a phone call", "X agreed … after a meeting with Y": the clause's own actors met
    if (!sources.length && pattern.type === 'CONSULT' && /^(in|during|after|at|before|following|on|of)$/.test(tokens[k]?.lower ?? '') || !sources.length && /^(a|an|their|his|her)$/.test(tokens[k]?.lower ?? '') && /^(in|during|after|at|following|on)$/.test(tokens[k - 1]?.lower ?? '')) {
      const clause = ctx.events.filter((e) => ctx.tokens[tokenIndexAt(ctx, e.why.trigger.start)]?.sentence === tokens[i].sentence);
      const main = clause[clause.length - 1];
      // "…, Prime Minister X said during a visit to Kyiv": the speaker is the visitor, whatever the quoted clause did
      const said = pattern.frame === 'visit' && /^(during|on)$/.test(tokens[k - 1]?.lower ?? '') && SAY_VERBS.has(tokens[k - 2]?.lower ?? '');
      const speaker = said ? mentionEndingAt(ctx, k - 3) : undefined;
      if (speaker && ACTOR_KINDS.has(speaker.kind)) sources = [speaker.entity];
      else if (main) {
        sources = [main.actors[0].entity];
        if (!targets.length) targets = main.actors.slice(1).map((x) => x.entity);
      } else {
        const mentions = ctx.bySentence[tokens[i].sentence];
        const first = mentions.find((m) => ACTOR_KINDS.has(m.kind) && m.from < i && m.via !== 'demonym');
        // "X said during a visit to Kyiv", "On a two-day visit to Seoul, X called for calm": the clause's subject
        // is the visitor, before the phrase or, when the phrase opens the sentence, right after its comma
        const toPlace = pattern.frame === 'visit' && tokens[end]?.lower === 'to' && mentions.some((m) => (m.kind === 'place' || m.kind === 'country') && m.from > end && m.from <= end + 3);
        let comma = -1;
        for (let n = end + 1; toPlace && !first && n < Math.min(to, end + 12) && comma < 0; n++) if (tokens[n].text === ',') comma = n;
        const after = comma > 0 ? mentions.find((m) => ACTOR_KINDS.has(m.kind) && m.via !== 'demonym' && m.from > comma && m.from <= comma + 5) : undefined;
        // "Ethiopia and Somalia failed to agree after two rounds of talks": the subjects are the parties
        const pair = first && pattern.frame === 'meet' && !targets.length ? coordinatedRight(ctx, first, i).ids : [];
        if (pair.length >= 2) { sources = [pair[0]]; targets = pair.slice(1); }
        else if (first && (targets.length || toPlace)) sources = [first.entity];
        else if (after) sources = [after.entity];
      }
      if (pattern.type !== 'CONSULT') sources = [];
    }
    if (!sources.length) continue;
    if (pattern.frame === 'visit' || pattern.frame === 'directed' && !targets.length) targets = pattern.frame === 'visit' ? [] : targets;
    const planned = tokens.slice(Math.max(from, i - 3), i).some((t) => FUTURE_NOUN_MARKERS.has(t.lower));
    const group: VerbGroup = { from: i, passive: false, negated: false, hypothetical: false, tense: planned ? 'future' : 'past', perfect: false };
    out.push({ pattern: verbPattern, trigger: i, triggerEnd: end, sentence: tokens[i].sentence, group, sources: unique(sources), targets: unique(targets).filter((t) => !sources.includes(t)), inferredTarget: false, objectEnd: end, sourceSectors: new Map(), targetSectors: takeSectors(ctx) });
  }
  return out;
}

/** A demand made by stating what another side must do. */
const OBLIGATION: EventPattern = { verb: 'must', type: 'REQUEST', cameo: '100', frame: 'directed' };

/** "Russia said Sudan must return the helicopter", "'Iran must stop,' Blinken said": a speaker stating what
 * another side must do makes a demand of it, though no verb of asking is used. The speaker is the subject of the
 * saying verb before the clause, the one named with it after, or the speaker of the quote. */
function obligationCandidates(ctx: Context, from: number, to: number): Candidate[] {
  const { tokens } = ctx;
  const out: Candidate[] = [];
  for (let i = from + 1; i < to; i++) {
    if (tokens[i].lower !== 'must' || !/^\p{Ll}/u.test(tokens[i + 1]?.text ?? '')) continue;
    if (tokens.slice(Math.max(from, i - 8), i).some((t) => t.lower === 'if' || t.lower === 'unless' || t.lower === 'whether')) continue;
    const targets = readSubject(ctx, i, from, tokens[i]);
    if (!targets.length) continue;
    let say = -1;
    let sources: string[] = [];
    for (let k = i - 1; k >= from && sources.length === 0; k--) {
      if (!SAY_VERBS.has(tokens[k].lower) || tokens[k].lower === 'according') continue;
      say = k;
      sources = readSubject(ctx, k, from, tokens[k]);
    }
    for (let k = i + 2; k < to && say < 0; k++) {
      if (!SAY_VERBS.has(tokens[k].lower) || tokens[k - 1]?.text === 'to') continue;
      const named = mentionEndingAt(ctx, k - 1) ?? ctx.actorAt.get(k + 1);
      if (named && ACTOR_KINDS.has(named.kind)) { say = k; sources = expand(named); }
      break;
    }
    if (say < 0) {
      const quote = ctx.a.statements.find((st) => st.speaker && st.start <= tokens[i].start && tokens[i].end <= st.end);
      if (quote?.speaker) { say = i; sources = [quote.speaker]; }
    }
    const own = new Set(sources.map((id) => countryOfActor(ctx, id)));
    const addressed = targets.filter((id) => !sources.includes(id) && !own.has(countryOfActor(ctx, id)));
    if (!sources.length || !addressed.length) continue;
    const group: VerbGroup = { from: say, passive: false, negated: false, hypothetical: false, tense: 'past', perfect: false };
    out.push({ pattern: OBLIGATION, trigger: say, triggerEnd: say + 1, sentence: tokens[i].sentence, group, sources: unique(sources), targets: unique(addressed), inferredTarget: false, objectEnd: say + 1, sourceSectors: new Map(), targetSectors: takeSectors(ctx) });
  }
  return out;
}

const FUTURE_NOUN_MARKERS = new Set(['upcoming', 'planned', 'forthcoming', 'proposed', 'next', 'expected', 'scheduled', 'possible', 'potential']);

/** Noun patterns by their first word. */
let nounIndex: Map<string, { pattern: NounPattern; words: string[] }[]> | undefined;

function nounAt(tokens: Token[], i: number, to: number): { pattern: NounPattern; end: number } | undefined {
  if (!nounIndex) {
    nounIndex = new Map();
    for (const pattern of NOUN_PATTERNS) for (const noun of pattern.nouns) {
      const words = noun.split(' ');
      (nounIndex.get(words[0]) ?? nounIndex.set(words[0], []).get(words[0])!).push({ pattern, words });
    }
  }
  let best: { pattern: NounPattern; end: number } | undefined;
  for (const { pattern, words } of nounIndex.get(tokens[i].lower) ?? []) {
    if (i + words.length > to || !words.every((w, n) => tokens[i + n].lower === w)) continue;
    if (!best || i + words.length > best.end) best = { pattern, end: i + words.length };
  }
  return best;
}

const insideActor = (ctx: Context, i: number): boolean => ctx.insideName[i] === 1;

function readCandidate(ctx: Context, i: number, forms: TriggerForm[], sStart: number, sEnd: number, prev: Candidate | undefined, first: Candidate | undefined): Candidate | null {
  const { tokens } = ctx;
  ctx.sectors.clear();
  for (const { pattern, form } of forms) {
    const participle = form === 'ing' && isParticiple(ctx, i, sStart);
    if (!participle && !isVerbUse(tokens, i, form, sStart)) continue;
    // a particle: right after the verb ("called for") or after a short object ("called the Chinese out")
    let triggerEnd = i + 1;
    let particleAt = -1;
    if (pattern.particle) {
      particleAt = particlePosition(tokens, i, sEnd, pattern.particle);
      // of "called … for" and "called … out", the nearer particle decides
      if (particleAt < 0 || forms.some((f) => f.pattern.particle && f.pattern.particle !== pattern.particle && isBefore(particlePosition(tokens, i, sEnd, f.pattern.particle), particleAt))) continue;
      if (particleAt === i + 1) triggerEnd = particleAt + 1;
    } else if (forms.some((f) => f.pattern.particle && tokens[i + 1]?.lower === f.pattern.particle)) continue;
    if (pattern.notBefore && followedBy(tokens, triggerEnd, pattern.notBefore)) continue;
    if (pattern.verb === 'call' && /^(it|this|that|them|him|her|for|on|upon|out|off|a|an|the)$/.test(tokens[i + 1]?.lower ?? '') && !ctx.actorAt.has(i + 1)) continue;
    // "has alleged ties to…", "the alleged plot": an adjective, not an accusation
    if (pattern.verb === 'allege' && tokens[i + 1] && /^\p{Ll}/u.test(tokens[i + 1].text) && !/^(that|the|a|an|his|her|their|its|this|on|in|to|by)$/.test(tokens[i + 1].lower)) continue;
    // "what Caracas calls Guayana Esequiba", "so-called": naming, not calling
    if (pattern.verb === 'call' && tokens.slice(Math.max(sStart, i - 4), i).some((t) => t.lower === 'what' || t.lower === 'so')) continue;
    // "flies troops and supplies to Mali" carries things; travel verbs go somewhere without an object
    if (pattern.frame === 'travel' && tokens[i + 1] && tokens[i + 1].kind === 'word' && !/^(to|in|into|for|back|home|out|on|off|from|at|via|abroad|there|again|later|first|briefly|together|directly)$/.test(tokens[i + 1].lower) && !ctx.a.dates.some((d) => d.start === tokens[i + 1].start)) continue;
    let objectEnd = triggerEnd;
    if (pattern.objects) {
      const noun = findObjectNoun(ctx, triggerEnd, sEnd, pattern.objects);
      if (noun < 0 && !frontedObject(ctx, i, sStart, pattern.objects)) continue;
      objectEnd = Math.max(noun, triggerEnd);
    }
    const group = readVerbGroup(tokens, i, sStart);
    if (group.hypothetical) return null;
    // "would not cede a single inch", "did not agree": a refusal; any other negated event did not happen
    if (group.negated && !REFUSABLE.has(pattern.type)) return null;
    // "phoned Erdoğan to offer condolences": an infinitive of purpose after an event is part of it, with its actors
    const purpose = group.governor !== undefined && !isIntentGovernor(group.governor) && !NOMINAL_GOVERNORS.has(group.governor) &&
      prev !== undefined && prev.trigger < i && i - prev.trigger < 14 && prev.group.tense !== 'future' &&
      !['REQUEST', 'ACCUSE', 'THREATEN', 'AGREE', 'REJECT'].includes(prev.pattern.type) &&
      !tokens.slice(prev.trigger, i).some((t) => /^(,|that|which|who|;)$/.test(t.lower));
    if (group.governor !== undefined && !isIntentGovernor(group.governor) && !purpose) continue;
    // "refused to send troops", "threatened to impose sanctions": the governing verb is the event, coded on its own
    if (group.governor !== undefined && CODED_GOVERNORS.has(group.governor)) return null;
    const object = readObject(ctx, triggerEnd, sEnd, pattern);
    const objectSectors = takeSectors(ctx);
    const passiveSubject = group.passive && readSubject(ctx, group.from, sStart, tokens[i]).length > 0;
    if (pattern.needsActorObject && !object.length && !passiveSubject) continue;
    if (pattern.personObject && !object.some((id) => ctx.entities.get(id)?.kind === 'person')) continue;
    // "called Maduro a 'dictator'": calling someone something is naming, not a call
    if (forms.some((f) => f.pattern.predicateNoun) && (pattern.predicateNoun === true) !== (object.length > 0 && namesAfterObject(ctx, triggerEnd, sEnd))) continue;
    if (pattern.needsNonActorObject && object.length && !possessorObject(ctx, triggerEnd, sEnd)) continue;
    // "called on X to do Y" is a request; "called on X" alone a courtesy call
    if (pattern.verb === 'call on' || pattern.verb === 'call upon') {
      let request = false;
      // (past "and" or a comma between the addressees: "called on Chile and Peru to join")
      const listed = (k: number): boolean => /^(and|,)$/.test(tokens[k].lower) && ctx.actorAt.has(k + 1) && ctx.actorAt.has(k - 1);
      for (let k = triggerEnd; k < Math.min(sEnd, triggerEnd + 24) && (!/^(,|;|who|which|and)$/.test(tokens[k].lower) || listed(k)); k++) {
        if (tokens[k].lower === 'to' && tokens[k + 1]?.kind === 'word' && !ctx.actorAt.has(k + 1) && !/^(the|a|an)$/.test(tokens[k + 1].lower)) { request = true; break; }
      }
      if (!request !== (pattern.type === 'CONSULT')) continue;
    }
    // "agreed to meet": the agreement is the event; the meeting it plans is not another one
    if (group.governor !== undefined && triggerIndex().get(group.governor)?.some((f) => f.pattern.type === 'AGREE')) return null;
    if (reportedAsSpeech(tokens, i, sStart) || deniedClause(tokens, group.from, sStart)) continue;
    const gerundOwner = form === 'ing' && /^(in|of|for)$/.test(tokens[i - 1]?.lower ?? '') ? possessorBefore(ctx, i - 1, sStart) : undefined;
    let sources = gerundOwner ? [gerundOwner] : participle ? participleSubject(ctx, i, sStart, prev) : purpose ? prev!.sources : readSubject(ctx, group.from, sStart, tokens[i]);
    let sourceSectors = takeSectors(ctx);
    let targetSectors = objectSectors;
    // "X met Y and discussed Z": the second verb's subject is the first's, not the first's object
    let coordinated = false;
    if (prev && /^(and|,)$/.test(tokens[group.from - 1]?.lower ?? '') && prev.sources.length) {
      const found = mentionEndingAt(ctx, group.from - 2);
      const main = first ?? prev;
      if (!found || found.from > prev.trigger) { sources = main.sources; sourceSectors = main.sourceSectors; coordinated = true; }
    }
    let targets = object;
    if (group.passive) {
      // "X was received by Y": the grammatical subject is the target, the by-phrase the source
      const by = readAfterWord(ctx, triggerEnd, sEnd, 'by');
      targets = sources;
      targetSectors = sourceSectors;
      sources = by;
      sourceSectors = takeSectors(ctx);
      // "Talks were held in Jakarta between X and Y": the parties stand after "between"
      if (!sources.length && !targets.length && symmetricFrame(pattern)) {
        const between = readAfterWord(ctx, triggerEnd, sEnd, 'between');
        if (between.length >= 2) { sources = between.slice(0, 1); targets = between.slice(1); }
      }
    }
    if (pattern.particle && particleAt > i + 1 && !targets.length) targets = readObject(ctx, i + 1, particleAt + 1, pattern);
    const prep = pattern.prep ?? (symmetricFrame(pattern) ? 'with' : undefined);
    // "the two presidents agreed to build the plant together with Kyrgyzstan": when several agree, a with-phrase
    // inside what they agreed to do is a third party to that, not to the agreement
    const prepEnd = symmetricFrame(pattern) && sources.length >= 2 ? infinitiveStart(tokens, objectEnd, sEnd) : sEnd;
    let prepTarget = prep ? readAfterWord(ctx, objectEnd, prepEnd, prep) : [];
    // "demanded the withdrawal of Rwandan troops from Kivu": the request is to the side that is to leave
    if (pattern.type === 'REQUEST') prepTarget = whoseWithdrawal(ctx, triggerEnd, sEnd) ?? prepTarget;
    for (const [id, sector] of takeSectors(ctx)) targetSectors.set(id, sector);
    if (pattern.frame === 'travel' || pattern.frame === 'visit' || (pattern.frame === 'attend' && group.passive)) targets = [];
    // one gathering is attended once: "the combined meeting of the SCO, CSTO and CIS" is the SCO's meeting
    if (pattern.frame === 'attend') targets = targets.slice(0, 1);
    if (prepTarget.length && (!targets.length || pattern.frame === 'meet' || pattern.frame === 'joint' || pattern.frame === 'phone')) targets = [...targets, ...prepTarget];
    // "handed over four vehicles to the Armed Forces": what is given is the object, whom it is given to the target
    else if (prepTarget.length && (pattern.type === 'AID' || pattern.type === 'MOBILIZE') && pattern.prep === 'to') targets = prepTarget;
    else if (prepTarget.length && pattern.type === 'RETREAT') targets = prepTarget;
    if (pattern.type === 'RETREAT') {
      // "withdrew the US from a treaty with Iran": whom the treaty was with; never the withdrawing side itself
      if (!prepTarget.length) {
        const withWhom = readAfterWord(ctx, objectEnd, sEnd, 'with');
        if (withWhom.length && tokens.slice(objectEnd, objectEnd + 8).some((t) => t.lower === 'from')) targets = withWhom;
      }
      const own = new Set(sources.map((id) => ctx.entities.get(id)?.country));
      targets = targets.filter((id) => !own.has(ctx.entities.get(id)?.country) || ctx.entities.get(id)?.kind === 'person');
    }
    if (pattern.type === 'SUPPORT' && pattern.objects && prepTarget.length && targets.length && possessorObject(ctx, triggerEnd, sEnd)) {
      sources = targets;
      targets = prepTarget;
    }
    if (purpose && (symmetricFrame(pattern) || (!targets.length && !prepTarget.length))) targets = prev!.resolvedTargets ?? prev!.targets;
    // "condemned the decisions and threatened to retaliate": the second verb answers the same side
    if (coordinated && !targets.length && !prepTarget.length && pattern.frame === 'directed' && !addressesActorSet(ctx, triggerEnd)) targets = prev!.resolvedTargets ?? prev!.targets;
    if (!sources.length && pattern.frame !== 'alone' && !(group.passive && AGENTLESS_TYPES.has(pattern.type))) continue;
    ctx.lastSourceSectors = sourceSectors;
    if (pattern.militarySubject && !sources.some((id) => isArmedForce(ctx, id))) continue;
    return { pattern, trigger: i, triggerEnd, sentence: tokens[i].sentence, group, sources: unique(sources), targets: unique(targets).filter((t) => !sources.includes(t) || targetSectors.get(t) !== sourceSectors.get(t)), inferredTarget: false, objectEnd: Math.max(objectEnd, triggerEnd), sourceSectors, targetSectors };
  }
  return null;
}

/** Whether a predicate noun follows the object the verb starts at: "called X a dictator", "called X 'a liar'". */
function namesAfterObject(ctx: Context, from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + 8); k++) {
    const m = ctx.actorAt.get(k);
    if (!m) continue;
    const next = ctx.tokens[m.to];
    return next !== undefined && (/^(a|an)$/.test(next.lower) || next.kind === 'quote');
  }
  return false;
}

/** Whether one of the phrases starts at token k. */
function followedBy(tokens: Token[], k: number, phrases: readonly string[]): boolean {
  return phrases.some((p) => p.split(' ').every((w, n) => tokens[k + n]?.lower === w));
}

/** The first "to" that opens an infinitive ("agreed to speed up"), or `end`. */
function infinitiveStart(tokens: Token[], from: number, end: number): number {
  for (let k = from; k < end; k++) if (tokens[k].lower === 'to' && /^\p{Ll}/u.test(tokens[k + 1]?.text ?? '') && !/^(the|a|an|its|their|his|her)$/.test(tokens[k + 1].lower)) return k;
  return end;
}

/** Whether an actor is an armed force: a military organisation, or a country acting through its military. */
function isArmedForce(ctx: Context, id: string): boolean {
  if (ctx.sectors.get(id) === 'military' || ctx.lastSourceSectors.get(id) === 'military') return true;
  const e = ctx.entities.get(id);
  return e?.kind === 'organization' && /\b(Army|Forces|Force|Navy|Military|Troops|Guard|Guards|Corps|Brigades?|Marines|Militia)\b/.test(e.name);
}

/** Event types whose negation is a refusal (REJECT) rather than nothing. */
const REFUSABLE = new Set<PloverType>(['CONCEDE', 'RETREAT', 'AGREE']);

/** "Egypt's help in evacuating…": the owner of the noun a gerund depends on. */
function possessorBefore(ctx: Context, k: number, sStart: number): string | undefined {
  for (let j = k - 1; j > sStart && j > k - 5; j--) {
    if (!/^('s|’s|')$/.test(ctx.tokens[j].text)) continue;
    return mentionEndingAt(ctx, j - 1)?.entity;
  }
  return undefined;
}

/** Coercion reported in the passive without its agent ("71 people were arrested") is the state's own doing. */
const AGENTLESS_TYPES = new Set<PloverType>(['COERCE']);

/** "…, calling the agreements legitimate", "officials asking the US to…": an -ing form opening a participle
 * clause after a comma or right after a name. */
function isParticiple(ctx: Context, i: number, sStart: number): boolean {
  const prev = ctx.tokens[i - 1];
  if (i - 1 < sStart || !prev) return false;
  if (prev.text === ',') return true;
  return mentionEndingAt(ctx, i - 1) !== undefined || (ctx.endingAt.get(i) ?? []).some((m) => m.kind === 'place');
}

/** The subject of a participle: the actor it follows, else the subject of the clause it hangs on. */
function participleSubject(ctx: Context, i: number, sStart: number, prev: Candidate | undefined): string[] {
  const before = mentionEndingAt(ctx, i - 1);
  if (before && ctx.tokens[i - 1].text !== ',') return expand(before);
  if (prev?.sources.length) return prev.sources;
  for (let k = sStart; k < i; k++) {
    const m = ctx.actorAt.get(k);
    if (m && !isPreposition(ctx.tokens[k - 1]?.lower ?? '')) return expand(m);
  }
  return [];
}

/** "…the new tariffs, which the ministry later scrapped": the object stands before "which", ahead of the verb. */
function frontedObject(ctx: Context, i: number, sStart: number, nouns: readonly string[]): boolean {
  // "Talks were held in Jakarta": the passive's subject
  let j = i - 1;
  while (j > sStart && /^(was|were|been|be|is|are|being|has|have|had|also|later|then|reportedly|first)$/.test(ctx.tokens[j].lower)) j--;
  if (j < i - 1 && nouns.some((noun) => noun.split(' ').pop() === ctx.tokens[j]?.lower)) return true;
  for (let k = i - 1; k >= Math.max(sStart + 1, i - 6); k--) {
    if (!/^(which|that)$/.test(ctx.tokens[k].lower)) continue;
    let n = k - 1;
    if (ctx.tokens[n]?.text === ',') n--;
    return nouns.some((noun) => noun.split(' ').pop() === ctx.tokens[n]?.lower);
  }
  return false;
}

/** Where a verb's particle stands: right after it, or after a short object ("called the Chinese out"); -1 if not. */
function particlePosition(tokens: Token[], i: number, end: number, particle: string): number {
  for (let k = i + 1; k < Math.min(end, i + 6); k++) {
    if (tokens[k].lower === particle) return k;
    if (CLAUSE_BREAKS.has(tokens[k].text) || tokens[k].text === ',' || tokens[k].text === '.') break;
  }
  return -1;
}

const isBefore = (k: number, than: number): boolean => k >= 0 && k < than;

/** Nouns that take an infinitive ("efforts to strengthen"): what follows is no event of its own. */
const NOMINAL_GOVERNORS = new Set(['efforts', 'effort', 'plans', 'plan', 'ways', 'way', 'need', 'bid', 'attempt', 'attempts',
  'move', 'decision', 'call', 'calls', 'commitment', 'agreement', 'deal', 'right', 'ability', 'willingness', 'readiness',
  'chance', 'opportunity', 'proposal', 'pledge', 'push', 'drive', 'campaign', 'initiative', 'order', 'request', 'demand',
  'promise', 'offer', 'threat', 'mandate', 'mission', 'time', 'steps', 'measures', 'work', 'determination', 'resolve']);

/** Governors of an infinitive that are events themselves: what they govern did not happen. */
const CODED_GOVERNORS = new Set(['refused', 'refuses', 'refuse', 'refusing', 'declined', 'declines', 'decline', 'threatened',
  'threatens', 'threaten', 'threatening', 'warned', 'warns']);

/** Words before "to" that make the infinitive an event of its own (a plan, a decision), not a purpose clause. */
const isIntentGovernor = (w: string): boolean =>
  /^(plans?|planned|planning|expected|set|scheduled|due|intends?|intended|aims?|hopes?|wants?|likely|ready|prepared|going|agreed|decided|pledged|promised|vowed|offered|committed|invited|urged|asked|called|refused|declined|continued|continues|began|begun|started|sought|seeks|tried|attempted|moved|threatened|able|willing)$/.test(w);

/** "X said Y had met Z" is coded from Y's clause; but a trigger right after a saying verb with no subject is the
 * speaker's summary, not an event ("said meeting Z was useful"). */
function reportedAsSpeech(tokens: Token[], i: number, sStart: number): boolean {
  const prev = tokens[i - 1];
  return i - 1 >= sStart && SAY_VERBS.has(prev.lower) && prev.lower !== 'according';
}

/** "Egypt denied reports that it had sent troops": a clause its speaker denies did not happen as far as the text
 * says. True when "that" after a verb of denial (and its object: "reports", "claims") opens the clause at `from`. */
function deniedClause(tokens: Token[], from: number, sStart: number): boolean {
  for (let k = from - 1; k > sStart && k >= from - 6; k--) {
    if (tokens[k].lower !== 'that') continue;
    let j = k - 1;
    if (/^(reports|claims|allegations|suggestions|accusations|rumours|rumors|speculation)$/.test(tokens[j]?.lower ?? '')) j--;
    return DENIAL_VERBS.has(tokens[j]?.lower ?? '');
  }
  return false;
}
const DENIAL_VERBS = new Set(['denied', 'denies', 'deny', 'denying', 'dismissed', 'dismisses', 'refuted', 'refutes', 'rejected', 'rejects']);

const splitCache = new WeakMap<readonly string[], string[][]>();
const splitNouns = (nouns: readonly string[]): string[][] => {
  let split = splitCache.get(nouns);
  if (!split) splitCache.set(nouns, (split = nouns.map((n) => n.split(' '))));
  return split;
};

function findObjectNoun(ctx: Context, from: number, end: number, nouns: readonly string[]): number {
  const { tokens } = ctx;
  let seen = 0;
  for (let k = from; k < end && seen < 10; k++, seen++) {
    // a name inside the object counts as one word ("the Southern Gas Corridor (SGC) agreement")
    const name = ctx.actorAt.get(k);
    if (name && name.to > k + 1) { k = name.to - 1; if (tokens[k + 1]?.text === '(' && tokens[k + 3]?.text === ')') k += 3; continue; }
    const t = tokens[k];
    if (t.text === ',' || t.text === '.' || t.text === ';') return -1;
    for (const words of splitNouns(nouns)) {
      if (words[0] === t.lower && words.every((w, n) => tokens[k + n]?.lower === w)) return k + words.length;
    }
  }
  return -1;
}

/** Actors of the subject: the nearest actor mention before the verb group in the same clause, with those joined to
 * it by "and" or commas. A mention inside a prepositional phrase ("the meeting with Kuleba") is not a subject. */
function readSubject(ctx: Context, verbFrom: number, sStart: number, trigger: Token): string[] {
  const { tokens } = ctx;
  // "…, and the two leaders agreed", "They called on…": the latest meeting's participants
  const phrase = ' ' + tokens.slice(Math.max(sStart, verbFrom - 4), verbFrom).map((t) => t.lower).join(' ');
  if (GROUP_REFERENCES.some((g) => phrase.endsWith(' ' + g) || phrase.endsWith(' ' + g + ' also') || phrase.endsWith(' ' + g + ' then'))) {
    // "Latvia and Estonia announced that they were…": the speakers of the same sentence, when they are several
    if (/ (they|both)$/.test(phrase)) {
      for (let k = verbFrom - 2; k > sStart; k--) {
        if (!SAY_VERBS.has(tokens[k].lower) || tokens[k] === trigger) continue;
        const speakers = readSubject(ctx, k, sStart, tokens[k]);
        if (speakers.length > 1) return speakers;
        break;
      }
    }
    const group = latestGroup(ctx, verbFrom);
    // "the two countries held drills": the countries of the people who just met
    if (/ (countries|nations|governments|states|allies|neighbours|neighbors|partners)$/.test(phrase.replace(/ (also|then)$/, ''))) {
      const countries = unique(group.map((id) => countryOfActor(ctx, id)).filter((id): id is string => id !== undefined));
      if (countries.length >= 2) return countries;
    }
    if (group.length) return group;
  }
  // "Zabihullah Mujahid, the chief spokesman of the Taliban administration, criticised…": the name before the
  // apposition is the subject
  if (tokens[verbFrom - 1]?.text === ',') {
    for (let k = verbFrom - 2; k > sStart && k > verbFrom - 16; k--) {
      if (tokens[k].text !== ',') continue;
      const named = mentionEndingAt(ctx, k - 1);
      if (named && ctx.entities.get(named.entity)?.kind === 'person') return coordinatedLeft(ctx, named, sStart);
      break;
    }
  }
  let j = verbFrom - 1;
  // "The Malian Army — whose chief is General Toure — entered…": skip the aside between dashes
  if (tokens[j]?.kind === 'dash' && tokens[j].text !== '-') {
    let k = j - 1;
    while (k > sStart && !(tokens[k].kind === 'dash' && tokens[k].text === tokens[j].text) && j - k < 25) k--;
    if (k > sStart && tokens[k].text === tokens[j].text) j = k - 1;
  }
  let gap = 0;
  let relative = false;
  while (j >= sStart && gap < 14) {
    const t = tokens[j];
    // "Ministers of the Andean Community (CAN) states met": an acronym in brackets belongs to the name before it
    if (t.text === ')' && tokens[j - 2]?.text === '(' && ctx.actorAt.has(j - 1)) { j -= 3; gap++; continue; }
    if (CLAUSE_BREAKS.has(t.text) && !(t.kind === 'quote' && gap === 0)) break;
    const m = mentionEndingAt(ctx, j);
    if (m) {
      const before = tokens[m.from - 1];
      // "Leaders of the African Union met": the group noun's "of" phrase names who acted
      const groupOf = before?.lower === 'of' && GROUP_NOUNS.has(tokens[m.from - 2]?.lower ?? '');
      // "after Turkey began…": a word that is a preposition or a conjunction opens a clause when the verb follows
      const clauseOpener = CONJUNCTION_PREPOSITIONS.has(before?.lower ?? '') && m.to === verbFrom;
      if (before && m.from > sStart && isPreposition(before.lower) && !relative && !groupOf && !clauseOpener) { j = m.from - 1; gap++; continue; }
      return coordinatedLeft(ctx, m, sStart);
    }
    // "…with al-Kadhimi, who thanked him": the relative pronoun stands for the name right before it
    if (t.kind === 'word' && /^(who|which)$/.test(t.lower) && gap === 0) { relative = true; j--; if (tokens[j]?.text === ',') j--; continue; }
    // a saying verb ends the subject's search, unless it governs this infinitive ("continued to send", "vowed to")
    if (t.kind === 'word' && SAY_VERBS.has(t.lower) && t !== trigger && tokens[j + 1]?.lower !== 'to') break;
    j--;
    gap++;
  }
  // "we warn the Saudis…" inside a quote: the speaker
  const pronoun = tokens[verbFrom - 1];
  if (pronoun && /^(we|i)$/.test(pronoun.lower)) {
    const quoted = ctx.a.statements.find((st) => st.speaker && st.start <= pronoun.start && pronoun.end <= st.end);
    if (quoted?.speaker) return [quoted.speaker];
  }
  return [];
}

/** The two sides of the latest event between two countries ("urged both governments"): their country entities. */
function latestSides(ctx: Context, before: number): string[] {
  const at = ctx.tokens[before]?.start ?? Infinity;
  for (let n = ctx.events.length - 1; n >= Math.max(0, ctx.events.length - RECENT_EVENTS); n--) {
    const e = ctx.events[n];
    if (e.why.trigger.start >= at) continue;
    const countries = unique(e.actors.map((a) => countryOfActor(ctx, a.entity)).filter((id): id is string => id !== undefined));
    if (countries.length === 2) return countries;
  }
  return [];
}

/** The participants of the latest event with two or more of them, else the two latest people named. */
function latestGroup(ctx: Context, before: number): string[] {
  const recent = ctx.events.slice(-RECENT_EVENTS).filter((e) => !ctx.doc.tokens[before] || e.why.trigger.start < ctx.doc.tokens[before].start);
  for (let n = recent.length - 1; n >= 0; n--) {
    const e = recent[n];
    const ids = unique(e.actors.map((x) => x.entity));
    if (ids.length < 2 || !(e.type === 'CONSULT' || e.actors.every((x) => x.role === 'participant'))) continue;
    // the meeting is every recent meeting linked to this one by a shared participant ("X met A… B joined the talks")
    const members = new Set(ids);
    const count = new Map<string, number>();
    let grew = true;
    while (grew) {
      grew = false;
      for (const o of recent) {
        if (o.type !== 'CONSULT' || !o.actors.some((x) => members.has(x.entity))) continue;
        for (const x of o.actors) if (!members.has(x.entity)) { members.add(x.entity); grew = true; }
      }
    }
    for (const o of recent) if (o.type === 'CONSULT') for (const x of o.actors) if (members.has(x.entity)) count.set(x.entity, (count.get(x.entity) ?? 0) + 1);
    return [...members].sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0));
  }
  return latestPair(ctx, before);
}

const PREPOSITIONS = new Set(['of', 'in', 'at', 'from', 'to', 'with', 'by', 'for', 'on', 'during', 'after', 'before', 'about', 'against', 'between', 'among', 'under', 'over', 'into', 'near', 'than', 'like', 'toward', 'towards', 'across', 'through', 'despite', 'amid', 'including']);
const isPreposition = (w: string): boolean => PREPOSITIONS.has(w);
/** Prepositions that also open clauses ("after Turkey began"). */
const CONJUNCTION_PREPOSITIONS = new Set(['after', 'before', 'since', 'until', 'than', 'like']);

function mentionEndingAt(ctx: Context, j: number): ResolvedMention | undefined {
  let best: ResolvedMention | undefined;
  for (let s = j; s >= Math.max(0, j - 12); s--) {
    const m = ctx.actorAt.get(s);
    if (m && m.to === j + 1 && (!best || m.from < best.from)) best = m;
  }
  return best;
}

/** Actors joined to a mention on its left: "X and Y", "X, Y and Z". A comma alone is an apposition ("The chief of
 * the Air Force, Marshal X, arrived"), so the link next to the mention must be "and". */
function coordinatedLeft(ctx: Context, m: ResolvedMention, sStart: number): string[] {
  noteSectors(ctx, m);
  const out = expand(m);
  let cur = m;
  let links = 0;
  for (;;) {
    let k = cur.from - 1;
    if (k >= sStart && /^(the|both)$/.test(ctx.tokens[k].lower)) k--;
    if (k < sStart || !COORDINATORS.has(ctx.tokens[k].lower)) break;
    if (links === 0 && ctx.tokens[k].lower === ',') break;
    if (ctx.tokens[k].text === ',' && ctx.tokens[k - 1]?.lower === 'and') k--;
    const prev = mentionEndingAt(ctx, k - 1);
    if (!prev || links >= MAX_LIST) break;
    noteSectors(ctx, prev);
    out.unshift(...expand(prev));
    cur = prev;
    links++;
  }
  return out;
}

/** Actors joined to a mention on its right: "X and Y", "X, Y and Z" (a comma counts only in a list closed by
 * "and"). */
function coordinatedRight(ctx: Context, m: ResolvedMention, end: number): { ids: string[]; end: number } {
  noteSectors(ctx, m);
  const out = expand(m);
  let to = m.to;
  const items: ResolvedMention[] = [];
  let closed = false;
  for (;;) {
    let k = to;
    if (ctx.tokens[k]?.text === '(' && ctx.tokens[k + 2]?.text === ')') k += 3; // "the National Liberation Army (ELN) and…"
    if (k >= end || !COORDINATORS.has(ctx.tokens[k].lower)) break;
    const isAnd = ctx.tokens[k].lower !== ',';
    k++;
    if (ctx.tokens[k]?.lower === 'and') k++;
    if (ctx.tokens[k]?.lower === 'the') k++;
    const next = ctx.actorAt.get(k);
    if (!next || items.length >= MAX_LIST) break;
    items.push(next);
    to = next.to;
    if (isAnd || ctx.tokens[k - 1]?.lower === 'and' || ctx.tokens[k - 2]?.lower === 'and') { closed = true; break; }
  }
  if (!closed) return { ids: out, end: m.to };
  for (const next of items) {
    noteSectors(ctx, next);
    out.push(...expand(next));
  }
  return { ids: out, end: to };
}

const expand = (m: ResolvedMention): string[] => m.group ?? [m.entity];

/** The sectors noted since the last call, and a fresh start for the next side. */
function takeSectors(ctx: Context): Map<string, string> {
  const taken = new Map(ctx.sectors);
  ctx.sectors.clear();
  return taken;
}

/** Records the sector of generic actors as they are read ("Serbian police"). */
function noteSectors(ctx: Context, m: ResolvedMention): void {
  if (m.sector) ctx.sectors.set(m.entity, m.sector);
}

/** The object: the first actor mention after the verb, before the clause ends (skipping determiners, adjectives,
 * numbers: "trained 35 Tajik cadets"). */
function readObject(ctx: Context, from: number, end: number, pattern: EventPattern): string[] {
  const { tokens } = ctx;
  // "urged both governments", "called on the two sides": the two sides of the story so far
  const phrase = tokens.slice(from, Math.min(end, from + 3)).map((t) => t.lower).join(' ');
  if (/^(both (sides|governments|countries|parties|leaders|nations)|the two (sides|governments|countries|parties|leaders|nations)|all sides|all parties)\b/.test(phrase)) {
    return latestSides(ctx, from);
  }
  // verbs of attitude reach the actor behind a thing: "condemned the memoranda between Turkey and Libya",
  // "criticised the decision by Brazil", "welcomed Egypt's efforts"
  const attitude = ATTITUDE_TYPES.has(pattern.type) && pattern.frame === 'directed' || pattern.frame === 'attend';
  for (let k = from; k < Math.min(end, from + (attitude ? 12 : 8)); k++) {
    const t = tokens[k];
    const m = ctx.actorAt.get(k);
    if (m && !(symmetricFrame(pattern) && isModifier(ctx, m))) {
      if (pattern.needsActorObject && isPossessor(ctx, m)) return [];
      return coordinatedRight(ctx, m, end).ids;
    }
    if ((t.text === ',' && !pattern.acrossCommas) || t.text === '.' || CLAUSE_BREAKS.has(t.text)) return [];
    if (GROUP_NOUNS.has(t.lower) && tokens[k + 1]?.lower === 'of') { k++; continue; }
    if (t.kind === 'word' && isPreposition(t.lower) && !(attitude && /^(of|between|by|from|on|against)$/.test(t.lower)) && !(pattern.frame === 'directed' && t.lower === 'of' && k === from)) return [];
    if (t.lower === 'to' || t.lower === 'that' || t.lower === 'and' || t.lower === 'which' || t.lower === 'who') return [];
    if (k > from && opensReducedRelative(tokens, k)) return [];
  }
  return [];
}

const ATTITUDE_TYPES = new Set<PloverType>(['ACCUSE', 'REJECT', 'SUPPORT', 'SANCTION']);

/** Whether the first actor after the verb marks whose the object is ("welcomed Colombia's decision"). */
function possessorObject(ctx: Context, from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + 4); k++) {
    const m = ctx.actorAt.get(k);
    if (m) return isPossessor(ctx, m);
  }
  return false;
}

/** "Griffiths’ latest trip": an actor followed by a possessive marks whose the object is, and is not the object. */
const isPossessor = (ctx: Context, m: ResolvedMention): boolean => /^('s|'|’|’s)$/.test(ctx.tokens[m.to]?.text ?? '');

const symmetricFrame = (p: EventPattern): boolean => p.frame === 'meet' || p.frame === 'phone' || p.frame === 'joint' || p.frame === 'host';

/** A country named as a modifier ("India-Tajikistan defence relations", "Tajik cadets") is no one to meet. */
function isModifier(ctx: Context, m: ResolvedMention): boolean {
  // "signed the AfCFTA agreement": the agreement's name, not a party to it
  let after = m.to;
  if (ctx.tokens[after]?.text === '(' && ctx.tokens[after + 2]?.text === ')') after += 3;
  if (m.kind === 'organization') return /^(agreement|deal|treaty|pact|accord|charter|protocol|framework|convention|declaration)$/.test(ctx.tokens[after]?.lower ?? '');
  if (m.kind !== 'country') return false;
  const token = ctx.tokens[m.from];
  if (m.via === 'demonym' || m.start > token.start || m.end < token.end) return true;
  const next = ctx.tokens[m.to];
  if (next?.kind === 'dash' && !next.spaceBefore && ctx.actorAt.get(m.to + 1)?.kind === 'country') return true;
  // "India-Tajikistan Defence relations", "US troops", "Kenyan officials": the country qualifies the noun after it
  return next !== undefined && next.kind === 'word' && (/^\p{Lu}/u.test(next.text) && !ctx.actorAt.has(m.to) || QUALIFIED_NOUNS.has(next.lower));
}

/** Nouns a country name qualifies when it stands right before them. */
const QUALIFIED_NOUNS = new Set(['relations', 'ties', 'cooperation', 'border', 'borders', 'talks', 'dialogue', 'forces',
  'troops', 'government', 'officials', 'army', 'navy', 'embassy', 'partnership', 'agreement', 'deal', 'trade', 'defence',
  'defense', 'military', 'security', 'summit', 'war', 'conflict', 'crisis', 'issue', 'dispute', 'economy', 'policy',
  'side', 'authorities', 'ministry', 'minister', 'president', 'leader', 'leaders', 'delegation', 'counterpart', 'soldiers',
  'nationals', 'citizens', 'companies', 'firms', 'waters', 'territory', 'airspace', 'interests', 'bilateral', 'strategic']);

/** Actors after a given word later in the clause: "with X", "on X", "by X", "to X". */
/** Words after "and" that open a second verb phrase rather than a second name. */
const SECOND_VERB_OPENERS = new Set(['will', 'would', 'shall', 'also', 'then', 'later', 'has', 'had', 'have', 'is', 'was', 'were', 'are', 'plans', 'planned']);

function readAfterWord(ctx: Context, from: number, end: number, word: string): string[] {
  const { tokens } = ctx;
  for (let k = from; k < Math.min(end, from + 14); k++) {
    const t = tokens[k];
    // a phrase set off by a comma belongs to the sentence, not the verb ("…signed, with Eritrea the only one not")
    if (CLAUSE_BREAKS.has(t.text) || t.text === ';' || (t.text === ',' && word !== 'by')) return [];
    // "met Modi on Friday and will hold talks with Singh": the with-phrase belongs to the second verb
    if (t.lower === 'and' && SECOND_VERB_OPENERS.has(tokens[k + 1]?.lower ?? '')) return [];
    if (!word.split('|').includes(t.lower)) continue;
    const m = actorAfter(ctx, k + 1, end);
    if (m) return coordinatedRight(ctx, m, end).ids;
  }
  return [];
}

/** The actor mention at token j, or after determiners, country modifiers and group nouns ("his Peruvian
 * counterpart X", "members of the European Union", "the navies of China, India and Oman"). */
function actorAfter(ctx: Context, j: number, end: number): ResolvedMention | undefined {
  for (let k = j; k < Math.min(end, j + 6); k++) {
    const m = ctx.actorAt.get(k);
    // "with Kazakhstan's Kassym-Jomart Tokayev": the possessor names the country of the one who follows
    const owned = m && isPossessor(ctx, m) ? ctx.actorAt.get(m.to + 1) : undefined;
    if (owned && owned.kind === 'person') return owned;
    if (m && !isModifier(ctx, m)) return m;
    if (m) { k = m.to - 1; continue; }
    const w = ctx.tokens[k].lower;
    if (GROUP_NOUNS.has(w) && ctx.tokens[k + 1]?.lower === 'of') { k++; continue; }
    if (!ACTOR_PREFIXES.test(w) && ctx.tokens[k].kind !== 'number') return undefined;
  }
  return undefined;
}

/** Words that may stand before an actor's name in a phrase: determiners, numbers, qualifiers of an office that the
 * title reader does not take ("Acting Haitian Prime Minister", "His Highness the Amir"). */
const ACTOR_PREFIXES = /^(the|his|her|their|its|a|an|both|all|our|your|my|some|several|other|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|acting|alternate|interim|outgoing|incoming|new|newly|former|caretaker|visiting|highness|majesty|excellency|royal|then|northern|southern|eastern|western|central|north-eastern|northeastern|north-western|northwestern|south-eastern|southeastern|south-western|southwestern|neighbouring|neighboring)$/;

/** Nouns for parts of an actor that stand before "of" ("members of the EU", "the navies of China"). */
const GROUP_NOUNS = new Set(['members', 'member', 'navies', 'armies', 'militaries', 'governments', 'leaders', 'ministers',
  'officials', 'representatives', 'delegations', 'delegates', 'forces', 'troops', 'envoys', 'diplomats', 'states',
  'countries', 'nations', 'allies', 'partners', 'government', 'leader', 'president', 'army', 'navy', 'embassy', 'ministry']);

function latestPair(ctx: Context, before: number): string[] {
  const seen: string[] = [];
  const mentions = ctx.a.stage!.mentions;
  let looked = 0;
  for (let n = mentions.length - 1; n >= 0 && seen.length < 2 && looked < 200; n--) {
    const m = mentions[n];
    if (m.from >= before) continue;
    looked++;
    if (m.kind === 'person' && !seen.includes(m.entity)) seen.push(m.entity);
  }
  return seen.length === 2 ? seen.reverse() : [];
}

const unique = (xs: string[]): string[] => [...new Set(xs)];

/** The events one trigger codes: one per source×target pair, with place, date, occasion, topic and evidence. */
function buildEvents(ctx: Context, c: Candidate, lastDated: EventDate | undefined): Event[] {
  const { doc, tokens } = ctx;
  const sentence = doc.sentences[c.sentence];
  const p = c.pattern;
  let type: PloverType = p.type;
  let cameo = p.cameo;
  let mode = p.mode;
  // "Harris attacked Biden during the debates": one person attacking another by name is criticism; armed attacks
  // are reported against places, forces and countries, or with words that say so ("shot", "stabbed")
  const isPerson = (id: string): boolean => ctx.entities.get(id)?.kind === 'person';
  if (p.verb === 'attack' && c.sources.length && c.targets.length && c.sources.every(isPerson) && c.targets.every(isPerson)) {
    type = 'ACCUSE';
    cameo = '111';
  }
  if (c.group.negated) {
    // a refusal is coded only when the text says whom it concerns
    if (!c.targets.length) return [];
    type = 'REJECT';
    cameo = p.type === 'AGREE' ? '120' : '124';
    mode = undefined;
  }
  // a planned meeting, visit or aid is an agreement to it; a planned attack or sanction is a threat
  if (c.group.tense === 'future') {
    if (['CONSULT', 'AID', 'COOPERATE', 'SUPPORT', 'CONCEDE', 'RETREAT'].includes(type)) {
      type = 'AGREE';
      cameo = p.type === 'CONSULT' ? '036' : p.type === 'AID' ? '033' : '030';
      mode = undefined;
    } else if (['SANCTION', 'COERCE', 'ASSAULT', 'MOBILIZE'].includes(type)) {
      type = 'THREATEN';
      cameo = '130';
      mode = undefined;
    } else if (type !== 'AGREE' && type !== 'THREATEN') return [];
  }
  let location = findLocation(ctx, c);
  let targets = c.targets;
  let inferred = false;
  if (p.frame === 'visit' || p.frame === 'travel') {
    // "travelled to Chile, Peru, Bolivia and Ecuador": one visit per country
    const visited = destinations(ctx, c);
    targets = unique(visited.map((id) => locationCountry(ctx, id)).filter((id): id is string => id !== undefined)).filter((id) => !c.sources.some((s0) => countryOfActor(ctx, s0) === id));
    if (!targets.length && p.frame === 'visit') targets = readObject(ctx, c.triggerEnd, sentence.tokenEnd, p);
  }
  if (!targets.length && p.verb === 'claim') {
    targets = attackVictim(ctx, c);
    location ??= attackPlace(ctx, c);
  }
  if (!targets.length && p.frame === 'directed' && ['REQUEST', 'ACCUSE', 'SUPPORT', 'REJECT', 'THREATEN', 'ASSAULT'].includes(type)) {
    targets = authorOfObject(ctx, c);
    if (!targets.length) targets = complementTarget(ctx, c);
    if (!targets.length) { targets = counterpartInContext(ctx, c); inferred = targets.length > 0; }
  }
  let sources = c.sources;
  if (!sources.length && c.group.passive && AGENTLESS_TYPES.has(type)) {
    // "71 people were arrested": the state where it happened
    const home = locationCountry(ctx, location) ?? (ctx.a.stage!.home ? countryEntity(ctx, ctx.a.stage!.home) : undefined);
    if (home) { sources = [home]; c.sourceSectors.set(home, type === 'COERCE' ? 'police' : 'government'); }
    if (home && !targets.length) { targets = [home]; c.targetSectors.set(home, 'civilians'); }
  }
  if (!targets.length && type === 'RETREAT' && ctx.a.stage!.home) {
    // "announced its pull-out from the province": from the country the article is about
    const home = countryEntity(ctx, ctx.a.stage!.home);
    if (!sources.some((s0) => countryOfActor(ctx, s0) === home)) targets = [home];
  }
  if (!targets.length && p.frame === 'alone' && DOMESTIC_TYPES.has(type)) {
    // protests, concessions and coercion without a named target concern the actor's own country or the place's
    const own = locationCountry(ctx, location) ?? countryOfActor(ctx, sources[0]);
    if (own) targets = [own];
  }
  if (p.frame === 'attend' && !c.group.passive && !targets.length && tokens.slice(c.triggerEnd, c.objectEnd + 3).some((t) => GATHERING_NOUNS.has(t.lower))) {
    // "X joined the talks": the talks the article just reported
    const meeting = latestGroup(ctx, c.trigger).filter((id) => !sources.includes(id));
    if (meeting.length) targets = [meeting[0]];
  }
  if (type === 'AGREE' && p.frame === 'joint' && !targets.length && sources.length === 1) {
    // "X agreed to send Sweden's application…": a pledge to whoever it concerns
    const sEnd = ctx.doc.sentences[c.sentence].tokenEnd;
    const infinitive = tokens[c.triggerEnd]?.lower === 'to' ? c.triggerEnd + 2 : -1;
    const object = infinitive > 0 ? readObject(ctx, infinitive, sEnd, { ...p, frame: 'directed', type: 'SUPPORT' }) : [];
    // whom the agreed action concerns: its object, else the first actor after to/for/with/into/in/against/on
    const concerned = object.length ? object : readAfterWord(ctx, c.triggerEnd, Math.min(sEnd, c.triggerEnd + 14), 'to|for|with|into|in|against|on|from');
    const own = countryOfActor(ctx, sources[0]);
    targets = concerned.filter((t) => !sources.includes(t) && t !== own).slice(0, 3);
    if (targets.length) return buildEvents(ctx, { ...c, pattern: { ...p, frame: 'directed' }, targets, sources }, lastDated);
  }
  sources = specific(ctx, sources);
  targets = specific(ctx, targets);
  // a person's own country is no target of an agreement, a request or praise ("Embaló offered Guinea-Bissau's…")
  if (!DOMESTIC_TYPES.has(type) && type !== 'ASSAULT' && type !== 'SANCTION') {
    const own = new Set(sources.map((id) => countryOfActor(ctx, id)));
    const kept = targets.filter((t) => !(ctx.entities.get(t)?.kind === 'country' && own.has(t)));
    if (kept.length || !['meet', 'phone', 'joint'].includes(p.frame)) targets = kept;
  }
  // forces sent to another country ("sent 100 police officers to Honiara at the request of…") are aid to it
  if (type === 'MOBILIZE' && targets.length && targets.every((t) => countryOfActor(ctx, t) && !sources.some((s0) => countryOfActor(ctx, s0) === countryOfActor(ctx, t)))) {
    type = 'AID';
    cameo = '074';
    mode = 'peacekeeping';
  }
  const symmetric = p.frame === 'meet' || p.frame === 'phone' || p.frame === 'joint';
  const occasionOrg = occasionOrganization(ctx, c);
  // "Presidents Buhari and Talon signed the agreement at an AU summit": each agreed with the organisation
  if (type === 'AGREE' && symmetric && !targets.length && occasionOrg && !sources.includes(occasionOrg)) targets = [occasionOrg];
  // "Ministers of ASEAN member states met in Vientiane": the organisation's members met, a multilateral meeting of one actor
  const orgMeeting = type === 'CONSULT' && symmetric && !targets.length && sources.length === 1 && ctx.entities.get(sources[0])?.kind === 'organization';
  if (symmetric && targets.length === 0 && sources.length < 2 && !orgMeeting) return [];
  if (!symmetric && p.frame !== 'alone' && !targets.length) return [];
  if (p.frame === 'attend' && !targets.length) return [];
  if (!sources.length) return [];

  const occasion = findOccasion(ctx, c);
  let date = eventDate(ctx, c, occasion, lastDated);
  // "During the meeting, X called for…", "They called on Turkey…": what happened at an event just reported
  // happened where and when it did
  // (a planned event is not where and when a past one was, nor the other way round)
  // (through a shared target only a meeting sets the scene: "Hamas accused Israel in Doha" does not place Hezbollah's
  // rockets at Israel there)
  const byTarget = relatedEvent(ctx, c, targets);
  const relatedAny = relatedEvent(ctx, c, sources) ?? (byTarget?.type === 'CONSULT' ? byTarget : undefined);
  const related = relatedAny && relatedAny.why.rule.includes('planned') === (c.group.tense === 'future') ? relatedAny : undefined;
  if (related) {
    location ??= related.location;
  }
  // a domestic event the text places nowhere happened where the story is: the home country's main place
  if (!location && ctx.storyPlace && [...sources, ...targets].every((id) => countryOfActor(ctx, id) === countryEntity(ctx, ctx.a.stage!.home!))) location = ctx.storyPlace;
  // a past event of the lead paragraph that the text places nowhere happened where the dateline says the story was
  // filed ("JOHANNESBURG — … signed agreements on Thursday")
  if (!location && ctx.datelinePlace && ctx.doc.sentences[c.sentence].paragraph === 0 && c.group.tense !== 'future') location = ctx.datelinePlace;
  if (related) {
    if (date.basis !== 'text' && date.basis !== 'occasion' && related.date.start && (related.date.basis === 'text' || related.date.basis === 'occasion')) {
      date = { ...related.date, basis: 'context' };
    }
  }
  if (p.type === 'AID' && !mode) {
    // the kind of aid, from the words of its object: military first ("military and humanitarian aid" is military)
    const object = tokens.slice(c.triggerEnd, Math.min(sentence.tokenEnd, c.objectEnd + 6)).map((t) => t.lower);
    const kind = object.some((w) => MILITARY_WORDS.has(w)) ? 'military' : object.some((w) => HUMANITARIAN_WORDS.has(w)) ? 'humanitarian' : object.some((w) => ECONOMIC_WORDS.has(w)) ? 'economic' : undefined;
    if (kind) { mode = kind; cameo = cameo === '070' ? AID_CAMEO[kind] : cameo; }
  }
  const phone = p.type === 'CONSULT' && (p.frame === 'phone' || tokens.slice(Math.max(sentence.tokenStart, c.trigger - 3), Math.min(sentence.tokenEnd, c.triggerEnd + 8)).some((t) => PHONE_CUES.has(t.lower)));
  const evidence: Span = { start: sentence.start, end: sentence.end };
  const trigger = { start: tokens[c.trigger].start, end: tokens[c.triggerEnd - 1].end, text: doc.text.slice(tokens[c.trigger].start, tokens[c.triggerEnd - 1].end) };
  const topics = readTopics(ctx, c);
  // one event per pair, as PLOVER codes compound actors: each source with each target; a meeting of three or
  // more named together is the first named (the host, the subject's head) with each of the others
  const pairs: [string, string | undefined][] = [];
  if (orgMeeting) pairs.push([sources[0], undefined]);
  else if (symmetric && !targets.length) for (const other of sources.slice(1)) pairs.push([sources[0], other]);
  else if (!targets.length) for (const s0 of sources) pairs.push([s0, undefined]);
  else for (const s0 of sources) for (const t of targets) pairs.push([s0, t]);
  const parties = new Set([...sources, ...targets].map((id) => countryOf(ctx, id) ?? id));
  const confidence = Math.round((p.confidence ?? 0.9) * (inferred ? 0.7 : 1) * (c.group.tense === 'present' ? 0.9 : 1) * 100) / 100;
  const out: Event[] = [];
  for (const [source, target] of pairs) {
    const sourceSector = c.sourceSectors.get(source);
    const targetSector = target ? c.targetSectors.get(target) ?? (DOMESTIC_TYPES.has(type) || source === target ? 'government' : undefined) : undefined;
    // a country acting on itself counts only through different parts of it ("protesters" against the government)
    if (source === target && (!sourceSector || sourceSector === targetSector)) continue;
    let eventMode = mode;
    let eventCameo = cameo;
    const role: ActorRole = symmetric ? 'participant' : 'source';
    let actors: Event['actors'] = [{ entity: source, role, ...(sourceSector ? { sector: sourceSector } : {}) }];
    if (target) actors.push({ entity: target, role: symmetric ? 'participant' : 'target', ...(targetSector ? { sector: targetSector } : {}) });
    if (orgMeeting) { eventMode = 'multilateral'; eventCameo = '040'; }
    else if (type === 'CONSULT' && p.frame !== 'attend') {
      const m = consultMode(ctx, actors.map((x) => x.entity), location, occasion, phone, p, parties.size);
      eventMode = m.mode;
      eventCameo = m.cameo;
      if (m.visitor) actors = orderVisit(actors, m.visitor);
    }
    if (type === 'CONSULT' && p.frame === 'attend') actors = actors.map((x) => ({ ...x, role: 'participant' as ActorRole }));
    const event: Event = {
      id: '', type, cameo: eventCameo, actors, date, topics, accompanying: [], evidence: [evidence], confidence,
      why: { trigger, rule: `${p.verb}${p.objects ? ' +' + (p.objects[0] ?? '') : ''} (${p.frame}${c.group.passive ? ', passive' : ''}${c.group.tense === 'future' ? ', planned' : ''}${inferred ? ', target from context' : ''})` },
    };
    if (eventMode) event.mode = eventMode;
    if (location) event.location = location;
    if (occasion) event.occasion = occasion.occasion;
    out.push(event);
  }
  return out;
}

/** The organisation whose gathering the event takes place at ("at an AU summit"), if it is an organisation. */
function occasionOrganization(ctx: Context, c: Candidate): string | undefined {
  const o = findOccasion(ctx, c);
  const e = o?.occasion.entity ? ctx.entities.get(o.occasion.entity) : undefined;
  return e?.kind === 'organization' ? e.id : undefined;
}

/** Mode and CAMEO code of a meeting: phone; visit (one side in the other's country: the visitor is the source);
 * third-party (in a country neither side is from); multilateral (three or more parties). */
function consultMode(ctx: Context, ids: string[], location: string | undefined, occasion: ReturnType<typeof findOccasion>, phone: boolean, p: EventPattern, parties: number): { mode?: string; cameo: string; visitor?: string } {
  if (phone) return { mode: 'phone', cameo: '041' };
  if (p.frame === 'host') return { mode: 'host', cameo: '043' };
  if (p.frame === 'visit' || p.frame === 'travel' || p.mode === 'visit') return { mode: 'visit', cameo: '042', visitor: ids[0] };
  const countries = ids.map((id) => countryOf(ctx, id));
  if (parties >= 3 || p.mode === 'multilateral') return { mode: 'multilateral', cameo: '040' };
  const place = location ? countryOf(ctx, location) : undefined;
  if (place && countries.every(Boolean)) {
    const home = countries.indexOf(place);
    if (home >= 0 && countries.some((c) => c !== place)) return { mode: 'visit', cameo: '042', visitor: ids[countries.findIndex((c) => c !== place)] };
    if (home < 0 && new Set(countries).size >= 2) return { mode: 'third-party', cameo: '044' };
  }
  if (occasion && !place) return { mode: 'third-party', cameo: '044' };
  return { cameo: p.cameo === '043' ? '040' : p.cameo };
}

/** A visit is directed: the visitor is the source, the host the target. */
function orderVisit(actors: Event['actors'], visitor: string): Event['actors'] {
  return [...actors]
    .sort((a, b) => Number(b.entity === visitor) - Number(a.entity === visitor))
    .map((a) => ({ ...a, role: (a.entity === visitor ? 'source' : 'target') as ActorRole }));
}

const countryOf = (ctx: Context, id: string): string | undefined => ctx.entities.get(id)?.country;

/** "his Greek and French counterparts, Dendias and Le Drian": a country listed beside a person of it is that
 * person's; keep the person. */
function specific(ctx: Context, ids: string[]): string[] {
  if (ids.length < 2) return ids;
  const represented = new Set(ids.map((id) => ctx.entities.get(id)).filter((e) => e && e.kind !== 'country').map((e) => e!.country));
  return ids.filter((id) => { const e = ctx.entities.get(id); return !(e?.kind === 'country' && represented.has(e.country)); });
}

/** Event types that, without a named target, concern the actor's own country. */
const DOMESTIC_TYPES = new Set<PloverType>(['PROTEST', 'CONCEDE', 'COERCE', 'MOBILIZE']);

/** The country entity a place (or country) entity stands in. */
function locationCountry(ctx: Context, location: string | undefined): string | undefined {
  const place = location ? ctx.entities.get(location) : undefined;
  if (!place) return undefined;
  return place.kind === 'country' ? place.id : place.country ? countryEntity(ctx, place.country) : undefined;
}

/** The country entity of an actor: itself for a country, its country's for a person or organisation. */
function countryOfActor(ctx: Context, id: string | undefined): string | undefined {
  const e = id ? ctx.entities.get(id) : undefined;
  if (!e) return undefined;
  return e.kind === 'country' ? e.id : e.country ? countryEntity(ctx, e.country) : undefined;
}

/** The country entity for a code, created when the article names only a place or a person of that country. */
function countryEntity(ctx: Context, code: string): string {
  const found = ctx.a.entities.find((e) => e.kind === 'country' && e.country === code);
  if (found) return found.id;
  const info = lexicon().countries.get(code);
  const entity: Entity = { id: `e${ctx.a.entities.length + 1}c`, kind: 'country', name: info?.name ?? code, aliases: [], country: code, titles: [], offices: [], mentions: [], origin: 'rule' };
  if (info?.coordinates) entity.coordinates = info.coordinates;
  ctx.a.entities.push(entity);
  ctx.entities.set(entity.id, entity);
  return entity.id;
}

/** "in Moscow", "at the summit in Cairo", "to Riyadh": the nearest place after a locative preposition in the
 * sentence, else the occasion's place, else the latest place of an event in the same paragraph. */
/** Nouns whose "in X" names what is talked about: "the situation in Gaza", "peace in the region". */
const TOPIC_NOUNS = new Set(['situation', 'crisis', 'conflict', 'war', 'developments', 'tensions', 'peace', 'security', 'stability',
  'violence', 'fighting', 'escalation', 'events', 'unrest', 'ceasefire', 'truce', 'humanitarian', 'investment', 'investments',
  'boundary', 'border', 'dispute', 'waters', 'territory', 'claims', 'sovereignty', 'presence', 'operations', 'activities',
  'drilling', 'exploration', 'projects', 'interests', 'rights', 'navigation']);

function findLocation(ctx: Context, c: Candidate): string | undefined {
  const { tokens } = ctx;
  // a place in the trigger's own clause: "…, which they will sign in Canberra" places the signing, not the talks
  const clause = clauseOf(ctx, c);
  const places = nearby(ctx, c, 25).filter((m) => (m.kind === 'place' || m.kind === 'country') && m.via !== 'demonym' && m.start >= clause.start && m.end <= clause.end);
  // the nearest place after a preposition of place; a building "at the …" or a possessor ("in Russia's Far East")
  // only when no other place is given ("at the Élysée Palace in Paris" is in Paris)
  let best: { id: string; distance: number } | undefined;
  let fallback: { id: string; distance: number } | undefined;
  const sentTo = /^(to|towards|toward)$/;
  for (const m of places) {
    const possessor = /^('s|’s)$/.test(tokens[m.to]?.text ?? '');
    if (possessor && tokens[m.from - 1]?.lower !== 'in') continue; // "to Afghanistan's neighbour Pakistan"
    // "discussed the situation in the Middle East": a place the talk was about, not where it was held
    if (TOPIC_NOUNS.has(tokens[m.from - (tokens[m.from - 1]?.lower === 'the' ? 3 : 2)]?.lower ?? '')) continue;
    const building = tokens[m.from - 1]?.lower === 'the' && tokens[m.from - 2]?.lower === 'at';
    const prep = tokens[m.from - 1]?.lower === 'the' ? tokens[m.from - 2] : tokens[m.from - 1];
    if (!prep || !LOCATIVE_PREPOSITIONS.has(prep.lower)) continue;
    if (prep.lower === 'from' && c.pattern.frame !== 'travel') continue;
    // "warned Pyongyang against supplying weapons to Moscow": where things go is not where the warning was made
    if (sentTo.test(prep.lower) && c.pattern.frame === 'directed' && !['AID', 'MOBILIZE', 'ASSAULT', 'COERCE'].includes(c.pattern.type)) continue;
    if (m.kind === 'country' && c.pattern.frame !== 'travel' && c.pattern.frame !== 'visit' && prep.lower !== 'in') continue;
    const distance = m.from > c.trigger ? m.from - c.trigger : (c.trigger - m.to) * 2;
    if (distance > 25) continue;
    const found = { id: m.entity, distance };
    if (building || possessor) { if (!fallback || distance < fallback.distance) fallback = found; }
    else if (!best || distance < best.distance) best = found;
  }
  if (best) return best.id;
  if (fallback) return fallback.id;
  // "entered Tell Tamer", "seized Bakhmut": the place the action is done to
  if (c.pattern.frame === 'alone' || c.pattern.type === 'ASSAULT' || c.pattern.type === 'COERCE') {
    const object = ctx.bySentence[c.sentence].find((m) => m.from === c.triggerEnd && m.kind === 'place');
    if (object) return object.entity;
  }
  // "the Cairo summit denounced…": the city a gathering is named after
  const host = ctx.bySentence[c.sentence].find((m) => (m.kind === 'place' || m.via === 'metonym') && GATHERING_NOUNS.has(tokens[m.to]?.lower ?? ''));
  if (host) {
    const place = ctx.bySentence[c.sentence].find((m) => m.kind === 'place' && m.from === host.from);
    if (place) return place.entity;
  }
  if (c.pattern.frame === 'visit') {
    const obj = ctx.bySentence[c.sentence].find((m) => m.from >= c.triggerEnd && m.from < c.triggerEnd + 4 && (m.kind === 'place' || m.kind === 'country'));
    if (obj) return obj.entity;
  }
  const occasion = findOccasion(ctx, c);
  if (occasion?.info.location) return occasion.info.location;
  return undefined;
}

/** Places a visit or journey goes to: the place or country after the verb (or its preposition), and those
 * coordinated with it. */
function destinations(ctx: Context, c: Candidate): string[] {
  const { tokens } = ctx;
  const s = ctx.doc.sentences[c.sentence];
  const places = ctx.bySentence[c.sentence].filter((m) => (m.kind === 'place' || m.kind === 'country') && m.via !== 'demonym' && m.via !== 'generic');
  const want = c.pattern.prep ?? (c.pattern.frame === 'travel' ? 'to' : undefined);
  let k = c.triggerEnd;
  if (want) {
    while (k < s.tokenEnd && k < c.triggerEnd + 8 && !/^(to|in|for|into)$/.test(tokens[k].lower) && tokens[k].lower !== want && !CLAUSE_BREAKS.has(tokens[k].text) && tokens[k].text !== ',') k++;
    if (k >= s.tokenEnd || k >= c.triggerEnd + 8 || CLAUSE_BREAKS.has(tokens[k].text) || tokens[k].text === ',') return [];
    k++;
    if (want === 'from' && tokens[k - 1].lower === 'from') {
      while (k < s.tokenEnd && k < c.triggerEnd + 12 && tokens[k].lower !== 'to') k++;
      k++;
    }
  }
  const out: string[] = [];
  while (k < s.tokenEnd) {
    while (k < s.tokenEnd && /^(the|,|and)$/.test(tokens[k].lower)) k++;
    let m: ResolvedMention | undefined = places.filter((x) => x.from === k).sort((a, b) => b.to - a.to)[0];
    // "to Afghanistan's neighbour Pakistan": the possessor is not where the trip goes
    const possessor = m && /^('s|’s)$/.test(tokens[m.to]?.text ?? '') ? m : undefined;
    if (possessor) m = places.find((x) => x.from > possessor.to && x.from <= possessor.to + 3);
    if (!m) break;
    out.push(m.entity);
    k = m.to;
    if (!/^(,|and)$/.test(tokens[k]?.lower ?? '')) break;
  }
  return out;
}

/** The most mentioned city or region of the article's home country (a dateline counts twice). */
function storyPlace(ctx: Context): string | undefined {
  const home = ctx.a.stage!.home;
  if (!home) return undefined;
  const count = new Map<string, number>();
  for (const m of ctx.a.stage!.mentions) {
    const e = ctx.entities.get(m.entity);
    if (m.kind !== 'place' || e?.country !== home) continue;
    count.set(m.entity, (count.get(m.entity) ?? 0) + (m.from === 0 ? 2 : 1));
  }
  return [...count].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Gatherings the article names ("the SCO summit", "the Cairo summit"), with the place and dates stated for them
 * anywhere in the article ("…flew to Astana for the SCO meeting, which runs from 3 to 5 July"). */
function findOccasions(ctx: Context): OccasionInfo[] {
  const { tokens } = ctx;
  const out = new Map<string, OccasionInfo>();
  for (let i = 0; i < tokens.length; i++) {
    if (!GATHERING_NOUNS.has(tokens[i].lower)) continue;
    const org = [...(ctx.endingAt.get(i) ?? []), ...(tokens[i - 1]?.text === ')' ? ctx.endingAt.get(i - 1) ?? [] : [])].find((m) => m.kind === 'organization');
    if (!org) continue;
    const key = org.entity;
    const info = out.get(key) ?? { key, entity: org.entity };
    const s = tokens[i].sentence;
    // a place and a date in the same sentence describe the gathering
    const place = ctx.bySentence[s].find((m) => m.kind === 'place' && LOCATIVE_PREPOSITIONS.has(tokens[m.from - 1]?.lower ?? ''));
    if (place && !info.location) info.location = place.entity;
    const dates = ctx.datesBySentence[s].filter((d) => d.past);
    const ranged = dates.find((d) => d.past!.start !== d.past!.end) ?? (dates.length === 1 ? dates[0] : undefined);
    if (ranged && (!info.date || ranged.past!.start !== ranged.past!.end)) info.date = { ...ranged.past!, text: ranged.text };
    out.set(key, info);
  }
  return [...out.values()];
}

/** Mentions within `reach` tokens of the trigger, in its sentence. */
function nearby(ctx: Context, c: Candidate, reach: number): ResolvedMention[] {
  const s = ctx.doc.sentences[c.sentence];
  const out: ResolvedMention[] = [];
  for (let k = Math.max(s.tokenStart, c.trigger - reach); k < Math.min(s.tokenEnd, c.triggerEnd + reach); k++) {
    for (const m of ctx.endingAt.get(k + 1) ?? []) if (m.sentence === c.sentence) out.push(m);
  }
  return out;
}

/** Words before a gathering noun that make the gathering an event's occasion. */
const OCCASION_CUES = new Set(['sidelines', 'margins', 'margin', 'during', 'at']);

function findOccasion(ctx: Context, c: Candidate): { occasion: Occasion; info: OccasionInfo } | undefined {
  const { doc, tokens } = ctx;
  const s = doc.sentences[c.sentence];
  // an occasion stands near its event ("met X on the sidelines of the SCO summit")
  for (let i = Math.max(s.tokenStart, c.trigger - 30); i < Math.min(s.tokenEnd, c.triggerEnd + 30); i++) {
    if (!GATHERING_NOUNS.has(tokens[i].lower)) continue;
    const named = [...(ctx.endingAt.get(i) ?? []), ...(ctx.endingAt.get(i - 1) ?? [])].map((m) => m.entity);
    // a gathering of an organisation the article describes, or any gathering introduced as the occasion
    // ("on the sidelines of the Sahel security summit")
    const info = ctx.occasions.find((o) => o.entity && named.includes(o.entity)) ??
      (tokens.slice(Math.max(s.tokenStart, i - 8), i).some((t) => OCCASION_CUES.has(t.lower)) ? { key: tokens[i].lower } : undefined);
    if (!info) continue;
    // "on the sidelines of the SCO summit", "during the SCO meet", "at the SCO summit", "for the SCO meet"
    let from = i;
    while (from > s.tokenStart && !/^(on|during|at|for|ahead|after|before|amid)$/.test(tokens[from - 1].lower) && i - from < 10) from--;
    if (from === s.tokenStart && !/^(on|during|at|for)$/.test(tokens[from].lower)) from = i;
    else from--;
    // "laid a wreath at the memorial and held talks": the event's own noun is no occasion of it
    if (from <= c.trigger && c.trigger <= i) continue;
    const start = tokens[from].start;
    const end = tokens[i].end;
    const occasion: Occasion = { start, end, text: doc.text.slice(start, end) };
    if (info.entity) occasion.entity = info.entity;
    return { occasion, info };
  }
  return namedSidelines(ctx, c);
}

/** "on the sidelines of DefExpo 2022": whatever name follows "sidelines of" is the occasion, gathering word or not. */
function namedSidelines(ctx: Context, c: Candidate): { occasion: Occasion; info: OccasionInfo } | undefined {
  const { doc, tokens } = ctx;
  const s = doc.sentences[c.sentence];
  for (let i = Math.max(s.tokenStart + 1, c.trigger - 30); i < Math.min(s.tokenEnd - 2, c.triggerEnd + 30); i++) {
    if (!/^(sidelines|margins)$/.test(tokens[i].lower) || tokens[i + 1].lower !== 'of') continue;
    let k = i + 2;
    if (tokens[k]?.lower === 'the') k++;
    let end = k;
    while (end < s.tokenEnd && end < k + 8 && (/^[\p{Lu}\p{N}]/u.test(tokens[end].text) || (end > k && /^(of|and|for|on)$/.test(tokens[end].lower)))) end++;
    while (end > k && /^(of|and|for|on)$/.test(tokens[end - 1].lower)) end--;
    if (end === k) return undefined;
    const the = tokens[i - 1].lower === 'the' ? 1 : 0;
    const from = /^(on|at)$/.test(tokens[i - 1 - the]?.lower ?? '') ? i - 1 - the : i;
    const start = tokens[from].start;
    const occasion: Occasion = { start, end: tokens[end - 1].end, text: doc.text.slice(start, tokens[end - 1].end) };
    const org = ctx.actorAt.get(k);
    if (org?.kind === 'organization') occasion.entity = org.entity;
    return { occasion, info: { key: occasion.text.toLowerCase(), entity: occasion.entity } };
  }
  return undefined;
}

/** The event's date: words in its clause, else its occasion's dates, else the latest dated event before it, else
 * the publication date (the day before to the day: a report's undated past event). */
/** "sign a gas deal by the end of January", "until 2025": a date that bounds the event is not when it happened. */
function isDeadline(ctx: Context, d: DateMention): boolean {
  let k = tokenIndexAt(ctx, d.start) - 1;
  if (ctx.tokens[k]?.lower === 'the') k--;
  return DEADLINE_WORDS.has(ctx.tokens[k]?.lower ?? '');
}
/** "the April 19 agreement", "the 2015 nuclear deal": a date that names a thing is not when the event happened. */
function isAttributive(ctx: Context, d: DateMention): boolean {
  const before = ctx.tokens[tokenIndexAt(ctx, d.start) - 1]?.lower ?? '';
  const after = ctx.tokens[tokenIndexAt(ctx, d.end - 1) + 1];
  return /\d/.test(d.text) && /^(the|a|an|its|their|his|her)$/.test(before) && after !== undefined && after.kind === 'word' &&
    /^\p{Ll}/u.test(after.text) && !/^(and|or|to|in|at|on|when|as|about|with|for|from|by|of|after|before|over|that|which|during|since|until|amid)$/.test(after.lower);
}
const DEADLINE_WORDS = new Set(['by', 'until', 'till', 'before', 'within', 'ahead']);

function eventDate(ctx: Context, c: Candidate, occasion: ReturnType<typeof findOccasion>, lastDated: EventDate | undefined): EventDate {
  const { doc } = ctx;
  const published = ctx.a.published;
  const trigStart = doc.tokens[c.trigger].start;
  const future = c.group.tense === 'future';
  // a past event cannot fall after the report; a planned one not before it
  const possible = (d: DateMention): boolean => !published || (future ? (d.future ?? d.past)!.end >= published : (d.past?.start ?? '') <= published);
  // a date in the trigger's own clause; else one opening the sentence, before any other clause ("On Monday, X…")
  const { start: clauseStart, end: clauseEnd } = clauseOf(ctx, c);
  const inSentence = ctx.datesBySentence[c.sentence].filter((d) => (!d.past || possible(d)) && !isDeadline(ctx, d) && !isAttributive(ctx, d));
  const inClause = inSentence.filter((d) => d.start >= clauseStart && d.end <= clauseEnd);
  const opening = inSentence.filter((d) => d.end <= clauseStart && d.start < doc.sentences[c.sentence].start + 40 && d.start < trigStart);
  const nearest = (inClause.length ? inClause : opening).sort((x, y) => Math.abs(x.start - trigStart) - Math.abs(y.start - trigStart))[0];
  if (nearest) {
    const reading = future ? nearest.future ?? nearest.past : nearest.past;
    if (reading) return { start: reading.start, end: reading.end, text: nearest.text, span: { start: nearest.start, end: nearest.end }, basis: 'text' };
    return { start: null, end: null, text: nearest.text, span: { start: nearest.start, end: nearest.end }, unresolved: 'no publication date to resolve it against' };
  }
  if (occasion?.info.date) return { start: occasion.info.date.start, end: occasion.info.date.end, text: occasion.info.date.text, basis: 'occasion' };
  if (c.group.perfect || future) return { start: null, end: null, text: null, unresolved: future ? 'a planned event: no date given' : 'an unspecified past: no date given' };
  const narrative = narrativeDate(ctx, c);
  if (narrative && (!lastDated?.span || narrative.start > lastDated.span.start)) {
    return { start: narrative.past!.start, end: narrative.past!.end, text: narrative.text, span: { start: narrative.start, end: narrative.end }, basis: 'context' };
  }
  if (lastDated?.start) return { start: lastDated.start, end: lastDated.end, text: lastDated.text, basis: 'context' };
  const lead = leadDate(ctx);
  if (lead?.past) return { start: lead.past.start, end: lead.past.end, text: lead.text, span: { start: lead.start, end: lead.end }, basis: 'context' };
  if (!published) return { start: null, end: null, text: null, unresolved: 'no date in the text and no publication date' };
  return { start: dayBefore(published), end: published, text: null, basis: 'publication' };
}

const CLAUSE_OPENERS = new Set([';', 'which', 'who', 'whom', 'because', 'after', 'before', 'while', 'when', 'although', 'though', 'but', 'since', 'until', 'whereas', 'where']);

/** Character bounds of the clause around the trigger: between the nearest clause openers ("which", "after", ";"). */
function clauseOf(ctx: Context, c: Candidate): { start: number; end: number } {
  const { tokens } = ctx;
  const s = ctx.doc.sentences[c.sentence];
  let a = c.trigger;
  // a coordinated verb phrase starts its own clause: "…, which they will sign later this year, and agreed to…"
  const coordination = (k: number): boolean => /^(and|but)$/.test(tokens[k].lower) && (k >= c.group.from - 1 || tokens[k - 1]?.text === ',');
  while (a > s.tokenStart && !CLAUSE_OPENERS.has(tokens[a - 1].lower) && !coordination(a - 1) && c.trigger - a < 40) a--;
  let b = c.triggerEnd;
  while (b < s.tokenEnd && !CLAUSE_OPENERS.has(tokens[b].lower) && b - c.triggerEnd < 40) b++;
  return { start: tokens[a].start, end: tokens[b - 1].end };
}

/** The day the article's lead sentence gives ("Yesterday, …", "Friday night was…"): the story's time. */
function leadDate(ctx: Context): DateMention | undefined {
  const published = ctx.a.published;
  for (let s = 0; s < Math.min(3, ctx.doc.sentences.length); s++) {
    for (const d of ctx.datesBySentence[s]) {
      if (!d.past || (published && d.past.end > published)) continue;
      if ((Date.parse(d.past.end) - Date.parse(d.past.start)) / 864e5 <= 6) return d;
    }
  }
  return undefined;
}

/** The latest event in this paragraph (or the one before) that shares an actor with the candidate. */
function relatedEvent(ctx: Context, c: Candidate, actors: string[]): Event | undefined {
  const paragraph = ctx.doc.sentences[c.sentence].paragraph;
  const at = ctx.tokens[c.trigger].start;
  for (let n = ctx.events.length - 1; n >= Math.max(0, ctx.events.length - RECENT_EVENTS); n--) {
    const e = ctx.events[n];
    if (e.why.trigger.start >= at) continue;
    const t = ctx.tokens[tokenIndexAt(ctx, e.why.trigger.start)];
    if (ctx.doc.sentences[t.sentence].paragraph < paragraph - 1) break;
    if (e.actors.some((x) => actors.includes(x.entity))) return e;
  }
  return undefined;
}

/** The story's time at the trigger: the latest day (or few days) the text named before it, in this paragraph or
 * the one before, within a month of publication ("Yesterday, … The Houthi movement claimed responsibility"). */
function narrativeDate(ctx: Context, c: Candidate): DateMention | undefined {
  const at = ctx.tokens[c.trigger].start;
  const paragraph = ctx.doc.sentences[c.sentence].paragraph;
  const published = ctx.a.published;
  for (let s = c.sentence; s >= 0 && ctx.doc.sentences[s].paragraph >= paragraph - 1; s--) {
    const dates = ctx.datesBySentence[s];
    for (let n = dates.length - 1; n >= 0; n--) {
      const d = dates[n];
      if (d.start >= at || !d.past) continue;
      const days = (Date.parse(d.past.end) - Date.parse(d.past.start)) / 864e5;
      if (days > 6 || (published && (d.past.end > published || Date.parse(published) - Date.parse(d.past.start) > 31 * 864e5))) continue;
      return d;
    }
  }
  return undefined;
}

/** "… were hit by drone strikes. The Houthis claimed responsibility for the attacks": the victim of the attack the
 * claim refers to, named in the subject of a passive attack verb in the sentences just before. */
function attackVictim(ctx: Context, c: Candidate): string[] {
  const { tokens } = ctx;
  for (let s = c.sentence; s >= Math.max(0, c.sentence - 3); s--) {
    const sentence = ctx.doc.sentences[s];
    for (let k = sentence.tokenStart + 1; k < sentence.tokenEnd; k++) {
      if (!/^(hit|struck|attacked|bombed|targeted|shelled|raided)$/.test(tokens[k].lower) || !/^(was|were|been|being)$/.test(tokens[k - 1].lower)) continue;
      const victim = ctx.bySentence[s].find((m) => m.to <= k && ACTOR_KINDS.has(m.kind));
      const country = victim ? countryOfActor(ctx, victim.entity) : undefined;
      if (country && !c.sources.some((id) => countryOfActor(ctx, id) === country)) return [country];
    }
  }
  return [];
}

/** Where the attack a claim refers to struck: the first place after "at/in/on" in the sentences around it that
 * speak of the attack. */
function attackPlace(ctx: Context, c: Candidate): string | undefined {
  const { tokens } = ctx;
  for (let s = Math.max(0, c.sentence - 3); s < Math.min(ctx.doc.sentences.length, c.sentence + 4); s++) {
    const sentence = ctx.doc.sentences[s];
    const words = tokens.slice(sentence.tokenStart, sentence.tokenEnd);
    if (!words.some((t) => /^(attack|attacks|strike|strikes|struck|hit|raid|raids|explosion|blast)$/.test(t.lower))) continue;
    const place = ctx.bySentence[s].find((m) => m.kind === 'place' && /^(at|in|on|near)$/.test(tokens[m.from - 1]?.lower ?? ''));
    if (place) return place.entity;
  }
  return undefined;
}

/** Nouns for leaving a place, whose "of" phrase names who is to leave. */
const WITHDRAWAL_NOUNS = new Set(['withdrawal', 'pullout', 'pull-out', 'removal', 'exit', 'departure', 'evacuation', 'pullback']);

/** The side a requested withdrawal concerns ("the withdrawal of Serbian forces"), demonyms included. */
function whoseWithdrawal(ctx: Context, from: number, end: number): string[] | undefined {
  const { tokens } = ctx;
  for (let k = from; k < Math.min(end, from + 5); k++) {
    if (!WITHDRAWAL_NOUNS.has(tokens[k].lower)) continue;
    if (tokens[k + 1]?.lower !== 'of') return undefined;
    for (let j = k + 2; j < Math.min(end, k + 6); j++) {
      const m = ctx.actorAt.get(j);
      if (m) return expand(m);
    }
    return undefined;
  }
  return undefined;
}

/** Words that end the clause a verb governs. */
const COMPLEMENT_ENDS = new Set(['which', 'who', 'whom', 'because', 'after', 'before', 'while', 'when', 'but', 'if', 'unless',
  'although', 'though', 'since', 'until', 'as', 'despite', 'amid', 'over']);

/** Whom a demand, threat or refusal concerns when the verb takes a clause rather than an actor: the subject of
 * "demanded that Peru reopen…", the actor in "threatened to cut off gas to Moldova" or "demanded the
 * withdrawal of Rwandan troops". Demonyms count here ("Rwandan troops"); the source's own country does not. */
function complementTarget(ctx: Context, c: Candidate): string[] {
  const { tokens } = ctx;
  const sentence = ctx.doc.sentences[c.sentence];
  const from = tokens[c.triggerEnd]?.lower === 'that' ? c.triggerEnd + 1 : c.triggerEnd;
  const end = Math.min(sentence.tokenEnd, from + 14);
  const own = new Set(c.sources.map((id) => countryOfActor(ctx, id)));
  for (let k = from; k < end; k++) {
    const t = tokens[k];
    if (t.text === ',' || t.text === '.' || CLAUSE_BREAKS.has(t.text) || COMPLEMENT_ENDS.has(t.lower) || (SAY_VERBS.has(t.lower) && k > from)) break;
    // "encouraged commercial firms to cease trading in Iran": the unnamed firms are addressed, not Iran
    const next = tokens[k + 1];
    if (t.lower === 'to' && k > from && next && /^\p{Ll}/u.test(next.text) && !/^(the|a|an|its|their|his|her|this|these|those)$/.test(next.lower)) break;
    const m = ctx.actorAt.get(k);
    if (!m) continue;
    const ids = coordinatedRight(ctx, m, end).ids.filter((id) => !c.sources.includes(id) && !own.has(countryOfActor(ctx, id)));
    if (ids.length) return ids;
    k = m.to - 1;
  }
  return [];
}

/** Nouns that refer back to an event the article reported, and the types that event may have. */
const EVENT_NOUNS: ReadonlyMap<string, readonly PloverType[]> = new Map([
  ['call', ['REQUEST']], ['calls', ['REQUEST']], ['request', ['REQUEST']], ['demand', ['REQUEST']], ['demands', ['REQUEST']],
  ['appeal', ['REQUEST']], ['offer', ['AGREE', 'AID']], ['proposal', ['AGREE', 'REQUEST']], ['plan', ['AGREE']],
  ['decision', ['AGREE', 'SANCTION', 'REJECT']], ['decisions', ['AGREE', 'SANCTION', 'REJECT']],
  ['move', ['SANCTION', 'AGREE', 'MOBILIZE', 'COERCE']], ['moves', ['SANCTION', 'AGREE', 'MOBILIZE', 'COERCE']],
  ['measures', ['SANCTION', 'COERCE']], ['steps', ['SANCTION', 'AGREE', 'COERCE']], ['expulsion', ['SANCTION']], ['expulsions', ['SANCTION']],
  ['accusation', ['ACCUSE']], ['accusations', ['ACCUSE']], ['allegation', ['ACCUSE']], ['allegations', ['ACCUSE']],
  ['criticism', ['ACCUSE']], ['threat', ['THREATEN']], ['threats', ['THREATEN']], ['ban', ['SANCTION']], ['sanctions', ['SANCTION']],
  ['attack', ['ASSAULT']], ['attacks', ['ASSAULT']], ['invitation', ['CONSULT', 'AGREE']], ['visit', ['CONSULT']],
  ['claim', ['ACCUSE']], ['claims', ['ACCUSE']], ['charge', ['ACCUSE']], ['charges', ['ACCUSE']],
  ['deal', ['AGREE']], ['agreement', ['AGREE']], ['accord', ['AGREE']], ['pact', ['AGREE']], ['truce', ['AGREE', 'RETREAT']],
  ['ceasefire', ['AGREE', 'RETREAT']], ['pledge', ['AGREE']], ['promise', ['AGREE']],
  ['operation', ['ASSAULT', 'MOBILIZE']], ['offensive', ['ASSAULT']], ['invasion', ['ASSAULT']], ['incursion', ['ASSAULT']],
  ['strikes', ['ASSAULT']], ['airstrikes', ['ASSAULT']], ['aggression', ['ASSAULT']],
]);

/** "Merkel seconded the call", "The embassy declined the request": the object refers to an event the article just
 * reported, and the target is whoever made it. */
function authorOfObject(ctx: Context, c: Candidate): string[] {
  const { tokens } = ctx;
  const s = ctx.doc.sentences[c.sentence];
  let k = c.triggerEnd;
  while (k < s.tokenEnd && k < c.triggerEnd + 3 && /^(the|this|that|these|his|her|their|its|a|an)$/.test(tokens[k].lower)) k++;
  // in the passive, the subject is the thing: "The call was seconded by…"
  if (c.group.passive) {
    k = c.group.from - 1;
    while (k > s.tokenStart && !EVENT_NOUNS.has(tokens[k].lower) && c.group.from - k < 4) k--;
  }
  const noun = tokens[k]?.lower ?? '';
  const types = EVENT_NOUNS.get(noun);
  if (!types) return [];
  // the types in order of preference: "the operation" is an offensive before it is a deployment
  const preferred = types.find((type) => ctx.events.slice(-RECENT_EVENTS).some((e) => e.type === type && e.actors.some((a) => a.role !== 'target' && !c.sources.includes(a.entity))));
  // "the decision": whoever made the latest one; "the decisions": whoever made those of the last paragraphs
  const plural = noun.endsWith('s') && noun !== 'sanctions' && noun !== 'attacks' || noun === 'measures';
  const out: string[] = [];
  const paragraph = ctx.doc.sentences[c.sentence].paragraph;
  for (let n = ctx.events.length - 1; n >= Math.max(0, ctx.events.length - RECENT_EVENTS); n--) {
    const e = ctx.events[n];
    if (e.type !== preferred) continue;
    if (out.length && ctx.doc.sentences[ctx.tokens[tokenIndexAt(ctx, e.why.trigger.start)].sentence].paragraph < paragraph - 2) break;
    const authors = e.actors.filter((a) => a.role !== 'target').map((a) => a.entity).filter((id) => !c.sources.includes(id));
    if (!authors.length) continue;
    // an agreement between two sides was made by both
    out.push(...(e.actors.every((a) => a.role === 'participant') ? authors : authors.slice(0, 1)));
    if (!plural) break;
  }
  return unique(out);
}

/** The addressee of a statement whose sentence names none, from the events just before it: an answer goes to
 * whoever addressed its source ("The embassy declined the request" → the requester), and a statement made at a
 * meeting to the other side ("During the meeting, X called for…" → X's counterpart). */
/** CAMEO codes of the kinds of aid. */
const AID_CAMEO = { economic: '071', military: '072', humanitarian: '073' } as const;

/** "urged Western allies to…": the verb addresses a set of actors, none of whom the story's others stand for. */
function addressesActorSet(ctx: Context, from: number): boolean {
  for (let k = from; k < Math.min(ctx.tokens.length, from + 4) && !/^(to|that|,|\.)$/.test(ctx.tokens[k].lower); k++) {
    if (ACTOR_SET_NOUNS.has(ctx.tokens[k].lower)) return true;
  }
  return false;
}

function counterpartInContext(ctx: Context, c: Candidate): string[] {
  if (addressesActorSet(ctx, c.triggerEnd)) return [];
  const paragraph = ctx.doc.sentences[c.sentence].paragraph;
  const source = c.sources[0];
  const recent = ctx.events.slice(-RECENT_EVENTS).filter((e) => {
    const s0 = ctx.doc.tokens[tokenIndexAt(ctx, e.why.trigger.start)];
    return s0 !== undefined && ctx.doc.sentences[s0.sentence].paragraph >= paragraph - 1 && e.why.trigger.start < ctx.tokens[c.trigger].start;
  });
  for (let n = recent.length - 1; n >= 0; n--) {
    const e = recent[n];
    const mine = e.actors.find((a) => a.entity === source);
    if (!mine) continue;
    if (mine.role === 'target') return unique(e.actors.filter((a) => a.role === 'source').map((a) => a.entity));
    if (e.type === 'CONSULT') return unique(e.actors.filter((a) => a.entity !== source).map((a) => a.entity));
  }
  // "X rejected the decision… He warned that…": a statement goes on addressing whom the same source just addressed
  for (let n = recent.length - 1; n >= 0; n--) {
    const e = recent[n];
    if (e.actors.some((a) => a.entity === source && a.role === 'source')) {
      const t = e.actors.filter((a) => a.role === 'target').map((a) => a.entity);
      if (t.length) return unique(t);
    }
  }
  // else a foreign actor named earlier in the same sentence ("In talks with Kenya, Ruto urged…")
  const src = ctx.entities.get(source);
  const before = ctx.bySentence[c.sentence].filter((m) => m.to <= c.trigger && ACTOR_KINDS.has(m.kind) && m.via !== 'demonym' && m.entity !== source);
  const foreign = before.reverse().find((m) => src?.country && ctx.entities.get(m.entity)?.country && ctx.entities.get(m.entity)!.country !== src.country);
  return foreign ? [foreign.entity] : [];
}

const tokenIndexAt = (ctx: Context, offset: number): number => {
  let lo = 0;
  let hi = ctx.tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** What was discussed, demanded or agreed: the words after the trigger (or after "to discuss") to the clause end. */
/** Words after "on (the)" that open an occasion or a channel, not a topic: "on the sidelines of", "on the phone". */
const OCCASION_OPENERS = new Set(['sidelines', 'margins', 'margin', 'occasion', 'eve', 'day', 'way', 'phone', 'telephone', 'call', 'visit', 'trip', 'tour', 'behalf']);

function readTopics(ctx: Context, c: Candidate): string[] {
  const { doc, tokens } = ctx;
  const s = doc.sentences[c.sentence];
  let from = c.objectEnd;
  const dates = ctx.datesBySentence[c.sentence];
  const isDateAt = (k: number): boolean => dates.some((d) => d.start <= tokens[k].start && tokens[k].start < d.end);
  // a topic is sought near the trigger: "to discuss X" far down a long sentence belongs to another clause
  for (let k = c.triggerEnd; k < Math.min(s.tokenEnd - 1, c.triggerEnd + 24); k++) {
    // "to discuss X", "discussed X", "talks on X", "held talks with Y on X"
    const about = /^(on|about|regarding)$/.test(tokens[k].lower) && !isDateAt(k + 1) && !OCCASION_OPENERS.has(tokens[k + 1]?.lower === 'the' ? tokens[k + 2]?.lower ?? '' : tokens[k + 1]?.lower ?? '');
    if (tokens[k].lower === 'discuss' || tokens[k].lower === 'discussed' ||
      (about && /^(talks|negotiations|agreement|deal|cooperation|consultations)$/.test(tokens[k - 1]?.lower ?? '')) ||
      (about && c.pattern.type === 'CONSULT' && mentionEndingAt(ctx, k - 1) !== undefined)) { from = k + 1; break; }
  }
  if (c.pattern.type === 'CONSULT' && from === c.objectEnd && !['discuss', 'talk'].includes(c.pattern.verb)) return [];
  let to = from;
  // up to the clause's end, a date ("on Thursday") or 16 tokens
  while (to < s.tokenEnd && to - from < 16 && !/^[.;]$/.test(tokens[to].text) && !(tokens[to].text === ',' && to - from > 3) && !isDateAt(to)) to++;
  while (to > from && /^(on|in|at|and|,)$/.test(tokens[to - 1].lower)) to--;
  if (to - from < 2) return [];
  return [doc.text.slice(tokens[from].start, tokens[to - 1].end)];
}

/** Reports of one event within the article: same type and actors, dates that agree. Kept once, with all evidence. */
function fuse(events: Event[]): Event[] {
  const out: Event[] = [];
  for (const e of events) {
    const ids = new Set(e.actors.map((a) => a.entity));
    const planned = (x: Event): boolean => x.why.rule.includes('planned');
    const twin = out.find((o) => o.type === e.type && planned(o) === planned(e) && sameActors(o, ids, e) && datesAgree(o.date, e.date));
    if (!twin) { out.push(e); continue; }
    for (const ev of e.evidence) if (!twin.evidence.some((x) => x.start === ev.start)) twin.evidence.push(ev);
    if (!twin.location && e.location) twin.location = e.location;
    if (!twin.occasion && e.occasion) twin.occasion = e.occasion;
    if (twin.date.basis !== 'text' && e.date.basis === 'text') twin.date = e.date;
    if (!twin.mode && e.mode) { twin.mode = e.mode; twin.cameo = e.cameo; }
    for (const t of e.topics) if (!twin.topics.includes(t)) twin.topics.push(t);
    twin.confidence = Math.max(twin.confidence, e.confidence);
  }
  return out;
}

function sameActors(o: Event, ids: Set<string>, e: Event): boolean {
  if (o.actors.length !== ids.size) return false;
  if (!o.actors.every((a) => ids.has(a.entity))) return false;
  const directed = (x: Event): boolean => x.actors.some((a) => a.role === 'source');
  if (directed(o) && directed(e) && o.type !== 'CONSULT') {
    return o.actors.every((a) => e.actors.some((b) => b.entity === a.entity && b.role === a.role));
  }
  return true;
}

function datesAgree(a: EventDate, b: EventDate): boolean {
  if (!a.start || !b.start || a.basis !== 'text' || b.basis !== 'text') return true;
  return a.start <= (b.end ?? b.start) && b.start <= (a.end ?? a.start);
}

export type { DateMention };

// Which known person, if any, an article's person is. Names decide first (family name and given names must
// agree); country and offices held are the evidence that tells namesakes apart and places a surname-only mention.
import { givenNamesAgree, personName, type PersonName } from './names.js';

/** A person already in the store, with every name and office title the articles gave them. */
export interface KnownPerson {
  id: number;
  names: readonly string[];
  country: string | null;
  titleKeys: readonly string[];
}

/** What one article says about a person. */
export interface PersonMention {
  names: readonly string[];
  country?: string;
  titleKeys: readonly string[];
}

/** The known person the mention refers to, or undefined when it is someone new or it cannot be told which. */
export function choosePerson(mention: PersonMention, known: readonly KnownPerson[]): number | undefined {
  const names = mention.names.map(personName).filter((n) => n.last);
  if (!names.length) return undefined;
  // The fullest name the article gives is the one to compare ("Rajnath Singh" rather than "Singh").
  const full = names.reduce((a, b) => (b.given.length > a.given.length ? b : a));
  const scored = known
    .map((person) => ({ person, score: score(full, mention, person) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.person.id - b.person.id);
  if (!scored.length) return undefined;
  // A surname alone, shared by several known people with nothing else to tell them apart, stays unresolved.
  if (full.given.length === 0 && scored.length > 1 && scored[0].score === scored[1].score) return undefined;
  return scored[0].person.id;
}

/** 0 when the two cannot be one person; higher the more the evidence agrees. */
function score(full: PersonName, mention: PersonMention, person: KnownPerson): number {
  if (mention.country && person.country && mention.country !== person.country) return 0;
  const knownNames = person.names.map(personName);
  let nameScore = 0;
  for (const known of knownNames) {
    if (known.key === full.key) nameScore = Math.max(nameScore, 4);
    else if (sameFamily(known, full)) {
      if (full.given.length && known.given.length) {
        if (givenNamesAgree(full.given, known.given)) nameScore = Math.max(nameScore, 3);
      } else {
        // One side is a surname alone: possible, but weaker than any agreement of full names.
        nameScore = Math.max(nameScore, 1);
      }
    }
  }
  // A full name must not join a person known under a different full name ("Ajay Kumar" is not "Vinod Kumar"),
  // even when that person was once also called by the surname alone.
  if (full.given.length && knownNames.some((k) => k.given.length && sameFamily(k, full) && !givenNamesAgree(full.given, k.given))
    && !knownNames.some((k) => k.given.length && givenNamesAgree(full.given, k.given) && sameFamily(k, full))) return 0;
  if (nameScore === 0) return 0;
  const sharedTitles = mention.titleKeys.filter((t) => person.titleKeys.includes(t)).length;
  const sameCountry = mention.country && mention.country === person.country ? 1 : 0;
  return nameScore + sameCountry + Math.min(sharedTitles, 2);
}

/** Same family name; for a one-word mention also the first word, since "Xi" names "Xi Jinping". */
function sameFamily(known: PersonName, mention: PersonName): boolean {
  if (known.last === mention.last) return true;
  if (mention.given.length === 0 && known.given[0] === mention.last) return true;
  if (known.given.length === 0 && mention.given[0] === known.last) return true;
  return false;
}

/**
 * Stage 7b: which described sources that speak are one person a later "he" or "she" can mean.
 * "One student at the college said he kept quiet. '...,' he said": the student is the newest
 * speaker on stage, though the noun shows no gender; without this the pronoun skips to a person
 * of known gender named earlier (often the story's famous subject, only talked about).
 */
import { lazySet } from '../lexicon/lazy';
import { pluralHead } from './antecedent';
import type { EntityState } from './entity-store';
import { personGender } from './pronouns';

/** Determiners that bring a new, unnamed person in ("a nurse", "one student", "another aide"). */
const INTRODUCING = lazySet(() => ['a', 'an', 'one', 'another']);

/**
 * Is a described source that spoke one person: a gendered role noun ("an Acme spokeswoman"), or
 * a singular role noun of no gender brought in as someone new ("one student at the college", "a
 * nurse"), which the phrase resolver keeps as the entity's one role? A bare or definite role
 * ("Rebel leader admits ...", "the official") may be someone named, and is left to the names.
 */
export function describesOne(e: Pick<EntityState, 'name' | 'lowerName' | 'roles'>): boolean {
  if (personGender(e) !== null) return true;
  const first = e.lowerName.slice(0, e.lowerName.indexOf(' '));
  return e.roles.size === 1 && INTRODUCING.has(first) && !pluralHead(e.lowerName);
}

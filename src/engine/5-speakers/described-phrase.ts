/**
 * Stage 7b for described phrases: a role noun ("the minister", "his spokesman") goes to the most
 * salient person lately mentioned with that role, else the person last given it, else the one the
 * pre-pass found with it; a definite type noun ("the ministry", "the company") to the latest
 * entity of that type; an anonymous or role phrase ("officials", "a source familiar with the
 * matter") becomes an entity of its own, merged with the same phrase written again.
 */
import { ANONYMOUS_HEADS, isEpithet, ROLE_WORDS, typeFromHead } from '../lexicon/sources';
import { DETERMINERS } from '../lexicon/words';
import type { Token } from '../1-text/tokenize';
import type { EntityState, PhraseContext } from './entity-store';
import { nameWithRole } from './known-names';
import { stripPossessive } from './name-words';
import { lazySet } from '../lexicon/lazy';
import { ACQUAINTANCES } from '../lexicon/people';
import { officePrepIndex } from './office-phrase';
import { epithetOf } from './epithet';

/** Words that end a described phrase's head ("a source familiar with the matter"). */
const POST_MODIFIERS = lazySet(() => [
  'with',
  'in',
  'into',
  'at',
  'from',
  'on',
  'familiar',
  'close',
]);
/** Heads any named organization answers to ("Acme Corp ... the company"). */
const GENERIC_HEADS = lazySet(() => ['company', 'utility', 'firm']);
/** Openers that make a described phrase definite ("the minister", "his spokesman"). */
const DEFINITE_OPENERS = lazySet(() => ['the', 'his', 'her', 'their', 'its']);
/**
 * Openers that introduce someone new ("A State Department official said"): such a phrase never
 * refers back to a person the article names, even one given the same role elsewhere.
 */
const INDEFINITE_OPENERS = lazySet(() => ['a', 'an', 'one', 'another']);

/** The entity a described phrase refers to or introduces; null when its head names no source. */
export function resolveDescribed(ctx: PhraseContext, tokens: readonly Token[]): EntityState | null {
  const { names, store } = ctx;
  // The head is the last noun before any post-modifier ("a source familiar with the matter").
  // "a colleague of Roe's": "of" after an acquaintance noun ends the head too.
  // "the head of the agency", "a lawyer for the family": "of"/"for" after an office ends it too.
  const office = officePrepIndex(tokens);
  const modified = tokens.findIndex(
    (t, i) =>
      i > 0 &&
      (POST_MODIFIERS.has(t.lower) ||
        (t.lower === 'of' && ACQUAINTANCES.has(tokens[i - 1]?.lower ?? ''))),
  );
  const cut = office > 0 && (modified < 0 || office < modified) ? office : modified;
  const head = stripPossessive(tokens[(cut > 0 ? cut : tokens.length) - 1]?.lower ?? '');
  const definite = DEFINITE_OPENERS.has(tokens[0]?.lower ?? '');
  const titled =
    tokens.length >= 2 &&
    tokens[tokens.length - 2]?.cap === true &&
    !INDEFINITE_OPENERS.has(tokens[0]?.lower ?? '');
  if ((definite || titled) && ROLE_WORDS.has(head)) {
    const salient = ctx.salientWithRole?.(head) ?? null;
    if (salient !== null) return salient;
    const holder = store.index.latestWithRole(head);
    // "A U.S. official says ... The official said": with no named holder of the role on stage,
    // the definite phrase continues the unnamed one introduced since any named holder was.
    const unnamed = definite ? store.index.latestWithRole(head, 'anonymous') : undefined;
    if (unnamed !== undefined && (holder === undefined || unnamed.id > holder.id)) return unnamed;
    if (holder !== undefined) return holder;
    const known = nameWithRole(names, head);
    if (known !== undefined) return store.person(known);
    // "The head of the electoral commission" after "President X": a kindred role held in some
    // other body; the phrase's own body says it is not X.
    const kin = definite && office < 0 ? (ctx.salientWithRoleOfClass?.(head) ?? null) : null;
    if (kin !== null) return kin;
  }
  // "The 56-year-old said", "said the actor": an epithet for the person the story is about; so is
  // a role no one named holds, given with an age ("the 64-year-old former minister").
  const epithet = epithetOf(tokens, head);
  if (epithet !== null) {
    const person = ctx.salientPerson?.(epithet.gender);
    if (person !== null && person !== undefined) return person;
  }
  const type = typeFromHead(head);
  if (definite && type !== null && type !== 'anonymous') {
    const generic = GENERIC_HEADS.has(head);
    const spoke = ctx.recentOfType?.(type, head, generic);
    if (spoke !== null && spoke !== undefined) return spoke;
    // typeFromHead never answers 'person' or 'unknown', the two types that can change.
    const same = store.index.latestOfTypeNaming(type, head);
    if (same !== undefined) return same;
    if (generic) {
      const organization = store.index.latestOfType('organization');
      if (organization !== undefined) return organization;
    }
  }
  // "An Italian astronaut said": an epithet names a person as a role does.
  const role = ROLE_WORDS.has(head) || isEpithet(head);
  if (!ANONYMOUS_HEADS.has(head) && !role && type === null) return null;
  const key = `phrase:${tokens
    .filter((t) => !DETERMINERS.has(t.lower) || t.lower === 'many' || t.lower === 'some')
    .map((t) => t.lower)
    .join(' ')
    .replace(/'s$/, '')}`;
  const existing = store.withKey(key);
  if (existing !== undefined) return existing;
  // The name as written is needed only for a new entity: most mentions repeat one.
  const phrase = stripPossessive(
    tokens
      .filter((t, i) => i > 0 || t.lower !== 'the')
      .map((t) => t.text)
      .join(' '),
  );
  return store.create(
    key,
    phrase,
    ANONYMOUS_HEADS.has(head) ? 'anonymous' : (type ?? 'unknown'),
    role ? [head] : [],
  );
}

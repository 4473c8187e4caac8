/**
 * Stage 7b for named phrases: a person's name merges with the fullest form the article gives
 * ("Smith", "Mr. Smith" and "John Smith" are one entity); an institution, a place speaking for its
 * government ("New Zealand said") or a named thing merges with the same name written again. Phrases
 * that only look named ("The Israeli election results", "officials in San Francisco") are
 * described phrases.
 */
import {
  ANONYMOUS_HEADS,
  HONORIFICS,
  ROLE_WORDS,
  isRoleWord,
  typeFromHead,
} from '../lexicon/sources';
import { isPlaceName } from '../lexicon/places';
import type { Token } from '../1-text/tokenize';
import { isHandle } from '../1-text/handles';
import { handleOwner } from './handle-owner';
import { resolveDescribed } from './described-phrase';
import { officePrepIndex } from './office-phrase';
import { misspeltSurname } from './misspelt-name';
import type { EntityState, PhraseContext } from './entity-store';
import { longestContaining, lookupName } from './known-names';
import { isInstitutionWord, stripPossessive } from './name-words';
import { namedType, nameParts } from './naming';
import { lazySet } from '../lexicon/lazy';
import { ACQUAINTANCES } from '../lexicon/people';
import { NEARNESS_WORDS } from '../lexicon/phrase-words';

const PLACE_PREPS = lazySet(() => ['in', 'at', 'from']);
const isSourceWord = (w: string): boolean => ANONYMOUS_HEADS.has(w) || isRoleWord(w);

/**
 * The entity a speaker phrase (not a pronoun) refers to or introduces, or null. `text` is the text
 * of the block the tokens come from, to copy names as written ("C. Eugene Steuerle").
 */
export function resolvePhrase(
  ctx: PhraseContext,
  tokens: readonly Token[],
  text: string,
): EntityState | null {
  return resolveNamed(ctx, tokens, text) ?? resolveDescribed(ctx, tokens);
}

/**
 * The entity a capitalised phrase names; null for a role noun ("the French president") or a
 * phrase with no name, which `resolveDescribed` reads instead.
 */
function resolveNamed(
  ctx: PhraseContext,
  tokens: readonly Token[],
  text: string,
): EntityState | null {
  const { names, store } = ctx;
  // "prosecutors in San Francisco and Los Angeles": a source noun placed by a name.
  // "a source close to Duncan", "people familiar with Acme's plans", "a colleague of Roe's": the
  // name is the matter or the source's link, not the source.
  const placed = tokens.some((t, i) => {
    if (i === 0) return false;
    const before = tokens[i - 1]?.lower ?? '';
    if (PLACE_PREPS.has(t.lower) || NEARNESS_WORDS.has(t.lower)) return isSourceWord(before);
    return t.lower === 'of' && ACQUAINTANCES.has(before);
  });
  if (placed || officeInBody(names, tokens)) return resolveDescribed(ctx, tokens);
  // "user jayk1984", "@skyfan22": a user name is a person's, whatever words lead up to it.
  const handle = tokens[tokens.length - 1];
  if (handle !== undefined && isHandle(handle)) {
    const owner = handleOwner(names, handle.text);
    if (owner !== undefined) return store.person(owner);
    const key = `person:${handle.lower}`;
    return store.withKey(key) ?? store.create(key, handle.text, 'person', []);
  }
  const parts = nameParts(tokens);
  if (parts === null) return null;
  if (parts.anonymous) return resolveDescribed(ctx, tokens);
  const { run, tail, roles, name, nameWords, lowerWords, head } = parts;
  // "The Israeli election results": a capitalised modifier of a common noun names no source.
  const plainHead = tail.length > 0 && typeFromHead(head) === null && !isInstitutionWord(head);
  if (plainHead && !ROLE_WORDS.has(head)) return resolveDescribed(ctx, tokens);
  const honorific = tokens.some((t) => HONORIFICS.has(t.lower));
  // "the French president", "Facebook CEO": a role noun, resolved by role; not "Kate Elder", a
  // person's name the pre-pass knows, whose surname is spelt like a role.
  if (
    ROLE_WORDS.has(head) &&
    !isInstitutionWord(head) &&
    (tail.length > 0 || name.length === run.length) &&
    (tail.length > 0 ||
      nameWords.length < 2 ||
      longestContaining(names, nameWords)?.person !== true)
  )
    return null;
  const institution =
    lowerWords.some(isInstitutionWord) ||
    tail.some(isInstitutionWord) ||
    typeFromHead(head) !== null;
  // "New Zealand said", "Saudi Arabia warned": a place speaks through its government.
  const place =
    !honorific &&
    roles.length === 0 &&
    isPlaceName(lowerWords) &&
    longestContaining(names, nameWords)?.person !== true;
  const thing = longestContaining(names, nameWords)?.thing === true;
  if (!institution && !place && !thing && nameWords.length > 0 && nameWords.length <= 4) {
    const full = nameWords.length >= 2 ? longestContaining(names, nameWords) : undefined;
    const known = full ?? soleWordName(names, lowerWords);
    const personKey = `person:${(known?.name ?? nameWords.join(' ')).toLowerCase()}`;
    const existing =
      store.withKey(personKey) ?? (full === undefined ? namesake(store, lowerWords) : undefined);
    if (existing !== undefined) {
      for (const r of roles) store.index.addRole(existing, r);
      return existing;
    }
    const written =
      name[0] !== undefined && name[name.length - 1] !== undefined
        ? stripPossessive(text.slice(name[0].start, name[name.length - 1]?.end))
        : nameWords.join(' ');
    if (known !== undefined || nameWords.length >= 2 || honorific || roles.length > 0) {
      return store.create(personKey, known?.name ?? written, 'person', [
        ...roles,
        ...(known?.roles ?? []),
      ]);
    }
  }
  const first = name[0];
  const last = tokens[tokens.length - 1];
  const canonical =
    first !== undefined && last !== undefined && text !== ''
      ? stripPossessive(text.slice(first.start, last.end))
      : [...nameWords, ...tail].join(' ');
  const key = `named:${canonical.toLowerCase()}`;
  // The earliest entity with this key or written this way before.
  const byKey = store.withKey(key);
  const byAlias = store.writtenAs(canonical.toLowerCase());
  const existing =
    byKey === undefined || (byAlias !== undefined && byAlias.id < byKey.id) ? byAlias : byKey;
  if (existing !== undefined) return existing;
  const named = namedType(run, tail, lowerWords, head);
  const type = named !== 'unknown' ? named : place ? 'government' : thing ? 'organization' : named;
  return store.create(key, canonical, type, roles);
}

/**
 * The known name a phrase's last word means. A word that is only some other word of a name with
 * no sign of a person ("Google" of "Google Maps") names that thing's maker, not the thing.
 */
function soleWordName(
  names: PhraseContext['names'],
  lowerWords: readonly string[],
): ReturnType<typeof lookupName> {
  const word = lowerWords[lowerWords.length - 1] ?? '';
  const known = lookupName(names, word);
  // "Tim McGinty ... Mr McGinity said": a lone word with no full name of its own may misspell one.
  if (lowerWords.length === 1 && (known === undefined || !known.name.includes(' '))) {
    const meant = misspeltSurname(names, word);
    if (meant !== undefined) return meant;
  }
  return known === undefined || known.person || known.surname === word ? known : undefined;
}

/**
 * "President Franklin Roosevelt signed it ... James Roosevelt Jr. said ... Roosevelt blasted":
 * a lone surname whose first holder was only named in passing goes to the one namesake who is
 * already a source, not back to the name in passing.
 */
function namesake(
  store: PhraseContext['store'],
  lowerWords: readonly string[],
): EntityState | undefined {
  if (lowerWords.length !== 1) return undefined;
  const people = store.withSurname(lowerWords[0] ?? '')?.filter((e) => e.type === 'person') ?? [];
  return people.length === 1 ? people[0] : undefined;
}

/**
 * "the head of the United Nations Children's Fund", "a lawyer for Acme": the holder of an office
 * in a body, not the body. A spokesman for a person ("a spokesman for Ostrova") speaks for that
 * person, who stays the source.
 */
function officeInBody(names: PhraseContext['names'], tokens: readonly Token[]): boolean {
  const at = officePrepIndex(tokens);
  if (at <= 0) return false;
  const words = tokens.slice(at + 1).map((t) => stripPossessive(t.text));
  return longestContaining(names, words)?.person !== true;
}

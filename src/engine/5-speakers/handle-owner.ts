/**
 * Stage 7b: a user name that spells a person's name run together ("@ladygaga", "@taylorkinney")
 * is that person's account, so what the account posts and what the article says of the person
 * are one source: without this the handle becomes a second person who outweighs the first.
 */
import type { KnownName } from './known-names';

/** Fewest letters a handle must have to be matched to a name: "@bo" could be anyone's. */
const MIN_LETTERS = 6;

/** Letters only, lower-cased: "@Lady_Gaga" and "Lady Gaga" both give "ladygaga". */
const letters = (text: string): string => text.toLowerCase().replace(/\P{L}/gu, '');

/**
 * The known person whose full name, its words run together, is the handle `handle` without its
 * at-sign and punctuation; undefined when none is, or when two are.
 */
export function handleOwner(
  names: ReadonlyMap<string, KnownName>,
  handle: string,
): KnownName | undefined {
  const bare = letters(handle);
  if (bare.length < MIN_LETTERS) return undefined;
  let owner: KnownName | undefined;
  for (const known of names.values()) {
    if (!known.person || !known.name.includes(' ') || letters(known.name) !== bare) continue;
    if (owner !== undefined && owner.name !== known.name) return undefined;
    owner = known;
  }
  return owner;
}

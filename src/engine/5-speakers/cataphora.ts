/**
 * Stage 7b, once the article is read: cataphora. "The French president rejected ..." in a
 * standfirst is read before the body names "the country's president, Emmanuel Macron", so such a
 * role noun can go to its holder only at the end.
 */
import type { EntityState } from './entity-store';
import type { TextSpan } from '../types';
import { lazySet } from '../lexicon/lazy';
import { sameRoleClass } from '../lexicon/role-classes';
import { ACQUAINTANCES } from '../lexicon/people';
import { namesOffice } from './office-phrase';
import { titleGender } from '../lexicon/gender';
import { personGender } from './pronouns';

/**
 * Openers that pick one of many ("one user", "another resident"): such a phrase brings in someone
 * new, not a person the article names later. "A transit chief says" in a lede often is the
 * "Police Chief Ed Alvarez" of the next paragraph, so "a"/"an" stay cataphoric.
 */
const ONE_OF_MANY = lazySet(() => ['one', 'another']);

const oneOfMany = (e: EntityState): boolean => ONE_OF_MANY.has(e.lowerName.split(' ', 1)[0] ?? '');

/**
 * Roles news leaves unnamed on purpose ("a senior official said, speaking on condition of
 * anonymity"): an anonymous phrase with one of them is not the person the next paragraphs name.
 */
const UNNAMED_BY_CUSTOM = lazySet(() => ['official', 'aide', 'insider']);

/** Openers of a phrase that brings in one new person ("an expert says"). */
const INDEFINITE = lazySet(() => ['a', 'an']);
/** How far into the article (in blocks) a lede runs: headline, standfirst, first paragraphs. */
const LEDE_BLOCKS = 5;
/** How many blocks after a lede's role phrase the article names the person it introduced. */
const NAMING_REACH = 3;
/** Past the lede, how many blocks after a role phrase the article names its holder. */
const BODY_REACH = 2;

/**
 * Roles that speak for a body ("a company spokesperson"): the person the lede names next is more
 * often that body's head or subject than its spokesperson, who is named with the role if at all.
 */
const SPOKES = lazySet(() => ['spokesman', 'spokeswoman', 'spokesperson']);

/**
 * May `p` be the holder of `role`? Yes if given it or a kindred role (a vice president for "a top
 * executive"); with no role at all, yes unless `role` is a spokesperson's.
 */
function mayHold(p: EntityState, role: string): boolean {
  if (p.roles.size === 0) return !SPOKES.has(role);
  return [...p.roles].some((r) => r === role || sameRoleClass(r, role));
}

/**
 * The block an entity (by key) is first named in, speaking or not: a person the article
 * introduces in a sentence of their own speaks only in a later one.
 */
export type FirstNamed = (key: string) => number | undefined;

type Place = Pick<TextSpan, 'block' | 'start'>;

const before = (a: Place, b: Place): boolean =>
  a.block < b.block || (a.block === b.block && a.start < b.start);

/**
 * News ledes introduce a source by a role ("..., an expert says", "a top executive at the grocer
 * testified") and name them in the next paragraphs ("..., said Jo Hale, who runs the clinic").
 * The first person the article names after such a phrase is
 * its holder when that person speaks too; a person named before it, or a silent one named first,
 * makes the phrase someone else.
 */
function namedAfterLede(
  e: EntityState,
  role: string,
  entities: readonly EntityState[],
  speakers: ReadonlySet<number>,
  namedIn: FirstNamed,
): EntityState | undefined {
  const at = e.mentions[0];
  if (at === undefined) return undefined;
  if (!INDEFINITE.has(e.lowerName.split(' ', 1)[0] ?? '')) return undefined;
  // Past the lede: "A lawyer for the family said ... [para] '...,' Jo Hale said." Only a person
  // named for the first time in the phrase's paragraph or the next is a newcomer who may hold it.
  const body = at.block >= LEDE_BLOCKS;
  // "A colleague of Roe's remembered ...": someone known by a tie to another person, whom the
  // article rarely names; the next name is someone else.
  if (body && ACQUAINTANCES.has(role)) return undefined;
  let first: EntityState | undefined;
  let firstAt: Place | undefined;
  for (const p of entities) {
    const spoken = p.mentions[0];
    if (p.type !== 'person' || p.key.startsWith('phrase:') || spoken === undefined) continue;
    // "A researcher says ... [para] Jo Hale is a 28-year-old engineer. [para] Hale says": the
    // paragraph that first names the person, though they do not speak in it.
    const early = namedIn(p.key);
    const named =
      early !== undefined && early !== at.block && early < spoken.block
        ? { block: early, start: 0 }
        : spoken;
    if (before(named, at)) {
      if (body) continue;
      return undefined;
    }
    if (named.block - at.block > (body ? BODY_REACH : NAMING_REACH)) continue;
    if (firstAt === undefined || before(named, firstAt)) {
      first = p;
      firstAt = named;
    }
  }
  const ok = first !== undefined && speakers.has(first.id) && mayHold(first, role);
  return ok ? first : undefined;
}

/** The people holding a role of `role`'s class (each once). */
function kindredHolders(holders: Map<string, EntityState[]>, role: string): EntityState[] {
  const out = new Set<EntityState>();
  for (const [r, people] of holders) if (sameRoleClass(r, role)) people.forEach((p) => out.add(p));
  return [...out];
}

/** Make `target` the source of what `e` said, with `e`'s name as an alias. */
function moveTo(e: EntityState, target: EntityState, moved: Map<number, number>): void {
  if (!target.aliases.includes(e.name)) target.aliases.push(e.name);
  target.mentions.push(...e.mentions);
  target.mentions.sort((a, b) => a.block - b.block || a.start - b.start);
  moved.set(e.id, target.id);
}

/**
 * Merge each role-noun source that no named person held when it was read into the one person the
 * article gives that role by the end (several: left alone; none: a lede's "a"/"an" phrase may
 * go to the speaker the next paragraphs name first). `speakers`: the ids that speak in the
 * records. Returns old id → new id, for the records to follow.
 */
export function mergeForwardRoles(
  entities: readonly EntityState[],
  speakers: ReadonlySet<number> = new Set(),
  namedIn: FirstNamed = () => undefined,
): Map<number, number> {
  const holders = new Map<string, EntityState[]>();
  for (const p of entities) {
    if (p.type !== 'person' || p.key.startsWith('phrase:')) continue;
    for (const role of p.roles) holders.set(role, [...(holders.get(role) ?? []), p]);
  }
  const moved = new Map<number, number>();
  for (const e of entities) {
    if (!e.key.startsWith('phrase:') || e.roles.size !== 1 || oneOfMany(e)) continue;
    const [role] = e.roles;
    if (role === undefined) continue;
    // "An expert says" in a lede reads as anonymous until the next paragraphs name the expert.
    if (e.type === 'anonymous') {
      if (UNNAMED_BY_CUSTOM.has(role)) continue;
      const named = namedAfterLede(e, role, entities, speakers, namedIn);
      if (named !== undefined && !gendersClash(e, named)) moveTo(e, named, moved);
      continue;
    }
    if (e.type !== 'unknown') continue;
    // With no holder of the very word, the one holder of a kindred role ("a computer programmer"
    // for "developer X").
    // "The head of the water board" after "Governor X": a kindred post named before the phrase
    // is held in some other body, and so may be any other kindred post.
    const kindred = () => {
      const kin = kindredHolders(holders, role);
      const elsewhere = namesOffice(e.lowerName) && kin.some((p) => introducedBefore(p, e));
      return elsewhere ? [] : kin;
    };
    const candidates = holders.get(role) ?? kindred();
    let target =
      candidates.length === 1
        ? candidates[0]
        : candidates.length === 0
          ? namedAfterLede(e, role, entities, speakers, namedIn)
          : undefined;
    // "Spokeswoman Ann Roe said ... an Acme spokeswoman said": a holder named before an "a"/"an"
    // phrase would have been written by name or "the"; the phrase brings in someone new, whom
    // the next paragraph may name as it would a lede's.
    if (target !== undefined && (introducedAfter(e, target) || namedFarAhead(e, target))) {
      target =
        candidates.length === 1 ? namedAfterLede(e, role, entities, speakers, namedIn) : undefined;
      if (target === candidates[0]) continue;
    }
    if (target !== undefined && gendersClash(e, target)) continue;
    if (target !== undefined) moveTo(e, target, moved);
  }
  return moved;
}

/**
 * Is `e` an "a"/"an" phrase read past the lede after `holder` was named? (In a lede, where the
 * headline may echo the holder's words, such a phrase still often is the person named next.)
 */
function introducedAfter(e: EntityState, holder: EntityState): boolean {
  const at = e.mentions[0];
  const named = holder.mentions[0];
  if (at === undefined || named === undefined || at.block < LEDE_BLOCKS) return false;
  return INDEFINITE.has(e.lowerName.split(' ', 1)[0] ?? '') && before(named, at);
}

/**
 * "A student at Wesleyan wrote ... [paragraphs on] Another Duke student, Brittany, said": past the
 * lede, an "a"/"an" phrase is named, if at all, within a few paragraphs (as a lede's is); a
 * holder of the role the article names only further on is someone else.
 */
function namedFarAhead(e: EntityState, holder: EntityState): boolean {
  const at = e.mentions[0];
  const named = holder.mentions[0];
  if (at === undefined || named === undefined || at.block < LEDE_BLOCKS) return false;
  return (
    INDEFINITE.has(e.lowerName.split(' ', 1)[0] ?? '') && named.block - at.block > NAMING_REACH
  );
}

/** Was `p` named before `e` was first read? */
function introducedBefore(p: EntityState, e: EntityState): boolean {
  const named = p.mentions[0];
  const at = e.mentions[0];
  return named !== undefined && at !== undefined && before(named, at);
}

/**
 * "A spokeswoman for the union said ... spokesman Marc Roe said": a role phrase whose words show a
 * gender is not a person of the other.
 */
function gendersClash(e: EntityState, holder: EntityState): boolean {
  const shown = titleGender(e.lowerName.split(' '));
  if (shown === null) return false;
  const held = personGender(holder);
  return held !== null && held !== shown;
}

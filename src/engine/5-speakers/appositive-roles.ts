/**
 * A pass of the names pre-pass (`collect-names.ts`): roles set off by commas beside a full name.
 * "Russell Grandinetti, veep for Kindle content, said", "Jo Hale, the town's mayor," and "The
 * suspect, Michael Webb, was" give the name its role, so a later "the suspect" or "a top
 * executive" (`role-classes.ts`) finds its holder as a title before the name does.
 */
import { ROLE_WORDS } from '../lexicon/sources';
import { lazySet } from '../lexicon/lazy';
import type { BlockModel } from '../1-text/model';
import type { KnownName } from './known-names';
import { stripPossessive } from './name-words';

/** Words after which an appositive's head is over ("a lawyer for the family", "head of X"). */
const HEAD_ENDS = lazySet(() => ['of', 'at', 'for', 'with', 'in', 'on', 'from', 'who', 'and']);
/** Role words that only qualify the head after them ("senior", "state"): no role on their own. */
const QUALIFYING = lazySet(() => ['senior', 'state', 'vice', 'deputy', 'press', 'prime']);
/**
 * Qualifiers that make the role an officer's below the head ("vice president for Kindle content"):
 * the role class of that rank (`role-classes.ts`) is given beside the head word.
 */
const BELOW_HEAD = lazySet(() => ['vice']);
/** Determiners that may open a role phrase before a name ("The suspect, Jo Hale,"). */
const OPENERS = lazySet(() => ['the', 'a', 'an']);
/** How many words an appositive's head may take ("a longtime Fresno county sheriff"). */
const MAX_HEAD = 6;
/** How many words a full name may take. */
const MAX_NAME = 4;

/** Marks that close an appositive ("Jo Hale, the mayor, said", "... the mayor."). */
const CLOSERS = lazySet(() => [',', '.', ';', ')', '\u2014']);

/**
 * The role words of the appositive opening at token `from`, up to its head's end; none when the
 * words run into a verb ("aboard the USS Kell, the navy chief said": a clause's subject, not an
 * appositive) or on past a head's length.
 */
function rolesAfter(block: BlockModel, from: number): string[] {
  const roles: string[] = [];
  for (let i = from; i < Math.min(block.tokens.length, from + MAX_HEAD); i += 1) {
    const t = block.tokens[i];
    if (t === undefined) break;
    if (HEAD_ENDS.has(t.lower) || CLOSERS.has(t.text)) return roles;
    const tag = block.tags[i];
    if (!t.isWord || tag === 'verb' || tag === 'aux') return [];
    if (!t.cap && ROLE_WORDS.has(t.lower) && !QUALIFYING.has(t.lower)) roles.push(t.lower);
    else if (!t.cap && BELOW_HEAD.has(t.lower)) roles.push(t.lower);
  }
  return [];
}

/** The known full name written in tokens `[from, to)`, if any. */
function nameAt(
  block: BlockModel,
  from: number,
  to: number,
  names: ReadonlyMap<string, KnownName>,
): KnownName | undefined {
  const first = block.tokens[from];
  const last = block.tokens[to - 1];
  if (first === undefined || last === undefined || to - from < 2) return undefined;
  return names.get(stripPossessive(block.text.slice(first.start, last.end)).toLowerCase());
}

/** "The suspect, Jo Hale,": the role word before the comma at `comma`, opened by a determiner. */
function roleBefore(block: BlockModel, comma: number): string | null {
  const role = block.tokens[comma - 1];
  if (role === undefined || role.cap || !ROLE_WORDS.has(role.lower) || QUALIFYING.has(role.lower))
    return null;
  for (let i = comma - 2; i >= Math.max(0, comma - MAX_HEAD); i -= 1) {
    const t = block.tokens[i];
    if (t === undefined || !t.isWord) return null;
    // "the suspect", "Ukraine's president": a determiner or a possessor opens the role phrase.
    if (OPENERS.has(t.lower) || t.lower.endsWith("'s")) return role.lower;
  }
  return null;
}

/** Give the known full names of a block the roles written beside them between commas. */
export function markAppositiveRoles(
  block: BlockModel,
  names: ReadonlyMap<string, KnownName>,
): void {
  const { tokens, quoted } = block;
  for (let i = 1; i < tokens.length; i += 1) {
    if (tokens[i]?.text !== ',' || quoted[i] === true) continue;
    // "Jo Hale, the mayor": the name ends right before the comma.
    let from = i;
    while (from > 0 && i - from < MAX_NAME && tokens[from - 1]?.cap === true) from -= 1;
    const before = nameAt(block, from, i, names);
    if (before !== undefined) {
      const roles = rolesAfter(block, i + 1);
      // A loop, not `forEach`: a closure over `before` would allocate a context per token.
      for (const r of roles) before.roles.add(r);
      if (roles.length > 0) before.person = true;
    }
    // "The suspect, Jo Hale,": the name follows the comma and is closed by another.
    let to = i + 1;
    while (to < tokens.length && to - i - 1 < MAX_NAME && tokens[to]?.cap === true) to += 1;
    if (tokens[to]?.text !== ',') continue;
    const after = nameAt(block, i + 1, to, names);
    const role = after === undefined ? null : roleBefore(block, i);
    if (after !== undefined && role !== null) {
      after.roles.add(role);
      after.person = true;
    }
  }
}

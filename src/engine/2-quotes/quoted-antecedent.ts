/**
 * Who "they", "he" or "she" is inside a quotation. A speaker telling a story quotes the people in
 * it: '"My people had $20 billion done. And I said, 'I want more.' They said, 'The farmers can't
 * handle it.'"'. The pronoun there means someone the speaker has just mentioned in their own words,
 * not whoever the article named last, so the antecedent is looked for backwards through the quoted
 * words of the block only: "they" takes the nearest plural person noun ("my people", "the
 * lawyers"), "he" and "she" the nearest name (a full name, a title and surname, or a known first
 * name) or singular person noun ("the mayor") whose gender does not clash. Null when the quote mentions no one who fits: the claim is then left out.
 */
import type { BlockModel } from '../1-text/model';
import type { Tag } from '../1-text/tags';
import { lazySet } from '../lexicon/lazy';
import type { NounPhrase } from '../5-speakers/phrase';
import { genderOf, pronounGender, titleGender } from '../lexicon/gender';
import { singulars } from '../lexicon/plurals';
import { ANONYMOUS_HEADS, HONORIFICS, isRoleWord } from '../lexicon/sources';

/** How many quoted tokens back the search goes. */
const REACH = 60;

/** Tags that may open a noun phrase before its head ("my people", "the two lawyers"). */
const MODIFIER_TAGS = lazySet<Tag>(() => ['det', 'poss', 'adj', 'num']);

const isPlural = (w: string): boolean =>
  w === 'people' || (singulars(w).length > 0 && !w.endsWith('ss'));

/** A person noun heading a phrase: a role or an anonymous-source head ("mayor", "people"). */
const isPersonHead = (w: string): boolean => isRoleWord(w) || ANONYMOUS_HEADS.has(w);

/** The phrase ending at head `k`, extended left over its determiners and adjectives. */
function phraseEndingAt(block: BlockModel, k: number): NounPhrase {
  let from = k;
  while (
    from > 0 &&
    block.quoted[from - 1] === true &&
    MODIFIER_TAGS.has(block.tags[from - 1] ?? 'punct')
  )
    from -= 1;
  return { from, to: k + 1, appositive: null };
}

/** A run of names ending at `k` that is a person's (two words, or a title before it). */
function personNameEndingAt(block: BlockModel, k: number, want: string): NounPhrase | null {
  let from = k;
  for (;;) {
    // "Mr. Dane": the honorific's period stays inside the name.
    const dot =
      block.tokens[from - 1]?.text === '.' && HONORIFICS.has(block.tokens[from - 2]?.lower ?? '');
    const j = dot ? from - 2 : from - 1;
    if (j < 0 || block.tags[j] !== 'name' || block.quoted[j] !== true) break;
    from = j;
  }
  const words = block.tokens
    .slice(from, k + 1)
    .filter((t) => t.isWord)
    .map((t) => t.lower);
  const titled = HONORIFICS.has(words[0] ?? '');
  const g = titled ? titleGender(words) : genderOf(words[0] ?? '');
  // One word is a name only with a title ("Mr. Dane") or as a known first name ("Ann called me").
  const lone = words.length < 2 && !titled && g === null;
  if (lone || words.every((w) => HONORIFICS.has(w))) return null;
  if (g !== null && g !== pronounGender(want)) return null;
  return { from, to: k + 1, appositive: null };
}

/**
 * The antecedent of the pronoun at token `at` among the quoted words before it in the block, or
 * null when none fits.
 */
export function quotedAntecedent(block: BlockModel, at: number): NounPhrase | null {
  const pronoun = block.tokens[at]?.lower ?? '';
  if (pronoun !== 'they' && pronoun !== 'he' && pronoun !== 'she') return null;
  const want = pronounGender(pronoun);
  for (let k = at - 1, seen = 0; k >= 0 && seen < REACH; k -= 1) {
    const t = block.tokens[k];
    if (t === undefined || block.quoted[k] !== true || !t.isWord) continue;
    seen += 1;
    const tag = block.tags[k];
    if (pronoun === 'they') {
      if (tag === 'noun' && isPlural(t.lower) && isPersonHead(t.lower))
        return phraseEndingAt(block, k);
      continue;
    }
    if (tag === 'name' && block.tags[k + 1] !== 'name') {
      const np = personNameEndingAt(block, k, pronoun);
      if (np !== null) return np;
    }
    if (tag === 'noun' && isRoleWord(t.lower) && !isPlural(t.lower)) {
      const g = titleGender([t.lower]);
      if (g === null || g === want) return phraseEndingAt(block, k);
    }
  }
  return null;
}

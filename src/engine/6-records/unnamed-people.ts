/**
 * People a sentence brings on stage without a name: "WIRED spoke to one mother, who ...", "a nurse
 * on the night shift". A following "she said" may mean them, and they are sources in their own
 * right ("one mother" is an anonymous source). Only a singular person noun that shows its gender
 * (mother, woman, husband) after an indefinite or counting determiner counts: "the president" is
 * someone named elsewhere, and the resolver already finds that person by role.
 */
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import { titleGender } from '../lexicon/gender';
import { lazySet } from '../lexicon/lazy';
import type { PersonMention } from './people';

/** Determiners that introduce someone new ("a woman", "one mother", "another man"). */
const INTRODUCING = lazySet(() => ['a', 'an', 'one', 'another']);

/** Unnamed people of the sentence, outside quotations, in reading order. */
export function unnamedPeople(block: BlockModel, sentence: Sentence): PersonMention[] {
  const out: PersonMention[] = [];
  for (let i = sentence.from + 1; i < sentence.to; i += 1) {
    const t = block.tokens[i];
    const det = block.tokens[i - 1];
    if (t === undefined || det === undefined || block.quoted[i] === true) continue;
    if (block.tags[i] !== 'noun' || !INTRODUCING.has(det.lower)) continue;
    const gender = titleGender([t.lower]);
    if (gender === null) continue;
    const after = block.tokens[i + 1];
    const relative =
      after?.text === ',' && ['who', 'a', 'an'].includes(block.tokens[i + 2]?.lower ?? '');
    out.push({
      block: block.index,
      from: i - 1,
      to: i + 1,
      surname: t.lower,
      words: [t.lower],
      gender,
      subject: block.tags[i + 1] === 'verb' || block.tags[i + 1] === 'aux',
      possessive: false,
      described: relative || after?.lower === 'who',
    });
  }
  return out;
}

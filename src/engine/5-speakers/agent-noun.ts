/**
 * Stage 7b: "Another blogger had fun ... 'Will he approve?' he wrote", "An SEC staffer tried to
 * clear space. 'That's the line,' she yelled": a noun that names what a person is or does,
 * brought in with an indefinite determiner as a sentence's subject, puts someone on stage a later
 * "he" or "she" can mean, though the noun shows no gender. Only role words and the surest agent
 * endings count: "-er" and "-or" end as many things ("reminder", "factor") as people.
 */
import { isRoleWord } from '../lexicon/sources';
import { lazyValue } from '../lexicon/lazy';

/** Agent endings that name people, not things ("novelist", "physician", "filmmaker"). */
const SURE_ENDINGS = lazyValue(() => ['ist', 'ician', 'ographer', 'maker', 'writer']);

/** Is this lower-case noun one for a person ("blogger", "staffer", "novelist")? */
export function isAgentNoun(word: string): boolean {
  if (isRoleWord(word)) return true;
  return word.length > 5 && SURE_ENDINGS().some((s) => word.endsWith(s));
}

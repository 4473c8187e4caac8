/**
 * Adjectives of surprise or pleasure that report a finding through the finder's reaction: "the
 * researchers were surprised to find that ...", "the team was pleased to discover it could be".
 * What they found is still the finders' claim (`3-cues/reaction.ts`). Data only.
 */
import { lazySet, type LazySet } from './lazy';

/** Reaction adjectives before "to find" / "to discover". */
// prettier-ignore
export const REACTION_ADJECTIVES: LazySet<string> = lazySet(() => [
  'surprised', 'shocked', 'astonished', 'amazed', 'stunned', 'startled', 'delighted', 'pleased',
  'excited', 'intrigued', 'thrilled', 'puzzled', 'baffled', 'relieved', 'disappointed',
]);

/** Finding verbs a reaction adjective hands its subject to ("surprised to find"). */
export const REACTION_FINDINGS: LazySet<string> = lazySet(() => ['find', 'discover']);

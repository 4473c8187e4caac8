/**
 * Stage 6f'': a lone dash that goes on with the claim's own last phrase is not the author's aside.
 * "... the best deal for consumers — who would buy more books", "... a technology that is misused
 * — like self-replicating robots", "... can be hacked—for example, by blinding the receiver": a
 * relative pronoun, a comparison or an example after the dash qualifies the noun or verb just
 * said, so it belongs to the speaker. A dash before a new clause or a noun phrase ("— a sign of
 * how little has changed") still closes the claim.
 */
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';

/** Words after a dash that qualify what the claim just said. */
const CONTINUERS = lazySet(() => ['who', 'whose', 'where', 'like', 'including']);

/** Is the unquoted dash at `i` followed by a qualifier of the claim's last phrase? */
export function dashContinuesClaim(block: BlockModel, i: number): boolean {
  const dash = block.tokens[i]?.text;
  if ((dash !== '\u2014' && dash !== '\u2013') || block.quoted[i + 1] === true) return false;
  const next = block.tokens[i + 1]?.lower ?? '';
  if (CONTINUERS.has(next)) return true;
  const after = block.tokens[i + 2]?.lower ?? '';
  return (next === 'for' && after === 'example') || (next === 'such' && after === 'as');
}

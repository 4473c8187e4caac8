/**
 * Stage 6a: a claim read inside a bracket ends where the bracket closes. In "(Gannett called it
 * “immaterial”) and cut 300 jobs" or "(She says the scene has two cuts.) It is the first ..." the
 * attribution clause sits inside the parentheses, so the author's sentence resumes after the
 * closing mark: a ")" or "]" whose opening mark is not in the claim closes the claim too.
 */
import type { Range } from './clause';
import type { BlockModel } from '../1-text/model';
import { lazyMap } from '../lexicon/lazy';

/** Closing brackets and the marks that open them. */
const CLOSERS = lazyMap<string, string>(() => [
  [')', '('],
  [']', '['],
]);

/** The claim in `r`, cut before an unquoted closing bracket it never opened (unchanged if none). */
export function cutAtStrayClose(block: BlockModel, r: Range): Range {
  const open = new Map<string, number>();
  for (let i = r.from; i < r.to; i += 1) {
    const t = block.tokens[i];
    if (t === undefined || t.isWord || block.quoted[i] === true) continue;
    const opener = CLOSERS.get(t.text);
    if (opener === undefined) {
      if (t.text === '(' || t.text === '[') open.set(t.text, (open.get(t.text) ?? 0) + 1);
      continue;
    }
    const depth = open.get(opener) ?? 0;
    if (depth > 0) open.set(opener, depth - 1);
    else return { from: r.from, to: i };
  }
  return r;
}

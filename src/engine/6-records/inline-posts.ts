/**
 * Stage 8c, second part: posts printed with their signature on the same line, as plain-text
 * copies of a page (feeds, AMP and reader views, extractors' text) flatten an embedded tweet:
 *
 *   Power is back at the terminal. — Harbour Rovers (@HarbourRovers) May 2, 2021
 *
 * The words before the dash are the poster's own, a direct claim with no reporting verb; the
 * signature itself is no claim. When the post and its signature are separate blocks the
 * credit-line stage (`credit-lines.ts`) reads them instead.
 */
import type { BlockModel } from '../1-text/model';
import type { EntityResolver } from '../5-speakers/entities';
import { creditedWords } from './credit-lines';
import type { Resolved } from './nesting';

/**
 * A dash, the display name, the handle and the date, at the end of the block: "— Ann Lee
 * (@annlee) May 3, 2017". The name has no dash or bracket of its own.
 */
const SIGNED_END =
  /\s[—–]{1,2}\s?([^—–()[\]]{1,60}?)\s?\(@\w{1,30}\)\s{0,3}(?:on\s)?\p{L}{3,9}\.?\s\d{1,2},\s\d{4}\s*$/u;

/** Thread markers and links a post ends with: "(1/2)", "pic.twitter.com/x1", "https://t.co/x". */
const TAIL_WORD = /^(?:\(\d{1,2}\/\d{1,2}\)|pic\.twitter\.com\/\w+|https?:\/\/\S+)$/u;

/** The post without the thread marker and links at its end (offsets before them unchanged). */
function withoutTail(post: string): string {
  const words = post.trimEnd().split(' ');
  while (words.length > 1 && TAIL_WORD.test(words[words.length - 1] ?? '')) words.pop();
  return words.join(' ');
}

/** Hashtags and handles, which are not words of the post's sentence. */
const TAGS = /[#@]\w+/gu;

/** Words a display name may have: a name or an account, not a sentence. */
const MAX_NAME_WORDS = 6;

/** Fewest words a post needs to say anything ("Merry Christmas!" is a greeting, not a claim). */
const MIN_POST_WORDS = 3;

/** The post's text range and the signature's name tokens of one block, or null. */
export function inlinePost(
  block: BlockModel,
): { start: number; end: number; from: number; to: number } | null {
  // Every block comes here; the handle's "(@" is the signature's cheapest mark.
  if (!block.text.includes('(@')) return null;
  const match = SIGNED_END.exec(block.text);
  const name = match?.[1]?.trimEnd();
  if (match === null || name === undefined || name === '') return null;
  const nameStart = match.index + match[0].indexOf(name);
  const nameEnd = nameStart + name.length;
  const nameTokens = block.tokens.filter(
    (t) => t.isWord && t.start >= nameStart && t.end <= nameEnd,
  );
  const first = nameTokens[0];
  const last = nameTokens[nameTokens.length - 1];
  if (first === undefined || last === undefined || !first.cap) return null;
  if (nameTokens.length > MAX_NAME_WORDS) return null;
  const post = withoutTail(block.text.slice(0, match.index));
  const start = post.length - post.trimStart().length;
  const end = post.trimEnd().length;
  // Hashtags and handles alone ("#storm #harbour") say nothing.
  const words = post.replace(TAGS, ' ').match(/\p{L}+/gu)?.length ?? 0;
  if (words < MIN_POST_WORDS) return null;
  return {
    start,
    end,
    from: block.tokens.indexOf(first),
    to: block.tokens.indexOf(last) + 1,
  };
}

/**
 * Give each inline-signed post to its poster. `records` is changed and extended in place (added
 * records go at the end: the caller restores block order). A record with a cue of its own inside
 * the post ("Police say the road is shut") keeps its speaker; cue-less ones are the poster's.
 */
export function creditInlinePosts(
  models: readonly BlockModel[],
  records: Resolved[],
  resolver: EntityResolver,
): void {
  for (const model of models) {
    const post = inlinePost(model);
    if (post === null) continue;
    const speaker = resolver.resolve(model, post.from, post.to);
    if (speaker === null) continue;
    let covered = false;
    for (let k = records.length - 1; k >= 0; k -= 1) {
      const r = records[k];
      if (r === undefined || r.raw.block !== model.index) continue;
      // The signature is no claim, nor anything reaching into it.
      if (r.raw.end > post.end) records.splice(k, 1);
      else if (r.cue === null) {
        r.speaker = speaker;
        covered = true;
      }
    }
    if (!covered)
      records.push(creditedWords(model.index, post.start, post.end, speaker, NO_CLAUSE));
  }
}

/** A credited post has no cue clause. */
const NO_CLAUSE = { from: 0, to: 0 };

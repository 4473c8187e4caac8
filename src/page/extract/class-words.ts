/**
 * What the words of an element's class (or id, or data attribute) say it is for: page furniture
 * (an ad, a share bar, an author box), the story's content, or nothing. Verdicts are remembered by
 * attribute value: a page repeats the same class lists on hundreds of elements.
 */
import { attributeTokens } from './attribute-tokens';
import {
  AUTHOR_BOX_TOKENS,
  AUTHOR_TOKEN,
  FURNITURE_TOKENS,
  INLINE_FURNITURE_TOKENS,
} from './rules';

/** Words that keep an element in play despite a furniture word ("main-content has-sidebar"). */
const MAYBE_CONTENT_TOKENS = new Set([
  'and',
  'article',
  'body',
  'column',
  'content',
  'main',
  'story',
]);

/**
 * An embedded post ("social-media-embed": a tweet the article quotes) is article text, though the
 * word "social" elsewhere marks share bars; other furniture words still hold ("comments embed").
 */
const EMBED_TOKENS = new Set(['embed', 'embedded', 'oembed', 'tweet']);
const EMBED_EXCUSED = new Set(['social']);

/**
 * "no-caption", "not-ad": a furniture word after these describes an absence; "has-sidebar",
 * "with_related_categories": a layout that holds furniture beside the story, not furniture itself.
 */
const NEGATIONS = new Set(['no', 'not', 'non', 'without', 'with', 'has']);

/** What the words of one descriptive attribute value say. */
export const NEUTRAL = 0;
export const CONTENT = 1;
export const FURNITURE = 2;
export type Verdict = typeof NEUTRAL | typeof CONTENT | typeof FURNITURE;

/**
 * What one class name says, by its words. Atomic-CSS utilities ("Mstart(82px)", "D(n)--modalOpen")
 * describe styling, not purpose, so names with parentheses say nothing. Within one name a
 * furniture word wins ("article-related-stories", "story-tools": the related stories of an
 * article, the tools of a story); a content word alone makes it content ("article-body"); an
 * embedded post is not social furniture.
 */
function nameVerdict(name: string): Verdict {
  if (name.includes('(')) return NEUTRAL;
  const tokens = attributeTokens(name);
  // Plain loops, not `some` with closures: this runs cold for every new class name of a page, and
  // each closure is one more function to compile on its first call.
  let embedded = false;
  let author = false;
  let authorBox = false;
  let content = false;
  for (const t of tokens) {
    if (EMBED_TOKENS.has(t)) embedded = true;
    else if (t === AUTHOR_TOKEN) author = true;
    if (AUTHOR_BOX_TOKENS.has(t)) authorBox = true;
    if (MAYBE_CONTENT_TOKENS.has(t)) content = true;
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (!FURNITURE_TOKENS.has(t) || NEGATIONS.has(tokens[i - 1] ?? '')) continue;
    if (!(embedded && EMBED_EXCUSED.has(t))) return FURNITURE;
  }
  if (author && authorBox) return FURNITURE;
  return content ? CONTENT : NEUTRAL;
}

/** Verdicts by attribute value: pages repeat the same class lists on hundreds of elements. */
const verdicts = new Map<string, Verdict>();
/** Bounds on the verdict memo (it lives as long as the content script). */
const MAX_VERDICTS = 4096;
const MAX_MEMO_VALUE = 256;

/**
 * What an attribute value says: content when one of its names is content ("main-content
 * has-sidebar": the main column, which has a sidebar), else furniture when one is.
 */
export function verdictOf(value: string): Verdict {
  const known = verdicts.get(value);
  if (known !== undefined) return known;
  let verdict: Verdict = NEUTRAL;
  for (const name of value.split(' ')) {
    const said = nameVerdict(name);
    if (said === CONTENT) {
      verdict = CONTENT;
      break;
    }
    if (said === FURNITURE) verdict = FURNITURE;
  }
  if (value.length <= MAX_MEMO_VALUE) {
    if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
    verdicts.set(value, verdict);
  }
  return verdict;
}

/** Inline verdicts by class value (inline elements are most of a page's elements). */
const inlineCaptions = new Map<string, boolean>();

/**
 * An inline element whose class says caption, credit or hover card (`INLINE_FURNITURE_TOKENS`):
 * the regions a phrasing tag marks. Other class words on inline tags describe styling or links.
 */
export function isInlineCaption(value: string): boolean {
  if (!value) return false;
  let known = inlineCaptions.get(value);
  if (known === undefined) {
    known = attributeTokens(value).some((t) => INLINE_FURNITURE_TOKENS.has(t));
    if (value.length <= MAX_MEMO_VALUE) {
      if (inlineCaptions.size >= MAX_VERDICTS) inlineCaptions.clear();
      inlineCaptions.set(value, known);
    }
  }
  return known;
}

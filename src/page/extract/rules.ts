/**
 * Named heuristic tables for article extraction, in the manner of Mozilla Readability: which
 * elements never hold article text, which class/id words mark page furniture, and which tags start
 * a new block. Kept as data so they can be read, tested and tuned in one place.
 */

/** Elements whose subtree is never article text. */
export const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'picture',
  'img',
  'nav',
  'aside',
  'figure',
  'figcaption',
  'footer',
  'button',
  'select',
  'textarea',
  'input',
  'label',
  'dialog',
  'menu',
  'head',
  'title',
  'meta',
  'link',
]);

/**
 * Content a `<form>` holds when it wraps the page rather than asking for input: ASP.NET WebForms
 * sites put the whole page, article included, in one form. Any other form (search, newsletter,
 * comment box) is furniture.
 */
export const PAGE_FORM_CONTENT = 'article, main, h1, [itemprop~="articleBody" i]';

/** Phrasing tags: class words on these describe styling or links, never page regions. */
export const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'font',
]);

/** Tags that start and end a block of text (inline tags inside them stay in the block). */
export const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tr',
  'pre',
  'address',
  'hr',
  'center',
  'details',
  'summary',
]);

/**
 * Table cells: read inline, a space apart, so a table row is one block ("1 Kyle Busch 5040 5"), as
 * the reader scans it, instead of one label-sized block per cell. A cell holding paragraphs (a
 * layout table) still yields those paragraphs as blocks of their own.
 */
export const CELL_TAGS = new Set(['td', 'th']);

/**
 * Words in a class, id, role or data attribute that mark furniture rather than article text. Each
 * is matched as a whole token of the attribute (split on non-letters), so "share" matches
 * `share-bar` but not `shared`.
 */
export const FURNITURE_TOKENS = new Set([
  'ad',
  'ads',
  'advert',
  'advertisement',
  'adslot',
  'banner',
  'bio',
  'breadcrumb',
  'breadcrumbs',
  'byline',
  'caption',
  'comment',
  'comments',
  'cookie',
  'credit',
  'credits',
  'disqus',
  'dateline',
  'footer',
  'hidden',
  'masthead',
  'menu',
  'meta',
  'nav',
  'navbar',
  'navigation',
  'newsletter',
  'outbrain',
  'pagination',
  'paywall',
  'promo',
  'promotion',
  'related',
  'recommended',
  'recirc',
  'share',
  'sharing',
  'sharetools',
  'sidebar',
  'signup',
  'skip',
  'social',
  'sponsor',
  'sponsored',
  'subscribe',
  'subscription',
  'taboola',
  'tags',
  'toolbar',
  'tools',
  'trending',
  'widget',
]);

/** Furniture words that mark a caption or credit even on an inline tag (`<span class="caption">`). */
export const CAPTION_TOKENS = new Set(['caption', 'captions', 'credit', 'credits']);

/** ARIA roles of furniture. */
export const FURNITURE_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'search',
  'toolbar',
  'button',
]);

/** Class/id words that mark the article body itself (scored up when locating the root). */
export const BODY_TOKENS = new Set([
  'article',
  'articlebody',
  'body',
  'content',
  'entry',
  'main',
  'post',
  'story',
  'storybody',
  'text',
]);

/** Class/id words of a standfirst (dek, summary) near the headline. */
export const STANDFIRST_TOKENS = new Set([
  'standfirst',
  'dek',
  'deck',
  'summary',
  'subtitle',
  'subheadline',
  'subhead',
  'intro',
  'lede',
  'lead',
  'excerpt',
  'strapline',
  'kicker',
]);

/** Only ASCII characters: where lower-casing the whole value equals lower-casing each character. */
const ASCII_ONLY = /^[\0-\x7f]*$/u;

/**
 * Split an attribute value into lower-case letter tokens, also splitting camelCase. Runs for every
 * class and id extraction reads: ASCII values (nearly all) are scanned by character code and cut
 * into slices, with no string built per character.
 */
export function attributeTokens(value: string): string[] {
  if (!ASCII_ONLY.test(value)) return unicodeTokens(value);
  const lower = value.toLowerCase();
  const tokens: string[] = [];
  let start = -1;
  let prevLower = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const isUpper = code >= 65 && code <= 90;
    if (!isUpper && !(code >= 97 && code <= 122)) {
      if (start >= 0) tokens.push(lower.slice(start, i));
      start = -1;
      prevLower = false;
      continue;
    }
    if (isUpper && prevLower && start >= 0) {
      tokens.push(lower.slice(start, i));
      start = -1;
    }
    if (start < 0) start = i;
    prevLower = !isUpper;
  }
  if (start >= 0) tokens.push(lower.slice(start));
  return tokens;
}

/** `attributeTokens` for any script (a letter is a character with distinct cases); the slow path. */
export function unicodeTokens(value: string): string[] {
  const tokens: string[] = [];
  let current = '';
  let prevLower = false;
  for (const ch of value) {
    const lower = ch.toLowerCase();
    const isLetter = lower !== ch.toUpperCase();
    if (!isLetter) {
      if (current) tokens.push(current);
      current = '';
      prevLower = false;
      continue;
    }
    const isUpper = ch !== lower;
    if (isUpper && prevLower && current) {
      tokens.push(current);
      current = '';
    }
    current += lower;
    prevLower = !isUpper;
  }
  if (current) tokens.push(current);
  return tokens;
}

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
  'popover',
  'popup',
  'prev',
  'previous',
  'promo',
  'promotion',
  'related',
  'recommended',
  'recirc',
  'rollover',
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
  'tooltip',
  'trending',
  'widget',
]);

/**
 * An author box ("post-author author-content", "author-card"): the word "author" with one of these
 * in the same class name is the writer's bio or card. "author" alone is no furniture: WordPress
 * tags a post with "author-<name>", and a fact check heads a claim with "statement-author".
 */
export const AUTHOR_TOKEN = 'author';
export const AUTHOR_BOX_TOKENS = new Set([
  'about',
  'box',
  'card',
  'content',
  'description',
  'details',
  'excerpt',
  'info',
  'profile',
]);

/**
 * Furniture words that hold even on an inline tag: a caption or credit (`<span class="caption">`),
 * and the hover cards that sit hidden inside a paragraph until the pointer rests on a name
 * (`<span class="tooltip">`, "popover", "rollover").
 */
export const INLINE_FURNITURE_TOKENS = new Set([
  'caption',
  'captions',
  'credit',
  'credits',
  'hovercard',
  'popover',
  'popup',
  'rollover',
  'tooltip',
]);

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

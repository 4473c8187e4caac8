/**
 * Article extraction from a live (or linkedom) DOM: headline, standfirst and body blocks in reading
 * order, each with a map back to the text nodes it came from. The plain-data part (`title`,
 * `blocks`) goes to the engine, the CLI and the popup; the DOM part (`anchors`) stays in the page
 * to turn engine spans into highlight ranges.
 */
import type { TextBlock } from '../../engine/types';
import type { TextMap } from '../anchor/text-map';
import { readJsonLd } from '../meta';
import { runSteps, type Steps } from '../steps';
import { readBlockSteps, readSingleBlock, type RawBlock } from './blocks';
import { keepBlocks } from './filter';
import {
  findHeadline,
  findStandfirst,
  isInExcluded,
  matchesDescription,
  statedMeta,
  titleEchoes,
} from './headline';
import { bodyContainerSteps } from './root';

/** Where one block lives in the DOM. `map` is null for a headline known only from metadata. */
export interface BlockAnchor {
  element: Element | null;
  map: TextMap | null;
}

/** An extracted article: plain data plus, index for index, the DOM anchors of its blocks. */
export interface ExtractedArticle {
  title: string;
  blocks: TextBlock[];
  /** `anchors[i]` locates `blocks[i]` in the DOM (live nodes: not serializable). */
  anchors: BlockAnchor[];
}

/** Below this much body text the strict pass probably missed the article: retry relaxed. */
const MIN_ARTICLE_CHARS = 500;

function textLength(blocks: readonly RawBlock[]): number {
  return blocks.reduce((sum, b) => sum + b.text.length, 0);
}

/** How many leading body blocks may be a standfirst printed inside the body. */
const STANDFIRST_WINDOW = 2;

/** Extract the article, or null when the page has no article-like text. */
export function extractArticle(doc: Document): ExtractedArticle | null {
  return runSteps(extractArticleSteps(doc));
}

/**
 * `extractArticle` as cooperative steps: it pauses between paragraphs and blocks, so the content
 * script can extract a huge article in slices without one long main-thread task.
 */
export function* extractArticleSteps(doc: Document): Steps<ExtractedArticle | null> {
  const jsonLd = readJsonLd(doc);
  const meta = statedMeta(doc, jsonLd);
  let containers = yield* bodyContainerSteps(doc);
  let body = keepBlocks(yield* readBlockSteps(containers));
  if (textLength(body) < MIN_ARTICLE_CHARS) {
    // Readability's retry: some layouts wrap the whole page in a class like "ad-portal".
    const relaxed = yield* bodyContainerSteps(doc, true);
    const retry = keepBlocks(yield* readBlockSteps(relaxed));
    if (textLength(retry) > textLength(body)) {
      containers = relaxed;
      body = retry;
    }
  }
  const headlineEl = findHeadline(doc, meta);
  let headline = headlineEl ? readSingleBlock(headlineEl, 'headline') : null;
  let bodyBlocks = body.filter((b) => !(headline && b.text === headline.text));
  const { echoes, headline: echoed } = titleEchoes(bodyBlocks, meta);
  const echo = bodyBlocks[echoed];
  // No headline element: the title printed in the body is the headline, with live text.
  if (!headline && echo) headline = { ...echo, kind: 'headline' };
  bodyBlocks = bodyBlocks.filter((_, i) => !echoes.includes(i));
  const title = headline?.text ?? meta.titles[0] ?? '';
  if (bodyBlocks.length === 0 && !headline) return null;

  const out: Array<Pick<RawBlock, 'kind' | 'text'> & BlockAnchor> = [];
  if (headline) out.push(headline);
  const inBody = (el: Element) => containers.some((c) => c === el || c.contains(el));
  const standfirstEl =
    headlineEl && bodyBlocks[0] ? findStandfirst(headlineEl, bodyBlocks[0].element, meta) : null;
  let rest = bodyBlocks;
  if (standfirstEl && !inBody(standfirstEl) && !isInExcluded(standfirstEl)) {
    const standfirst = readSingleBlock(standfirstEl, 'standfirst');
    if (standfirst) {
      out.push(standfirst);
      // The dek printed again as the body's first line is read once.
      rest = bodyBlocks.filter((b) => b.text !== standfirst.text);
    }
  } else {
    const index = bodyBlocks
      .slice(0, STANDFIRST_WINDOW)
      .findIndex((b) => b.kind === 'paragraph' && matchesDescription(b.text, meta));
    const block = bodyBlocks[index];
    if (block) bodyBlocks[index] = { ...block, kind: 'standfirst' };
  }
  out.push(...rest);
  if (!headline && meta.titles[0]) {
    out.unshift({ kind: 'headline', text: meta.titles[0], map: null, element: null });
  }
  return {
    title,
    blocks: out.map((b) => ({ kind: b.kind, text: b.text })),
    anchors: out.map((b) => ({ element: b.element, map: b.map })),
  };
}

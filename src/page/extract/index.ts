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
  let sum = 0;
  for (const block of blocks) sum += block.text.length;
  return sum;
}

/** True when `el` is one of the containers or inside one. */
function inContainers(containers: readonly Element[], el: Element): boolean {
  for (const c of containers) if (c === el || c.contains(el)) return true;
  return false;
}

/**
 * Readability's retry, for a strict pass that read under `MIN_ARTICLE_CHARS`: some layouts wrap
 * the whole page in a class like "ad-portal". The relaxed pass's containers and blocks when they
 * hold more text than the strict pass's `chars`, else null. A function of its own: most pages
 * never run it, and code in the caller would be compiled on every page all the same.
 */
function* relaxedBody(
  doc: Document,
  chars: number,
): Steps<{ containers: Element[]; body: RawBlock[] } | null> {
  const containers = yield* bodyContainerSteps(doc, true);
  const body = keepBlocks(yield* readBlockSteps(containers));
  return textLength(body) > chars ? { containers, body } : null;
}

/** A block of the extracted article, with its anchor, before the two are split. */
type OutBlock = Pick<RawBlock, 'kind' | 'text'> & BlockAnchor;

/*
 * The branches below are functions of their own because most pages never take them: code in
 * `extractArticleSteps` is compiled on every page's first extraction, taken or not, and a
 * function only on its first call.
 */

/**
 * Drops the title's echoes (`titleEchoes`) from `body`, in place, and returns the headline: the
 * element's when there is one, else the echo that is the headline, with live text.
 */
function dropEchoes(
  body: RawBlock[],
  { echoes, headline: echoed }: { echoes: number[]; headline: number },
  headline: RawBlock | null,
): RawBlock | null {
  const echo = body[echoed];
  let kept = 0;
  for (let i = 0; i < body.length; i++) {
    if (!echoes.includes(i)) body[kept++] = body[i] as RawBlock;
  }
  body.length = kept;
  return !headline && echo ? { ...echo, kind: 'headline' } : headline;
}

/**
 * A standfirst element apart from the body (outside its containers, not in excluded furniture):
 * its block is added to `out`, and the body to follow it returned. Null when it is not apart
 * (then the body's first lines may be the standfirst).
 */
function withStandfirst(
  out: OutBlock[],
  standfirstEl: Element,
  containers: readonly Element[],
  body: RawBlock[],
): RawBlock[] | null {
  if (inContainers(containers, standfirstEl) || isInExcluded(standfirstEl)) return null;
  const standfirst = readSingleBlock(standfirstEl, 'standfirst');
  if (!standfirst) return body;
  out.push(standfirst);
  // The dek printed again as the body's first line is read once.
  return body.filter((b) => b.text !== standfirst.text);
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
  // Summed here, not by `textLength`: the retry (and its helper's first compile) is rare.
  let chars = 0;
  for (const block of body) chars += block.text.length;
  if (chars < MIN_ARTICLE_CHARS) {
    const retry = yield* relaxedBody(doc, chars);
    if (retry) ({ containers, body } = retry);
  }
  const headlineEl = findHeadline(doc, meta);
  let headline = headlineEl ? readSingleBlock(headlineEl, 'headline') : null;
  // Plain loops rather than closures here: every closure is one more first compile per page.
  const bodyBlocks: RawBlock[] = [];
  for (const b of body) if (!(headline && b.text === headline.text)) bodyBlocks.push(b);
  const echoes = titleEchoes(bodyBlocks, meta);
  if (echoes.echoes.length > 0) headline = dropEchoes(bodyBlocks, echoes, headline);
  const title = headline?.text ?? meta.titles[0] ?? '';
  if (bodyBlocks.length === 0 && !headline) return null;

  const out: OutBlock[] = [];
  if (headline) out.push(headline);
  const standfirstEl =
    headlineEl && bodyBlocks[0] ? findStandfirst(headlineEl, bodyBlocks[0].element, meta) : null;
  const apart = standfirstEl && withStandfirst(out, standfirstEl, containers, bodyBlocks);
  const rest = apart || bodyBlocks;
  if (!apart) {
    for (let i = 0; i < Math.min(bodyBlocks.length, STANDFIRST_WINDOW); i++) {
      const block = bodyBlocks[i] as RawBlock;
      if (block.kind === 'paragraph' && matchesDescription(block.text, meta)) {
        bodyBlocks[i] = { ...block, kind: 'standfirst' };
        break;
      }
    }
  }
  out.push(...rest);
  if (!headline && meta.titles[0]) {
    out.unshift({ kind: 'headline', text: meta.titles[0], map: null, element: null });
  }
  const blocks: TextBlock[] = [];
  const anchors: BlockAnchor[] = [];
  for (const b of out) {
    blocks.push({ kind: b.kind, text: b.text });
    anchors.push({ element: b.element, map: b.map });
  }
  return { title, blocks, anchors };
}

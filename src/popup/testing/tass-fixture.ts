/**
 * A realistic annotated report for the TASS Macron article, built from the shared corpus's
 * `article.txt` and modelled on its hand-made `gold.json`, for popup tests while the engine is being
 * written. Offsets are computed from the real text, so spans, snippets and exports are exercised on
 * real sentences rather than placeholders.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ExtractionResult, TextBlock } from '../../engine/types';
import type { PageReport } from '../../protocol/messages';
import { buildResult, type ClaimSpec, type EntitySpec } from './build-result';

/** The corpus lives beside the project root, never inside it. */
export const CORPUS = resolve(process.cwd(), '../shared/corpus');

const CAPTIONS = new Set(['All news', 'French President Emmanuel Macron']);

/** Article blocks as a page extractor would give them: headline, standfirst, paragraphs. */
export function tassBlocks(): TextBlock[] {
  const text = readFileSync(resolve(CORPUS, 'dev/tass-macron/article.txt'), 'utf8');
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !CAPTIONS.has(line) && !line.includes('POOL/TASS'));
  return lines.map((line, index) => ({
    kind: index === 0 ? 'headline' : index === 1 ? 'standfirst' : 'paragraph',
    text: line,
  }));
}

const TASS_ENTITIES: EntitySpec[] = [
  {
    name: 'Emmanuel Macron',
    type: 'person',
    aliases: ['Macron', 'French President Emmanuel Macron', 'The French president'],
  },
  { name: 'Sergey Shoigu', type: 'person', aliases: ['Shoigu'] },
  {
    name: 'Russian Defense Ministry',
    type: 'government',
    aliases: ['The Russian Defense Ministry'],
  },
  { name: 'Sebastien Lecornu', type: 'person', aliases: ['Lecornu'] },
];

const MACRON = 'Emmanuel Macron';
const SAID = { cue: 'said', lemma: 'say', cueClass: 'neutral' } as const;
const TOLD = { cue: 'told', lemma: 'tell', cueClass: 'neutral' } as const;
const REJECTED = { cue: 'rejected', lemma: 'reject', cueClass: 'stance' } as const;
const MINISTRY_SAYS = 'Lecornu "insisted in attempts to assure that Ukraine and Western countries';

const TASS_CLAIMS: ClaimSpec[] = [
  {
    speaker: MACRON,
    kind: 'indirect',
    content: 'France needs to work with any country facing risk of terrorism',
    cue: 'says',
    lemma: 'say',
    cueClass: 'neutral',
    mention: 'Macron',
  },
  {
    speaker: MACRON,
    kind: 'indirect',
    content:
      'any involvement of Paris in the attack on the Crocus City Hall concert venue near Moscow',
    ...REJECTED,
    mention: 'The French president',
  },
  {
    speaker: MACRON,
    kind: 'indirect',
    content: 'France needs to cooperate with any country facing the risk of terrorist attacks',
    ...SAID,
    mention: 'Emmanuel Macron',
  },
  {
    speaker: MACRON,
    kind: 'direct',
    content:
      'We must work together with all those who face the threat of terrorism. When we have data, we must conduct technical exchange of information. This is our duty,',
    ...SAID,
    mention: 'he',
  },
  {
    speaker: MACRON,
    kind: 'indirect',
    content:
      'any involvement of Paris in the attack on the Crocus City Hall concert venue near Moscow',
    nth: 1,
    ...REJECTED,
    mention: 'He',
  },
  {
    speaker: MACRON,
    kind: 'direct',
    content:
      'Assumptions that France or Ukraine could be behind this make no sense and are untrue,',
    ...SAID,
    mention: 'Macron',
  },
  {
    speaker: MACRON,
    kind: 'indirect',
    content: 'such assumptions as disinformation',
    cue: 'described',
    lemma: 'describe',
    cueClass: 'neutral',
    mention: 'He',
  },
  {
    speaker: MACRON,
    kind: 'indirect',
    content:
      "the phone talks between French Defense Minister Sebastien Lecornu and his Russian counterpart Sergey Shoigu were held at France's initiative",
    ...SAID,
    mention: 'He',
  },
  {
    speaker: MACRON,
    kind: 'direct',
    content: 'I instructed the minister and the relevant services to have a technical exchange',
    ...SAID,
    mention: 'Macron',
  },
  {
    speaker: 'Sergey Shoigu',
    kind: 'indirect',
    content: 'he hoped French special services were not involved in the attack',
    ...TOLD,
    mention: 'Shoigu',
  },
  {
    speaker: 'Russian Defense Ministry',
    kind: 'mixed',
    content: MINISTRY_SAYS,
    ...SAID,
    mention: 'The Russian Defense Ministry',
  },
  {
    speaker: 'Sebastien Lecornu',
    kind: 'mixed',
    content: 'in attempts to assure that Ukraine and Western countries were not involved',
    cue: 'insisted',
    lemma: 'insist',
    cueClass: 'loaded',
    mention: 'Lecornu',
    via: 'Russian Defense Ministry',
  },
  {
    speaker: 'Sergey Shoigu',
    kind: 'indirect',
    content: 'the investigation of the terrorist attack will be brought to an end',
    ...SAID,
    mention: 'Shoigu',
  },
  {
    speaker: 'Sergey Shoigu',
    kind: 'mixed',
    content: 'if they are put into practice, it will create problems for France itself,',
    ...TOLD,
    mention: 'Shoigu',
    via: 'Russian Defense Ministry',
  },
  {
    speaker: 'Russian Defense Ministry',
    kind: 'mixed',
    content:
      "On the subject of the Elysee Palace's statements about sending French troops to Ukraine",
    ...SAID,
    mention: 'the Russian Defense Ministry',
  },
];

/** The TASS article's blocks and extraction, in gold order (Macron 9, Shoigu 3, ministry 2, Lecornu 1). */
export function tassResult(): { blocks: TextBlock[]; result: ExtractionResult } {
  const blocks = tassBlocks();
  return { blocks, result: buildResult(blocks, TASS_ENTITIES, TASS_CLAIMS) };
}

/** The annotated report a content script would send for the TASS page. */
export function tassReport(): Extract<PageReport, { status: 'annotated' }> {
  const { blocks, result } = tassResult();
  return {
    status: 'annotated',
    url: 'https://tass.com/politics/1770009',
    title: 'Macron says France needs to work with any country facing risk of terrorism',
    detection: {
      verdict: 'news',
      score: 7,
      signals: [
        { name: 'og:type=article', weight: 2, detail: 'og:type is "article"' },
        { name: 'json-ld:NewsArticle', weight: 4, detail: 'NewsArticle in JSON-LD' },
        { name: 'nav-heavy', weight: -1, detail: 'Many navigation links' },
        { name: 'dateline', weight: 2, detail: 'Dateline before the first paragraph' },
      ],
    },
    forced: false,
    blocks,
    result,
    timings: {
      detect: 1.2,
      extract: 3.4,
      engine: 5.6,
      highlight: 0.8,
      engineRun: 2.1,
      total: 11.3,
    },
  };
}

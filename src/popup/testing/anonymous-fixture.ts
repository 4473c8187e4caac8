/**
 * A small invented report with anonymous sourcing, a document source, hedges and two loaded verbs,
 * to exercise what the TASS article lacks (shares of anonymous claims, hedge lists, ties in sorting).
 */
import type { TextBlock } from '../../engine/types';
import type { PageReport } from '../../protocol/messages';
import { buildResult } from './build-result';

const BLOCKS: TextBlock[] = [
  { kind: 'headline', text: 'Port strike reportedly set to spread' },
  {
    kind: 'paragraph',
    text: 'The strike will reportedly reach two more ports next week, officials said on Monday.',
  },
  {
    kind: 'paragraph',
    text: 'The union claimed that "every crane will stop", while a company memo admitted delays.',
  },
  {
    kind: 'paragraph',
    text: 'According to a leaked report, the losses are allegedly worth <b>millions</b>.',
  },
];

/** An annotated report with anonymous, organization and document sources and hedges. */
export function anonymousReport(): Extract<PageReport, { status: 'annotated' }> {
  const result = buildResult(
    BLOCKS,
    [
      { name: 'officials', type: 'anonymous', aliases: [] },
      { name: 'The union', type: 'organization', aliases: [] },
      { name: 'a company memo', type: 'document', aliases: [] },
      { name: 'a leaked report', type: 'document', aliases: [] },
    ],
    [
      {
        speaker: 'officials',
        kind: 'indirect',
        content: 'The strike will reportedly reach two more ports next week',
        cue: 'said',
        lemma: 'say',
        cueClass: 'neutral',
        mention: 'officials',
        hedged: true,
      },
      {
        speaker: 'The union',
        kind: 'direct',
        content: 'every crane will stop',
        cue: 'claimed',
        lemma: 'claim',
        cueClass: 'loaded',
        mention: 'The union',
      },
      {
        speaker: 'a company memo',
        kind: 'indirect',
        content: 'delays',
        cue: 'admitted',
        lemma: 'admit',
        cueClass: 'loaded',
        mention: 'a company memo',
      },
      {
        speaker: 'a leaked report',
        kind: 'indirect',
        content: 'the losses are allegedly worth <b>millions</b>',
        cue: 'According to',
        lemma: 'according to',
        cueClass: 'neutral',
        mention: 'a leaked report',
        hedged: true,
      },
    ],
    [
      { text: 'reportedly', lemma: 'reportedly' },
      { text: 'allegedly', lemma: 'allegedly' },
    ],
  );
  return {
    status: 'annotated',
    url: 'https://news.example/ports',
    title: 'Port strike reportedly set to spread',
    detection: { verdict: 'not-news', score: -1, signals: [] },
    forced: true,
    blocks: BLOCKS,
    result,
    timings: { detect: 1, extract: 1, engine: 1, highlight: 1, engineRun: 1, total: 4 },
  };
}

/**
 * Test helper for rules that behave differently past an article's lede (cataphora's reach, role
 * phrases named later): five people-free paragraphs to open an invented article with, and the
 * speaker name of each record of a run over plain paragraphs.
 */
import { extractAttributions } from '../index';
import type { TextBlock } from '../types';

/** Five paragraphs of scene-setting: what follows is past the lede. */
export const LEDE: readonly string[] = [
  'The ferry will stop running in March.',
  'The town has relied on it for decades.',
  'Boats have crossed the bay since 1920.',
  'Fares rose twice last year.',
  'Few riders were surprised.',
];

/** The speaker's name of each record the engine finds in these paragraphs, in order. */
export function speakersOf(texts: readonly string[]): Array<string | undefined> {
  const blocks = texts.map((text): TextBlock => ({ kind: 'paragraph', text }));
  const { attributions, entities } = extractAttributions(blocks);
  return attributions.map((a) => entities.find((e) => e.id === a.speaker)?.name);
}

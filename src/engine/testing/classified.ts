/**
 * Test helper: run the engine on short paragraphs and keep of each record its speaker, content and
 * claim class, so claim-class tests compare one readable triple per record.
 */
import { extractAttributions } from '../index';
import type { ClaimClass } from '../types';

/** Speaker, content and claim class of one record. */
export type ClassifiedRecord = [speaker: string, content: string, claim: ClaimClass];

/** A table row: name, paragraphs, and the records expected of them. */
export type ClassifiedRow = [name: string, input: string[], expected: ClassifiedRecord[]];

/** Speaker, content and claim class of every record, in order. */
export function classified(input: string[]): ClassifiedRecord[] {
  const result = extractAttributions(input.map((text) => ({ kind: 'paragraph', text })));
  const names = new Map(result.entities.map((e) => [e.id, e.name]));
  return result.attributions.map((a) => [names.get(a.speaker) ?? '?', a.content.text, a.claim]);
}

/**
 * Test helper: run the engine on short paragraphs and flatten its records to plain strings, so
 * pattern tests can compare speaker, content, kind, cue and via in one readable table row.
 */
import { extractAttributions } from '../index';
import type { BlockKind, TextBlock } from '../types';

/** One attribution, flattened for assertions. */
export interface SimpleRecord {
  speaker: string;
  content: string;
  kind: string;
  cue: string | null;
  via: string | null;
}

/** Run the engine on paragraphs (or typed blocks) and flatten the result. */
export function simplify(input: ReadonlyArray<string | [BlockKind, string]>): SimpleRecord[] {
  const blocks: TextBlock[] = input.map((b) =>
    typeof b === 'string' ? { kind: 'paragraph', text: b } : { kind: b[0], text: b[1] },
  );
  const result = extractAttributions(blocks);
  const names = new Map(result.entities.map((e) => [e.id, e.name]));
  return result.attributions.map((a) => ({
    speaker: names.get(a.speaker) ?? '?',
    content: a.content.text,
    kind: a.kind,
    cue: a.cue?.text ?? null,
    via: a.via === null ? null : (names.get(a.via) ?? '?'),
  }));
}

import { describe, expect, it } from 'vitest';
import { buildBlockModel } from '../1-text/model';
import { simplify } from '../testing/simplify';
import { cutAtFrontedClauseEnd } from './fronted-clause-end';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A claim reported inside a fronted subordinate clause ends with that clause. */
const ROWS: Row[] = [
  [
    '"When X suggested Y, S V": the claim stops at the comma',
    'When the coach suggested the team train at dawn, the players tried to ignore him.',
    [['coach', 'the team train at dawn']],
  ],
  [
    '", but now that X has called for Y, S V": the clause after a joiner',
    'The town is calm, but now that the mayor has called for new curfews, you would be forgiven for worrying.',
    [['mayor', 'new curfews']],
  ],
  [
    'a pronoun subject with its auxiliary opens the main clause',
    'After the firm said its profits would fall, it’s been selling shares.',
    [['firm', 'its profits would fall']],
  ],
  [
    'not: no fronted clause, the comma stays in the claim',
    'The coach said the team would train at dawn, the players would rest at noon.',
    [['coach', 'the team would train at dawn, the players would rest at noon.']],
  ],
  [
    'not: a comma between the subordinator and the cue closes its clause first',
    'When the game ended, the coach said the team would train at dawn, the players would rest.',
    [['coach', 'the team would train at dawn, the players would rest.']],
  ],
];

describe('fronted clause end', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

/** The claim's text after cutting, from the word after `after` to the sentence's end. */
function cut(text: string, cue: string, after: string): string {
  const block = buildBlockModel(0, 'paragraph', text);
  const words = block.tokens.map((t) => t.lower);
  const from = words.indexOf(after) + 1;
  const r = cutAtFrontedClauseEnd(block, words.indexOf(cue), { from, to: block.tokens.length });
  const first = block.tokens[r.from];
  const last = block.tokens[r.to - 1];
  return first === undefined || last === undefined ? '' : text.slice(first.start, last.end);
}

describe('cutAtFrontedClauseEnd', () => {
  it.each([
    [
      'a comma inside a quotation is never the cut',
      'When the coach warned that the team would “train at dawn, the players rested” now, nobody objected.',
      'the team would “train at dawn, the players rested” now',
    ],
    [
      'a comma before no subject and verb is no cut',
      'If the coach warned that the team, tired and sore, would rest, nobody objected.',
      'the team, tired and sore, would rest',
    ],
  ])('%s', (_name, text, expected) => {
    expect(cut(text, 'warned', 'that')).toBe(expected);
  });
});

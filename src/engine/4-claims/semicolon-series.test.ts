import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A series written with semicolons stays one claim; a lone semicolon still ends it. */
const ROWS: Row[] = [
  [
    'a series closed by "; or" stays in the claim',
    'Inspectors said the grain had been sold abroad; stored in silos; or fed to cattle.',
    [['Inspectors', 'the grain had been sold abroad; stored in silos; or fed to cattle.']],
  ],
  [
    'a series closed by "; and" stays in the claim',
    'The coach said the team needs a faster keeper; two new defenders; and a lot more patience.',
    [['coach', 'the team needs a faster keeper; two new defenders; and a lot more patience.']],
  ],
  [
    'a lone semicolon ends the claim',
    'The coach said the team needs a faster keeper; the fans have other worries.',
    [['coach', 'the team needs a faster keeper']],
  ],
  [
    'a lone "; and" opens the author’s clause',
    'The coach said the team needs a faster keeper; and there were rumours of a new owner.',
    [['coach', 'the team needs a faster keeper']],
  ],
  [
    'two semicolons without a closing conjunction still end the claim',
    'The coach said the team needs a faster keeper; the fans want a new owner; the board is silent.',
    [['coach', 'the team needs a faster keeper']],
  ],
];

describe('semicolon series', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

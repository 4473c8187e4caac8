import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** Commas inside a list in the aside before the verb do not cut the aside. Invented sentences. */
const ROWS: Row[] = [
  [
    'a relative clause ending in a list',
    'Mara Quill, who sets fees on ferries, buses and other local services, said that fares will rise.',
    [['Mara Quill', 'fares will rise.']],
  ],
  [
    'an appositive ending in a list with a serial comma',
    'Mara Quill, the official in charge of ferries, buses, and trams, said that fares will rise.',
    [['Mara Quill', 'fares will rise.']],
  ],
  [
    'a phrase further left after a comma still opens its own stretch',
    'The two aides are brothers, who left the city after the storm, the source, who said he knew them, told the paper.',
    [['source', 'The two aides are brothers, who left the city after the storm']],
  ],
];

describe('lists inside an aside before the verb', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

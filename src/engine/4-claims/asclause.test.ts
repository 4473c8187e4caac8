import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** The "As X says," frame: the main clause after it is the claim. */
const ROWS: Row[] = [
  [
    'an opening adverbial before the frame',
    'For example, as Ann Roe notes, being able to smell traces of rot gives the body more time.',
    [['Ann Roe', 'being able to smell traces of rot gives the body more time.']],
  ],
  [
    'the frame at the start of the sentence',
    'As the auditors explain, the fund lost money in every quarter.',
    [['auditors', 'the fund lost money in every quarter.']],
  ],
  [
    'a closing "as" clause attributes the clause before it',
    'Every atom in us was forged in a star, as the poet Ann Roe put it.',
    [['Ann Roe', 'Every atom in us was forged in a star']],
  ],
  [
    'a closing "as" clause with a modal is advice, not a report',
    'It is up to the board to settle the dispute, as the tenants should tell them.',
    [],
  ],
  [
    'a closing "as" clause whose verb takes an object is no frame',
    'Prices fell sharply in May, as the bank reported heavy losses.',
    [],
  ],
  [
    'a medial "as" clause before a predicate: the predicate is the claim',
    'The old pier, as the port authority reported, is no longer safe for boats.',
    [['port authority', 'is no longer safe for boats.']],
  ],
  [
    'a medial "as" clause after an auxiliary: the predicate is the claim',
    'The council did not, as the tenants complained, repair the heating in time.',
    [['tenants', 'repair the heating in time.']],
  ],
  [
    'a medial "as" clause after an opening time clause: the main clause is the claim',
    'When the snow melts early, as Ann Roe explained, the river floods the lower meadows.',
    [['Ann Roe', 'the river floods the lower meadows.']],
  ],
  [
    'a medial "as its name suggests" glosses a word, no source',
    'The Long Walk, as its name suggests, is a very long trail.',
    [],
  ],
  [
    'an "as" clause of time after an opener is no frame',
    'On Monday, as the rain fell, the crowd left the square.',
    [],
  ],
];

describe('the "As X says," frame', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

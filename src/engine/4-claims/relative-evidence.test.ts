import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A relative pronoun reports for a body of evidence named before it; not for anything else. */
const ROWS: Row[] = [
  [
    'a post-modified series of studies before ", which found"',
    'The conference opened with a talk on a series of studies on the drug, which found that most patients slept better within a week.',
    [['a series of studies on the drug', 'most patients slept better within a week.']],
  ],
  [
    'a named report ending in a year before ", which reports"',
    'Readers can compare the Global Water Report 2021, which reports that two rivers in five are polluted.',
    [['Global Water Report 2021', 'two rivers in five are polluted.']],
  ],
  [
    'a quoted title whose comma closes inside the marks',
    'She wrote part of the study "Birds of the Northern Coast," which shows that the puffin colony doubled in a decade.',
    [['study', 'the puffin colony doubled in a decade.']],
  ],
  [
    'a restrictive "that found" after a plural evidence noun',
    'The panel discussed two new surveys that found a steep increase in rural poverty.',
    [['two new surveys', 'a steep increase in rural poverty.']],
  ],
  [
    'no evidence word before the relative: nobody reports',
    'The council closed the old ferry route, which showed that nobody had planned for winter.',
    [],
  ],
  [
    'a relative after a place name reports nothing',
    'Tourists flocked to the island of Elm, which found itself short of water.',
    [],
  ],
];

describe('a relative pronoun whose antecedent is a body of evidence', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** Where one reported clause ends and the next claim of the same cue begins ("A, and that B"). */
const ROWS: Row[] = [
  [
    '"A, and that B" after a single clause is two claims',
    'Mara Lind said the dam had held, and that the town would reopen on Monday.',
    [
      ['Mara Lind', 'the dam had held'],
      ['Mara Lind', 'the town would reopen on Monday.'],
    ],
  ],
  [
    '"A, an aside, and that B": the comma closes the aside, one claim',
    'Mara Lind said the dam had held, a relief to the farmers, and that the town would reopen.',
    [['Mara Lind', 'the dam had held, a relief to the farmers, and that the town would reopen.']],
  ],
];

describe('that-clauses joined after one cue', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

/** A claim that ends in the author's own question mark is asked, not reported. */
const QUESTIONS: Row[] = [
  [
    'an unquoted question about what a group says',
    'Isn’t that the very thing the planners say they want to avoid?',
    [],
  ],
  [
    'a statement that turns into the author’s question',
    'Engineers tell us the tunnel is sound, but who will pay to keep it that way?',
    [],
  ],
  [
    'a quoted question stays the speaker’s',
    'The mayor asked, “Who will pay to keep the tunnel open?”',
    [['mayor', 'Who will pay to keep the tunnel open?']],
  ],
  [
    'a statement ending in a full stop still reports',
    'Engineers say the tunnel is sound.',
    [['Engineers', 'the tunnel is sound.']],
  ],
];

describe('questions are not claims', () => {
  it.each(QUESTIONS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

/** A claim before its cue starts after the author's last semicolon. */
const FRONTED: Row[] = [
  [
    'the author’s clause before a semicolon is no part of the claim',
    'It was the third flood this spring; the last one closed four schools, according to the council.',
    [['council', 'the last one closed four schools']],
  ],
  [
    'a fronted claim with no semicolon keeps its whole clause',
    'The last flood closed four schools in the valley, according to the council.',
    [['council', 'The last flood closed four schools in the valley']],
  ],
];

describe('claims before their cue', () => {
  it.each(FRONTED)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

/** Where the claim after its cue starts: past a restated speaker, past a colon before a quote. */
const STARTS: Row[] = [
  [
    '"said he thought X": the restated speaker is left out',
    'The coach said he thought the team had played well.',
    [['coach', 'the team had played well.']],
  ],
  [
    '"said he expected to X": the infinitive needs its subject, which stays',
    'The coach said he expected to be fired after the loss.',
    [['coach', 'he expected to be fired after the loss.']],
  ],
  [
    'a claim that opens with its quotation ends before someone else’s colon',
    'Okafor said that “nothing can stop this team now,” while fans chanted: “Champions again!”',
    [['Okafor', 'nothing can stop this team now,']],
  ],
  [
    'an unquoted lead before a colon gives way to the quotation after it',
    'Okafor said the plan was simple: “Nothing can stop this team now.”',
    [['Okafor', 'Nothing can stop this team now.']],
  ],
];

describe('where the claim after its cue starts', () => {
  it.each(STARTS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

/** A "that" with an adjunct and no verb after it was the verb's pronoun object, not a clause. */
const PRONOUN_THAT: Row[] = [
  ['a frequency adjunct', 'Mara Lind has said that more than once.', []],
  ['an audience adjunct', 'The coach said that to us a year ago.', []],
  [
    'kept: a clause after "that"',
    'Mara Lind said that more towns would flood this spring.',
    [['Mara Lind', 'more towns would flood this spring.']],
  ],
  [
    'kept: a quoted stretch after "that"',
    'Mara Lind said that “more than ever” before the vote.',
    [['Mara Lind', '“more than ever” before the vote.']],
  ],
];

describe('a pronoun "that" after the cue', () => {
  it.each(PRONOUN_THAT)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** After ", and": a second verb is the speaker's next act; a new subject continues the claim. */
const ROWS: Row[] = [
  [
    'a second verb phrase is what the speaker does',
    'Farmers believe the drought will end soon, and want the council to wait before rationing water.',
    [['Farmers', 'the drought will end soon']],
  ],
  [
    'a new clause with a noun subject continues the claim',
    'The mayor said the bridge had been repaired, and city engineers will inspect it again in spring.',
    [
      [
        'mayor',
        'the bridge had been repaired, and city engineers will inspect it again in spring.',
      ],
    ],
  ],
  [
    'after ", but" a refusal is the speaker\'s',
    'The ministry said the envoy had left the country, but did not give a reason for his departure.',
    [['ministry', 'the envoy had left the country']],
  ],
  [
    'after ", but" a refusal by a verb of declining',
    'The club said the coach would stay, but declined to discuss his contract.',
    [['club', 'the coach would stay']],
  ],
  [
    'after ", but" a verb that is not a refusal elides the claim\'s subject',
    'Analysts say a deal is possible, but will likely cost the ruling party its majority.',
    [['Analysts', 'a deal is possible, but will likely cost the ruling party its majority.']],
  ],
  [
    'after ", but" the author\'s appraisal of the claim ("it looks like")',
    'Farmers complained the council had ignored them, but it looks like the vote has paid off.',
    [['Farmers', 'the council had ignored them']],
  ],
  [
    'after ", but" a clause with "it" and another verb continues the claim',
    'Farmers said the council had ignored them, but it would soon vote again.',
    [['Farmers', 'the council had ignored them, but it would soon vote again.']],
  ],
  [
    'a new clause with a determiner subject continues the claim',
    'The mayor said the bridge had been repaired, and the road would reopen on Monday.',
    [['mayor', 'the bridge had been repaired, and the road would reopen on Monday.']],
  ],
  [
    'a relative clause closed before more of the phrase stays in the claim',
    'The survey found a sharp rise in burglaries, which are often unreported, among rural homes.',
    [['survey', 'a sharp rise in burglaries, which are often unreported, among rural homes.']],
  ],
  [
    'a closing relative clause is the author’s',
    'The survey found a sharp rise in burglaries, which worried the police.',
    [['survey', 'a sharp rise in burglaries']],
  ],
];

describe('", and" after a reported claim', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

/** ", as ..." / ", which ...": the author's tail, unless the speaker's quoted words go on in it. */
const QUOTED_TAIL_ROWS: Row[] = [
  [
    'a tail with no quotation is the author’s',
    'Dr Amani said the survey was too small, as only forty farms took part in it.',
    [['Amani', 'the survey was too small']],
  ],
  [
    'a tail quoting the speaker stays in the claim',
    'Dr Amani said the survey was too small, as the earlier counts "do show the same drop in yields".',
    [
      [
        'Amani',
        'the survey was too small, as the earlier counts "do show the same drop in yields".',
      ],
    ],
  ],
];

describe('a closing tail that quotes the speaker', () => {
  it.each(QUOTED_TAIL_ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(
      expected.map(([s, c]) => [expect.stringContaining(s), c]),
    );
  });
});

/** ", but that <modal> ...": "that" is the author's demonstrative subject, not a second claim. */
const DEMONSTRATIVE_ROWS: Row[] = [
  [
    'a demonstrative subject with a modal comments on the claim',
    'Ann Roe has said that she expects to save $3 million, but that may be hard to do without job cuts.',
    [['Ann Roe', 'she expects to save $3 million']],
  ],
  [
    'not: a second "that" clause with its own subject is a second claim',
    'Ann Roe said that the plant would close, but that the workers would be paid.',
    [
      ['Ann Roe', 'the plant would close'],
      ['Ann Roe', 'the workers would be paid.'],
    ],
  ],
];

describe('a demonstrative subject after "but"', () => {
  it.each(DEMONSTRATIVE_ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

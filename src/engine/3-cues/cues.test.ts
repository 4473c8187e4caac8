import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, input: string[], expected: Array<[speaker: string, content: string]>];

/** Noun speech acts owned by a possessor, with a that-clause or an object claim. */
const POSITIVE: Row[] = [
  [
    'modifier between possessor and noun, object claim',
    [
      'Earnest said Netanyahu’s election-eve disavowal of a two-state solution would force a rethink.',
    ],
    [
      [
        'Earnest',
        'Netanyahu’s election-eve disavowal of a two-state solution would force a rethink.',
      ],
      ['Netanyahu', 'a two-state solution'],
    ],
  ],
  [
    'possessor phrase with a common noun',
    ['The ministry’s rejection of the claims came on Friday.'],
    [['ministry', 'the claims']],
  ],
  [
    'object claim ends before a past-tense verb',
    ['The company’s denial of the alleged payments angered investors.'],
    [['company', 'the alleged payments']],
  ],
  [
    'two modifiers between possessor and noun',
    ['Critics seized on the mayor’s own late-night admission that the budget was short.'],
    [['mayor', 'the budget was short.']],
  ],
  [
    'a verb before "of" still reports when it takes that object',
    ['The senator warns of a shutdown that could last for weeks.'],
    [['senator', 'a shutdown that could last for weeks.']],
  ],
];

const NEGATIVE: Row[] = [
  ['a noun that reports nothing', ['His love of music is well known.'], []],
  ['a cue noun with no possessor', ['A rejection of the plan seemed likely.'], []],
  ['an object preposition the noun does not take', ['Her statement of accounts was filed.'], []],
  [
    'a plural verb form before "of" is a noun',
    ['The union’s pay and demands of the workers are complicating the talks.'],
    [],
  ],
  [
    'modifiers that are function words do not join a possessor',
    ['She read the guide’s and the warning that came with it.'],
    [],
  ],
];

describe('noun cues', () => {
  it.each(POSITIVE)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
  it.each(NEGATIVE)('no record: %s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

/** An -s form read as a plural noun before an auxiliary heads the subject, it is no cue. */
const PLURAL_SUBJECT: Row[] = [
  [
    'the subject "advocates" before "have argued": the cue is the later verb',
    ['Some cautious advocates have argued that the port would lose its trade.'],
    [['Some cautious advocates', 'the port would lose its trade.']],
  ],
  ['"claims" as the subject of "are"', ['Northern and Southern claims are false.'], []],
  [
    'an imperative "be" after the verb is the claim, "says" stays a cue',
    ['The coach says be patient and keep the ball on the ground.'],
    [['coach', 'be patient and keep the ball on the ground.']],
  ],
];

describe('plural nouns that look like cues', () => {
  it.each(PLURAL_SUBJECT)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

/** A progressive "be" + adverb + -ing verb reports as "be" + -ing does. */
const PROGRESSIVE: Row[] = [
  [
    'an adverb between "are" and the -ing verb',
    ['Health officials are also warning residents to stay indoors during the smoke.'],
    [['Health officials', 'residents to stay indoors during the smoke.']],
  ],
  [
    'an -ly adverb between "were" and the -ing verb',
    ['The unions were repeatedly urging members to strike before the holiday.'],
    [['unions', 'members to strike before the holiday.']],
  ],
  [
    'an adverb with no "be" before it makes no progressive',
    ['The rangers, quietly warning hikers, closed the trail on Monday.'],
    [],
  ],
];

describe('progressive -ing cues with an adverb', () => {
  it.each(PROGRESSIVE)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

/** "object to": the position taken is the object; "oppose" with an object is left as an act. */
const OBJECTION: Row[] = [
  [
    'objected to a noun phrase',
    ['Residents objected to the new flight path over the school.'],
    [['Residents', 'to the new flight path over the school.']],
  ],
  ['opposed with an object: an act, no claim', ['The council opposed the new flight path.'], []],
  ['the noun "object"', ['The object to the left of the barn was a rusted plough.'], []],
];

describe('objections', () => {
  it.each(OBJECTION)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

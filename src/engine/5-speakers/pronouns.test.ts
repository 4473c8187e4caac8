import { describe, expect, it } from 'vitest';
import { genderOf, isFirstName, personNounGender, pronounGender } from '../lexicon/gender';
import { personGender } from './pronouns';
import { simplify } from '../testing/simplify';

type Row = [name: string, input: string[], expected: Array<[speaker: string, content: string]>];

/** "he" and "she" go to the most recent person they can refer to. */
const ROWS: Row[] = [
  [
    '"she" skips a man quoted last for the woman quoted before',
    [
      'Angela Merkel said the talks would resume in March.',
      'John Kerry said the United States would attend.',
      '“We will not give up,” she added.',
    ],
    [
      ['Angela Merkel', 'the talks would resume in March.'],
      ['John Kerry', 'the United States would attend.'],
      ['Angela Merkel', 'We will not give up,'],
    ],
  ],
  [
    '"he" skips a spokeswoman for the man named before her',
    [
      'Tom Forte said prices would fall.',
      'The company’s spokeswoman, Jane Doe, said it had no comment.',
      'He said the cuts would come within a year.',
    ],
    [
      ['Tom Forte', 'prices would fall.'],
      ['Jane Doe', 'it had no comment.'],
      ['Tom Forte', 'the cuts would come within a year.'],
    ],
  ],
  [
    'unknown gender stays the most recent person',
    ['Zeev Sharon said rooms are priced by cost.', 'He said minibars lose money.'],
    [
      ['Zeev Sharon', 'rooms are priced by cost.'],
      ['Zeev Sharon', 'minibars lose money.'],
    ],
  ],
  [
    '"which it said" is the source named earlier in its sentence, not an older statement',
    [
      'The army said in a statement that troops died.',
      '\u201cIt was an accident,\u201d the statement said.',
      'The Red Brigades claimed the attack, which it said took place at dawn.',
    ],
    [
      ['army', 'troops died.'],
      ['statement', 'It was an accident,'],
      ['Red Brigades', 'the attack'],
      ['Red Brigades', 'took place at dawn.'],
    ],
  ],
  [
    'a name of no known kind counts too',
    [
      'The army said in a statement that troops died.',
      '\u201cIt was an accident,\u201d the statement said.',
      'Zorbania denied the attack, which it said never took place.',
    ],
    [
      ['army', 'troops died.'],
      ['statement', 'It was an accident,'],
      ['Zorbania', 'the attack'],
      ['Zorbania', 'never took place.'],
    ],
  ],
  [
    '"which it said" never takes a man named before it',
    [
      'The army said in a statement that troops died.',
      '\u201cIt was an accident,\u201d the statement said.',
      'John Kerry condemned the attack, which it said took place at dawn.',
    ],
    [
      ['army', 'troops died.'],
      ['statement', 'It was an accident,'],
      ['John Kerry', 'the attack'],
      ['statement', 'took place at dawn.'],
    ],
  ],
  [
    'a lone name that spoke is a person when it is a later sentence\u2019s subject',
    [
      '\u201cSome vendors send poison,\u201d ZetaFox told me in a message.',
      '\u201cIt made me sick,\u201d Dr. Moss, a forum user, wrote after testing the powder.',
      'This is why ZetaFox has been selling test kits. \u201cWhy make it worse?\u201d he told me.',
    ],
    [
      ['ZetaFox', 'Some vendors send poison,'],
      ['Moss', 'It made me sick,'],
      ['ZetaFox', 'Why make it worse?'],
    ],
  ],
  [
    '"she" after an unnamed spokeswoman who spoke is her',
    [
      'Ann Roe said sales were steady.',
      'A Zento spokeswoman said the walk would go on. \u201cWe are on par with last year,\u201d she said.',
    ],
    [
      ['Ann Roe', 'sales were steady.'],
      ['A Zento spokeswoman', 'the walk would go on.'],
      ['A Zento spokeswoman', 'We are on par with last year,'],
    ],
  ],
  [
    '"he" passes over an unnamed spokeswoman',
    [
      'Ben Cole said sales were steady.',
      'A Zento spokeswoman said the walk would go on. \u201cWe are on par with last year,\u201d he said.',
    ],
    [
      ['Ben Cole', 'sales were steady.'],
      ['A Zento spokeswoman', 'the walk would go on.'],
      ['Ben Cole', 'We are on par with last year,'],
    ],
  ],
  [
    '"he" reporting a later clause continues the unnamed speaker of the clause before',
    [
      'Ben Cole said sales were steady.',
      'A lawyer for the family said the board may meet next week and he hoped it would change the rule.',
    ],
    [
      ['Ben Cole', 'sales were steady.'],
      ['A lawyer for the family', 'the board may meet next week'],
      ['A lawyer for the family', 'it would change the rule.'],
    ],
  ],
  [
    'kept: a group that spoke before "he" in its sentence is not what "he" continues',
    [
      'Ben Cole said sales were steady.',
      'Officials said the board may meet next week and he hoped it would change the rule.',
    ],
    [
      ['Ben Cole', 'sales were steady.'],
      ['Officials', 'the board may meet next week'],
      ['Ben Cole', 'it would change the rule.'],
    ],
  ],
  [
    'kept: "he" skips a woman who spoke before it in its sentence',
    [
      'Ben Cole said sales were steady.',
      'Ann Roe said the board may meet next week and he hoped it would change the rule.',
    ],
    [
      ['Ben Cole', 'sales were steady.'],
      ['Ann Roe', 'the board may meet next week'],
      ['Ben Cole', 'it would change the rule.'],
    ],
  ],
  [
    '"he" in a later clause continues the person named earlier in its own sentence',
    [
      '\u201cThe plan will work,\u201d Ben Cole said. \u201cWe have the money.\u201d',
      'But the idea spread: zorro123, another buyer, first kept the results to himself, but he, too, saw a benefit in sharing them. \u201cIt is a useful service,\u201d he told me.',
    ],
    [
      ['Ben Cole', 'The plan will work,'],
      ['Ben Cole', 'We have the money.'],
      ['zorro123', 'It is a useful service,'],
    ],
  ],
  [
    'a lone name that never spoke is not taken for a person',
    [
      'ZetaFox sells seeds online.',
      '\u201cIt made me sick,\u201d Dr. Moss, a forum user, wrote after testing the powder.',
      'This is why ZetaFox has been selling test kits. \u201cWhy make it worse?\u201d he told me.',
    ],
    [
      ['Moss', 'It made me sick,'],
      ['Moss', 'Why make it worse?'],
    ],
  ],
];

describe('gender agreement of pronouns', () => {
  it.each(ROWS)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

describe('gender model', () => {
  it.each([
    ['Angela', [], 'female'],
    ['Parry', ['Mrs'], 'female'],
    ['Jane', ['spokeswoman'], 'female'],
    ['Reeves', ['Mr.'], 'male'],
    ['James', [], 'male'],
    ['Zeev', [], null],
    ['Alex', ['Mr', 'Mrs'], null],
  ] as const)('%s with %j → %s', (first, titles, expected) => {
    expect(genderOf(first, titles)).toBe(expected);
  });
  it('never reads a surname as a first name', () => {
    expect(personGender({ name: 'Zeev Sharon', roles: new Set(), aliases: ['Sharon'] })).toBe(null);
  });
  it.each([
    ['she', 'female'],
    ['his', 'male'],
    ['they', null],
  ] as const)('pronoun %s → %s', (p, g) => {
    expect(pronounGender(p)).toBe(g);
  });
  it('reads roles and aliases', () => {
    expect(personGender({ name: 'Fiona Parry', roles: new Set(['mother']) })).toBe('female');
    expect(personGender({ name: 'X Y', roles: new Set(), aliases: ['Mr Y'] })).toBe('male');
  });
  it.each([
    ['Teresa', 'female'],
    ['Charlie', 'male'],
    ['Diane', 'female'],
    ['Geoff', 'male'],
    ['Jordan', null],
    ['Noor', null],
    ['Andrea', null],
    ['Nicola', null],
    ['Simone', null],
    ['Jean', null],
  ] as const)('first name %s → %s', (first, expected) => {
    expect(genderOf(first)).toBe(expected);
  });
  it.each([
    ['teresa', true],
    ['charlie', true],
    ['ron', true],
    ['stacey', true],
    ['okafor', false],
    ['andrea', true],
    ['jean', true],
    ['jordan', false],
    ['morgan', false],
  ] as const)('%s is a first name: %s', (word, expected) => {
    expect(isFirstName(word)).toBe(expected);
  });
  it.each([
    ['mother', 'female'],
    ['husband', 'male'],
    ['reporter', null],
  ] as const)('person noun %s → %s', (word, expected) => {
    expect(personNounGender(word)).toBe(expected);
  });
});

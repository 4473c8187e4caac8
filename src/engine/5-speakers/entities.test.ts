import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../index';
import { simplify } from '../testing/simplify';

type Row = [name: string, input: string[], speakers: string[]];

/** Speaker resolution: every later mention resolves to the entity's fullest name. */
const RESOLUTION: Row[] = [
  [
    'surname resolves to the full name given earlier',
    ['French President Emmanuel Macron visited Moscow.', 'Macron said the talks were useful.'],
    ['Emmanuel Macron'],
  ],
  [
    'a lone surname goes to the namesake who spoke, not one named in passing',
    [
      'The dam was opened by Governor Alma Okoro in 1961.',
      'The dam is safe, said Ben Okoro Jr., an engineer.',
      'Okoro said repairs were needed.',
    ],
    ['Ben Okoro Jr', 'Ben Okoro Jr'],
  ],
  [
    'two namesakes who spoke: the lone surname is not guessed from them',
    [
      'Alma Okoro said the dam was safe.',
      'Ben Okoro said it was not.',
      'Okoro said repairs were needed.',
    ],
    ['Alma Okoro', 'Ben Okoro', 'Alma Okoro'],
  ],
  [
    'Mr./Ms. forms resolve to the full name',
    [
      'Eric Reeves said the sanctions were a mistake.',
      'Mr. Reeves said the regime had not changed.',
    ],
    ['Eric Reeves', 'Eric Reeves'],
  ],
  [
    'pronoun resolves to the last person',
    [
      'Shoigu met Lecornu on Wednesday.',
      'Sergey Shoigu said the attack would be punished. He said culprits would be found.',
    ],
    ['Sergey Shoigu', 'Sergey Shoigu'],
  ],
  [
    'role noun resolves to the entity introduced with that role',
    [
      'French President Emmanuel Macron arrived.',
      'The French president rejected any involvement of Paris in the attack.',
    ],
    ['Emmanuel Macron'],
  ],
  [
    'role from an appositive',
    ['John Smith, the mayor, said the road would reopen.', 'The mayor said it was safe.'],
    ['John Smith', 'John Smith'],
  ],
  [
    'organisation role noun ("the company")',
    [
      'Amazon-owned Whole Foods Market said prices fell.',
      'The company said it has lowered prices on hundreds of items.',
    ],
    ['Whole Foods Market', 'Whole Foods Market'],
  ],
  [
    'family name first ("Lee" for "Lee Jae-myung")',
    [
      'Opposition leader Lee Jae-myung spoke on Friday.',
      '“There is no other way but to leave office early,” Lee said.',
    ],
    ['Lee Jae-myung'],
  ],
  [
    'a person with a longer name wins ("Te Kaurinui" → full name)',
    [
      'His son, Te Kaurinui Robert Parata, was there.',
      'Te Kaurinui says mass strandings are getting more attention.',
    ],
    ['Te Kaurinui Robert Parata'],
  ],
  [
    'a definite role noun continues the unnamed holder introduced before a named one',
    [
      'A French official says the minister will visit Dakar.',
      'The official said the trip would last two days.',
      'Later, the Senegalese official Awa Ndiaye said the visit was welcome.',
    ],
    ['A French official', 'A French official', 'Awa Ndiaye'],
  ],
  [
    'a definite role noun after a named holder goes to that person',
    [
      'A French official says the minister will visit Dakar.',
      'The Senegalese official Awa Ndiaye said the visit was welcome.',
      'The official said talks would follow.',
    ],
    ['A French official', 'Awa Ndiaye', 'Awa Ndiaye'],
  ],
];

describe('speaker resolution', () => {
  it.each(RESOLUTION)('%s', (_name, input, speakers) => {
    expect(simplify(input).map((r) => r.speaker)).toEqual(speakers);
  });

  it('does not resolve a pronoun with no antecedent', () => {
    expect(simplify(['He said the plan was dead.'])).toEqual([]);
  });
});

/** Entity typing from the phrase's head and markers. */
const TYPES: Array<[string, string]> = [
  ['Officials said the plan was dead.', 'anonymous'],
  ['The Russian Defense Ministry said the plan was dead.', 'government'],
  ['Interfax news agency said the plan was dead.', 'media'],
  ['A Gallup Korea poll showed support was falling, the newspaper said.', 'media'],
  ['John Smith said the plan was dead.', 'person'],
  ['Project Jonah said the plan was dead.', 'organization'],
];

describe('entity types', () => {
  it.each(TYPES)('%s → %s', (text, type) => {
    const result = extractAttributions([{ kind: 'paragraph', text }]);
    const speaker = result.entities.find((e) => e.id === result.attributions[0]?.speaker);
    expect(speaker?.type).toBe(type);
  });

  it('lists aliases and mentions of a merged entity', () => {
    const result = extractAttributions([
      { kind: 'paragraph', text: 'Eric Reeves said the sanctions were a mistake.' },
      { kind: 'paragraph', text: 'Mr. Reeves said the regime had not changed.' },
    ]);
    expect(result.entities).toHaveLength(1);
    expect(result.entities[0]?.aliases).toContain('Mr. Reeves');
    expect(result.entities[0]?.mentions).toHaveLength(2);
  });
});

describe('names that are not persons', () => {
  it.each([
    [
      'a name taking "which" is an institution',
      [
        'A Spanish group called Energy Control, which has run programs since 1999, tests drugs.',
        'Energy Control said the samples were pure.',
        '“We could not make mistakes,” he added.',
      ],
      [['Energy Control', 'organization']],
    ],
    [
      '"Both" is not part of a name',
      ['Both Roscosmos and NASA said the crash would have no impact.'],
      [
        ['NASA', 'government'],
        ['Roscosmos', 'unknown'],
      ],
    ],
    [
      '"according to" a plural document noun',
      ['Hotels cut corners, according to answers posted on Quora.'],
      [['answers', 'document']],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    const { entities } = extractAttributions(
      paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
    );
    const got = entities
      .map((e) => [e.name, e.type])
      .sort((a, b) => a.join().localeCompare(b.join()));
    expect(got).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [what: string, input: string[], speakerOfLast: string];

/**
 * Speaker chains across sentences and paragraphs with several people in play: who the last
 * record's pronoun or role noun goes to.
 */
const ROWS: Row[] = [
  [
    '"he" continues the subject, not the man named after the verb',
    ['Paul Ferreira met Mark Brandt in Lisbon on Monday.', 'He said the talks had gone well.'],
    'Paul Ferreira',
  ],
  [
    '... and the subject of a new sentence takes over',
    [
      'Paul Ferreira said the talks had gone well.',
      'Mark Brandt, his counterpart, left early.',
      'He said nothing more would be agreed this year.',
    ],
    'Mark Brandt',
  ],
  [
    'a name inside the claim does not take "he" from its speaker',
    [
      'Paul Ferreira spoke first.',
      'He said Mark Brandt would resign.',
      'He added that a successor would be named soon.',
    ],
    'Paul Ferreira',
  ],
  [
    '"her" beside a name shows a gender the lexicon does not know',
    [
      'Judge Rowan Hale opened the hearing.',
      'Attorney Avery Quinn and her client arrived late.',
      '“We will proceed,” he said.',
    ],
    'Rowan Hale',
  ],
  [
    'a partial name goes to the full name containing it, not to a namesake',
    [
      'Paul Tane and his son, Mark Robert Tane, were called in.',
      'Mark Robert was named after his grandfather.',
      'He says the work is hard.',
    ],
    'Mark Robert Tane',
  ],
  [
    'a person named before the pronoun in its own sentence',
    [
      'Mark Brandt has studied the reef for years.',
      'In Dr. Ferreira’s survey of the coast, he found that the coral had recovered.',
    ],
    'Ferreira',
  ],
  [
    '"they" after two people named together is the pair, not the group before them',
    [
      'The agency said the rules were fair.',
      'Senator Ana Ruiz and Representative Tom Blake wrote to the agency.',
      'They said the rules were unfair.',
    ],
    'Ana Ruiz and Tom Blake',
  ],
  [
    '... but not once a group has spoken since',
    [
      'Senator Ana Ruiz and Representative Tom Blake wrote to the agency.',
      'The company said the rules were fair.',
      'They said the letter had arrived.',
    ],
    'company',
  ],
  [
    'a woman brought in without a name is who "she" is',
    ['A reporter spoke to one mother, who asked not to be named.', '“I had no idea,” she said.'],
    'one mother',
  ],
  [
    '"the president" is the salient holder, not the last one quoted',
    [
      'President Okafor wants a deal by March.',
      '“Growth is slowing,” John Ward, the president of the Central Bank, said last week.',
      'Mr. Okafor is unmoved. He has threatened new tariffs.',
      'The president says his approach is working.',
    ],
    'Okafor',
  ],
  [
    '"the company" is the company that spoke last, not the one named last',
    [
      'Acme Corp said profits rose.',
      'Globex Inc said profits fell.',
      'Acme Corp also warned of job cuts.',
      'The company said 200 jobs would go.',
    ],
    'Acme Corp',
  ],
  [
    '... and never a ministry',
    [
      'The Defence Ministry said the contract was signed.',
      'The company said work would start soon.',
    ],
    'company',
  ],
  [
    'a role written in lower case before a name is that person’s',
    ['Hawks coach Zeev Bassi was calm before the game.', 'The coach said the team was ready.'],
    'Zeev Bassi',
  ],
];

describe('speaker chains', () => {
  it.each(ROWS)('%s', (_what, input, speaker) => {
    const records = simplify(input);
    expect(records[records.length - 1]?.speaker).toBe(speaker);
  });
});

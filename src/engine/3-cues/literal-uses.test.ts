import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, input: string, expected: Array<[speaker: string, content: string]>];

/** A reporting verb in a sense that attributes nothing, and the real claims beside it. */
const ROWS: Row[] = [
  ['a naming appositive after a comma', 'The charity, called Open Harbor, was set up in 2004.', []],
  [
    'a sentence-initial naming participle',
    'Called the Lantern Club, it was founded by four teachers in 1921.',
    [],
  ],
  ['a name given to "it"', 'She called it Nightjar and sold it to a bank a year later.', []],
  ['"blast out" moves matter', 'Storms on the sun blast out charged particles into space.', []],
  ['"blasted apart" moves matter', 'The engine blasted apart the old wall.', []],
  ['"slammed into" moves matter', 'The jet slammed into the hillside after the storm.', []],
  [
    '"slammed" a target still criticises',
    'The mayor slammed the council for the delay.',
    [['mayor', 'the council for the delay.']],
  ],
  ['a hypothetical speaker', 'Some might say the team deserves more money.', []],
  [
    'a compound noun, not a verb',
    'Anna Berg, an analyst at the Harbor Policy think tank, told reporters the levy was too low.',
    [['Anna Berg', 'the levy was too low.']],
  ],
  [
    'a gesture beside the words said',
    '"Here is the dam," Ana Ruiz said, pointing to a grey wall across the valley.',
    [['Ana Ruiz', 'Here is the dam,']],
  ],
  [
    'pointing to evidence, no speech before',
    'The index rose in May, pointing to steady growth this year.',
    [['index', 'steady growth this year.']],
  ],
  ['trust in a person, sentence end', 'The coach never believed the referee.', []],
  ['trust in a pronoun', 'Nobody on the jury believed him.', []],
  [
    'trust in a person with a relative after',
    'The landlord believed the neighbour, who said that the dog was mine.',
    [['neighbour', 'the dog was mine.']],
  ],
  ['trust in a person, "too"', 'Frankly, the judge believes the tenant, too.', []],
  [
    'belief with a clause after the object',
    'The coach believes the referee was wrong.',
    [['coach', 'the referee was wrong.']],
  ],
  [
    'belief with an infinitive after the object',
    'The monks believed the river to be holy.',
    [['monks', 'the river to be holy.']],
  ],
  ['a hypothetical argument', 'Critics might argue that the tax is unfair.', []],
  [
    'an ability, not a report',
    'After a weak summer, the board could decide that the plant must close.',
    [],
  ],
  ['an ability with an adverb', 'The panel can probably promise a verdict by May.', []],
  ['what a user is able to say', 'A driver can say "stop" when using the voice feature.', []],
  [
    'a view others may hold is still reported',
    'Others may argue that the tax is unfair.',
    [['Others', 'the tax is unfair.']],
  ],
  [
    'reported future speech is still reported',
    'The mayor said the council would argue that the tax is unfair.',
    [
      ['mayor', 'the council would argue that the tax is unfair.'],
      ['council', 'the tax is unfair.'],
    ],
  ],
  [
    '"called it" with a description',
    'Critics called it a disaster.',
    [['Critics', 'it a disaster.']],
  ],
  [
    '"blasted" a target still criticises',
    'The mayor blasted the council for the delay.',
    [['mayor', 'the council for the delay.']],
  ],
  [
    '"may argue" is still a view held',
    'Critics may argue that the tax is unfair.',
    [['Critics', 'the tax is unfair.']],
  ],
  [
    '"called" with a quoted label',
    'The mayor called the report “a fantasy”.',
    [['mayor', 'the report “a fantasy”.']],
  ],
  [
    'a motive participle after a narrated act',
    'The volunteers waited outside the court for hours, hoping to see the verdict read.',
    [],
  ],
  [
    'a knowledge participle after a narrated act',
    'The crew set sail in winter, knowing that few ships had ever returned.',
    [],
  ],
  [
    'hoping as the verb of a reported clause still reports',
    'Marta Lind said she was hoping the vote would pass.',
    [['Marta Lind', 'the vote would pass.']],
  ],
  [
    '"hails from" gives an origin',
    'The striker, who hails from a fishing town, signed on Monday.',
    [],
  ],
  [
    '"hailed" a person still praises',
    'The mayor hailed the rescuers as heroes.',
    [['mayor', 'the rescuers as heroes.']],
  ],
  ['"said nothing about"', 'The ministry said nothing about the arrests.', []],
  [
    '"says very little" before a comma',
    'Oskar Brandt, who still sits on the board, says very little, but his role has shrunk.',
    [],
  ],
  ['"say the same" at the sentence end', 'Most nurses agree, and 60% of doctors say the same.', []],
  ['"said little to"', 'The police said little to reassure residents.', []],
  [
    '"said nothing would" keeps its clause',
    'Oskar Brandt said nothing would change before the vote.',
    [['Oskar Brandt', 'nothing would change before the vote.']],
  ],
  ['"according to" after a verb of sorting', 'Bridges are classified according to their span.', []],
  [
    '"according to plan" is a standard',
    'The launch went according to plan, officials said.',
    [['officials', 'The launch went according to plan']],
  ],
  [
    '"according to" a source after a comma',
    'Three people died in the fire, according to the fire brigade.',
    [['fire brigade', 'Three people died in the fire']],
  ],
];

describe('literal uses of reporting verbs', () => {
  it.each(ROWS)('%s', (_name, input, expected) => {
    expect(simplify([input]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

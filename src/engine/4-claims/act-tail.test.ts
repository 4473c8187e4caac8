import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, input: string[], expected: Array<[speaker: string, content: string]>];

/** When and where the speaker acted is not part of a phrase claim; inside a clause claim it is. */
const ROWS: Row[] = [
  [
    'a closing medium phrase after an object claim says where it appeared',
    ['Dozens of fans bemoaned the high ticket prices on the club’s Facebook page.'],
    [['Dozens of fans', 'the high ticket prices']],
  ],
  [
    'an episode of a show is a medium too, with its "of" phrase',
    ['The senator praised the agreement on an episode of her weekly podcast.'],
    [['senator', 'the agreement']],
  ],
  [
    'a medium phrase inside a clause claim is where the act happened, and stays',
    ['The agency said the data was posted on its website.'],
    [['agency', 'the data was posted on its website.']],
  ],
  [
    'an "on" phrase that names no medium stays',
    ['The bishop condemned the violence on the streets.'],
    [['bishop', 'the violence on the streets.']],
  ],
  [
    '"while" with an -ing verb after a phrase claim is the speaker acting',
    ['The minister called for dialogue with the rebels while remaining firm against attacks.'],
    [['minister', 'dialogue with the rebels']],
  ],
  [
    '"following" after a phrase claim is the time of the act',
    ['The coach criticised Jones following his defeat.'],
    [['coach', 'Jones']],
  ],
  [
    'a verb under an auxiliary is no act yet, so its object keeps the phrase',
    ['The mayor will defend her budget following the protests.'],
    [['mayor', 'her budget following the protests.']],
  ],
  [
    '"amid" after a phrase claim is the occasion of the act',
    ['The union leader praised the new contract amid protests outside the factory.'],
    [['union leader', 'the new contract']],
  ],
  [
    '"while" inside a clause claim belongs to the claim',
    ['The coach said the players were resting while travelling to the final.'],
    [['coach', 'the players were resting while travelling to the final.']],
  ],
];

describe('act tails', () => {
  it.each(ROWS)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

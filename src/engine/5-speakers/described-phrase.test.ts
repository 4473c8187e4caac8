import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, input: string[], expected: Array<[speaker: string, content: string]>];

/** Definite epithets for the person a story is about, and roles that stay their own source. */
const ROWS: Row[] = [
  [
    'an age after a quote ("the 37-year-old said") goes to the person just named',
    [
      'Maria Lopez was freed on bail on Friday.',
      '“I owe my friends everything,” the 37-year-old said.',
    ],
    [['Maria Lopez', 'I owe my friends everything,']],
  ],
  [
    'an age with a role no one named holds goes to the person just named',
    [
      'Maria Lopez was freed on bail on Friday.',
      '“We did nothing wrong,” the 64-year-old former minister told reporters.',
    ],
    [['Maria Lopez', 'We did nothing wrong,']],
  ],
  [
    'kept: an indefinite age introduces someone new',
    ['Maria Lopez was freed on bail on Friday.', 'A 29-year-old said the court was packed.'],
    [['A 29-year-old', 'the court was packed.']],
  ],
  [
    'an age epithet goes to the person just named',
    [
      'Maria Lopez has signed a three-year deal with the club.',
      'The 41-year-old said the move was the right one for her family.',
    ],
    [['Maria Lopez', 'the move was the right one for her family.']],
  ],
  [
    'an occupational epithet after an inverted verb',
    ['Peter Vik has left the show after his third season.', '“It was time to go,” said the actor.'],
    [['Peter Vik', 'It was time to go,']],
  ],
  [
    'a calling epithet ("the researcher") goes to the person just named',
    ['Maria Borel studies coral at the institute.', 'The researcher said the reef was recovering.'],
    [['Maria Borel', 'the reef was recovering.']],
  ],
  [
    'kept: an indefinite calling introduces someone new',
    ['Maria Borel studies coral at the institute.', 'A scientist said the reef was dying.'],
    [['A scientist', 'the reef was dying.']],
  ],
  [
    'a role of the same class ("the agency chief") goes to the holder named with another',
    [
      'Transport Secretary Lena Hult opened the bridge on Monday.',
      'The agency chief said the toll would be dropped.',
    ],
    [['Lena Hult', 'the toll would be dropped.']],
  ],
  [
    'kept: a role of an unrelated class names no one on stage',
    [
      'Transport Secretary Lena Hult opened the bridge on Monday.',
      'The spokesman said the toll would be dropped.',
    ],
    [['spokesman', 'the toll would be dropped.']],
  ],
  [
    'a playing position is an epithet too',
    ['Maria Lopez signed with the club on Monday.', 'The 6-foot-1 pitcher said she was thrilled.'],
    [['Maria Lopez', 'she was thrilled.']],
  ],
  [
    'kept: an office noun is a source of its own',
    ['Peter Vik has left the show.', 'The spokesman said the show would go on.'],
    [['spokesman', 'the show would go on.']],
  ],
  [
    'kept: an indefinite epithet introduces someone new',
    ['Peter Vik has left the show.', 'An actor said the set was unsafe.'],
    [['An actor', 'the set was unsafe.']],
  ],
  [
    'kept: an indefinite titled role is not the person named with that role later',
    [
      'A Treasury Department official said the talks would resume in March.',
      'Senior official Carla Mendes said the budget was balanced.',
    ],
    [
      ['A Treasury Department official', 'the talks would resume in March.'],
      ['Carla Mendes', 'the budget was balanced.'],
    ],
  ],
  [
    'kept: "one" opens an indefinite titled role too',
    [
      'Trade minister Olaf Brand said the deal was close.',
      'One Cabinet minister said no vote was planned.',
    ],
    [
      ['Olaf Brand', 'the deal was close.'],
      ['One Cabinet minister', 'no vote was planned.'],
    ],
  ],
  [
    'a definite founder with a firm goes to the person the story is about',
    [
      'Ida Marsh started the bakery chain in a garage in 2009.',
      'Marsh said sales had doubled.',
      'Asked what came next, the Crumbly founder said, “There does not have to be more.”',
    ],
    [
      ['Ida Marsh', 'sales had doubled.'],
      ['Ida Marsh', 'There does not have to be more.'],
    ],
  ],
  [
    'kept: an indefinite founder is someone new',
    [
      'Ida Marsh started the bakery chain in a garage in 2009.',
      'A founder of a rival chain said the market was crowded.',
    ],
    [['A founder of a rival chain', 'the market was crowded.']],
  ],
  [
    'a definite titled role still goes to the person named with it',
    ['Trade minister Olaf Brand arrived on Monday.', 'The Trade minister said the deal was close.'],
    [['Olaf Brand', 'the deal was close.']],
  ],
];

describe('described speakers', () => {
  it.each(ROWS)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

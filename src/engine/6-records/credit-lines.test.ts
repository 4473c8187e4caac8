import { describe, expect, it } from 'vitest';
import type { BlockKind } from '../types';
import { simplify } from '../testing/simplify';

type Row = [string, Array<[BlockKind, string]>, Array<[string, string]>];

const ROWS: Row[] = [
  [
    'a two-word label credited to a post is no claim',
    [
      ['blockquote', 'Team news'],
      ['blockquote', '— Harbour Rovers (@HarbourRovers) May 2, 2021'],
    ],
    [],
  ],
  [
    'a short credited quote with a stop still counts',
    [
      ['blockquote', 'Welcome home!'],
      ['blockquote', '— Harbour Rovers (@HarbourRovers) May 2, 2021'],
    ],
    [['Harbour Rovers', 'Welcome home!']],
  ],
  [
    "an uncredited post's lower-case signature is no claim and ends the next credit's reach",
    [
      ['blockquote', 'Is that a seaplane over the harbour?! Never seen one so low.'],
      ['blockquote', '— sea gull fan (@gullfan) May 2, 2021'],
      ['blockquote', 'Second photo of the plane from my office window.'],
      ['blockquote', '— Dara Quinn (@daraq) May 2, 2021'],
    ],
    [['Dara Quinn', 'Second photo of the plane from my office window.']],
  ],
  [
    'a block quote credited in brackets on the next line',
    [
      ['paragraph', 'Here is what the early reviews say:'],
      ['blockquote', 'The console is a bold attempt. It plays games in 4K on any screen.'],
      ['paragraph', '[ Engadget ]'],
    ],
    [['Engadget', 'The console is a bold attempt. It plays games in 4K on any screen.']],
  ],
  [
    'two block quotes before one credit after a dash',
    [
      ['blockquote', 'The ferry will not run this winter.'],
      ['blockquote', 'Nobody asked the islanders.'],
      ['paragraph', '— Harbour Gazette'],
    ],
    [
      ['Harbour Gazette', 'The ferry will not run this winter.'],
      ['Harbour Gazette', 'Nobody asked the islanders.'],
    ],
  ],
  [
    'kept: a block quote with its own cue keeps its speaker',
    [
      ['blockquote', '“We are ready,” said Mara Lind.'],
      ['paragraph', '[ Engadget ]'],
    ],
    [['Mara Lind', 'We are ready,']],
  ],
  [
    "a cue-less quote before a cue inside the block quote is the credit's",
    [
      [
        'blockquote',
        'I used the tablet for a week in my kitchen. Its maker says a stylus will follow next year.',
      ],
      ['paragraph', '[ Daily Gadget ]'],
    ],
    [
      ['Daily Gadget', 'I used the tablet for a week in my kitchen.'],
      ['Its maker', 'a stylus will follow next year.'],
    ],
  ],
  [
    'kept: a bracketed line after a paragraph is no credit',
    [
      ['paragraph', 'The console launches today.'],
      ['paragraph', '[ Engadget ]'],
    ],
    [],
  ],
  [
    'kept: a sentence after a dash is no credit',
    [
      ['blockquote', 'The ferry will not run this winter.'],
      ['paragraph', '- and that is only the start of the trouble for the small island towns'],
    ],
    [],
  ],
  [
    'an embedded post signed inside its own block quote',
    [
      ['paragraph', 'The slogan drew mockery online.'],
      ['blockquote', 'Whoever approved this ad deserves a medal for bravery.'],
      ['blockquote', '— Pia Morrow (@piamorrow) March 3, 2021'],
      ['paragraph', 'The ministry did not respond.'],
    ],
    [['Pia Morrow', 'Whoever approved this ad deserves a medal for bravery.']],
  ],
  [
    'two embedded posts, each to its own signature',
    [
      ['blockquote', 'The buses were late again today.'],
      ['blockquote', '— Oskar Brandt (@obrandt) May 2, 2020'],
      ['blockquote', 'Mine came early, for once.'],
      ['blockquote', '— Lea Fiore (@leafiore) May 2, 2020'],
    ],
    [
      ['Oskar Brandt', 'The buses were late again today.'],
      ['Lea Fiore', 'Mine came early, for once.'],
    ],
  ],
  [
    'kept: a dash line inside a block quote with no handle is no signature',
    [
      ['blockquote', 'The ferry will not run this winter.'],
      ['blockquote', '— and nobody asked the islanders'],
    ],
    [],
  ],
  [
    'a credit that says what the person is before the name',
    [
      ['paragraph', '“The reef is recovering,” said Tom Birch, who led the survey.'],
      ['blockquote', '‘These corals grow back faster than anyone thought.’'],
      ['paragraph', '- marine biologist and co-author Ada Quist'],
    ],
    [
      ['Tom Birch', 'The reef is recovering,'],
      ['Ada Quist', 'These corals grow back faster than anyone thought.'],
    ],
  ],
  [
    'a lower-case line with no name after it credits no one',
    [
      ['paragraph', '“The reef is recovering,” said Tom Birch, who led the survey.'],
      ['blockquote', '‘These corals grow back faster than anyone thought.’'],
      ['paragraph', '- and so the work goes on'],
    ],
    [
      ['Tom Birch', 'The reef is recovering,'],
      ['Tom Birch', 'These corals grow back faster than anyone thought.'],
    ],
  ],
  [
    'a post signed with initials credits the whole name',
    [
      ['blockquote', 'The trains are late again this morning.'],
      ['blockquote', '— R. T. Vanlo (@rtvanlo) March 3, 2019'],
    ],
    [['R. T. Vanlo', 'The trains are late again this morning.']],
  ],
  [
    'a post signed with a middle initial credits the whole name',
    [
      ['blockquote', 'The ferry will not run this winter.'],
      ['blockquote', '— Maria J. Osk (@mariaosk) May 2, 2021'],
    ],
    [['Maria J. Osk', 'The ferry will not run this winter.']],
  ],
  [
    'an emoji after a signed name is no part of it',
    [
      ['blockquote', 'The ferry will not run this winter, and the state paid for it.'],
      ['blockquote', '— Maria J. Osk 🏳️‍🌈 (@mariaosk) May 2, 2021'],
    ],
    [['Maria J. Osk', 'The ferry will not run this winter, and the state paid for it.']],
  ],
];

describe('block quotes credited on the line after them', () => {
  it.each(ROWS)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

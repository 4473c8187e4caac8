import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, input: string[], expected: Array<[speaker: string, content: string]>];

/** The main clause's subject after an opening phrase, for a cue that shares it ("and noted"). */
const ROWS: Row[] = [
  [
    'a past verb taking a gerund ends a named subject',
    ['In May, Acme stopped selling the old games, claiming that buyers prefer new ones.'],
    [['Acme', 'buyers prefer new ones.']],
  ],
  [
    'a past verb taking an object ends a named subject',
    ['Ann Roe wished the team luck, but warned that the next game would be hard.'],
    [['Ann Roe', 'the next game would be hard.']],
  ],
  [
    'a naming participle before a name keeps the phrase going to the name',
    ['On the forum, a commenter named Ann Roe wrote that the goal was too high.'],
    [['Ann Roe', 'the goal was too high.']],
  ],
  [
    'an opening subordinate clause is skipped to the main subject',
    ['When the storm hit, Ada Price stayed home and said the roads were closed.'],
    [['Ada Price', 'the roads were closed.']],
  ],
  [
    'a subordinate clause running to the cue gives no subject of its own',
    [
      'When Republican critics crowd the hall and when Ada Price walks in and insists that the budget is fair, the meeting ends.',
    ],
    [],
  ],
  [
    'any opening prepositional phrase is skipped, a name inside it no subject',
    [
      'Without mentioning Tom Vale by name, Ada Price tore into the plan, insisting that the town will lose its grownup.',
    ],
    [['Ada Price', 'the town will lose its grownup.']],
  ],
  [
    'an epithet after an opening phrase is the subject, for the person just named',
    [
      'Karen Brill spoke in Ohio on Friday.',
      'Without mentioning Tom Vale by name, the first lady tore into the plan, insisting that the town will lose its grownup.',
    ],
    [['Karen Brill', 'the town will lose its grownup.']],
  ],
  [
    'kept: an opening phrase that runs past its reach is read as before',
    [
      'On a long and windy road, ten miles out of the old town and past the farms near the river, Ada Price said the bridge was shut.',
    ],
    [['Ada Price', 'the bridge was shut.']],
  ],
  [
    'an opening adverb set off by a comma is skipped',
    ['Currently, engineers are testing the old bridge, but said that the new one would open soon.'],
    [['engineers', 'the new one would open soon.']],
  ],
  [
    'a long prepositional opener is skipped',
    [
      'In his first online post about the long tour, Dan Moore touched on failure and noted the band would be back.',
    ],
    [['Dan Moore', 'the band would be back.']],
  ],
  [
    'a short time opener is skipped',
    ['Earlier Saturday, Ada Price visited the site and said the bridge was safe.'],
    [['Ada Price', 'the bridge was safe.']],
  ],
  [
    'a long opener that is no prepositional phrase is kept: its name is the subject',
    [
      'Dan Moore, the singer of the band from the north coast town, walked out and said the tour was over.',
    ],
    [['Dan Moore', 'the tour was over.']],
  ],
  [
    'a bare day name after the object is a time adverbial, not part of the subject',
    ['Ada Price gave a speech Tuesday, saying that the bridge was safe.'],
    [['Ada Price', 'the bridge was safe.']],
  ],
  [
    'a day name with a part of the day after a place is no source either',
    ['Dan Moore visited the town Sunday morning, telling residents that more rain was coming.'],
    [['Dan Moore', 'more rain was coming.']],
  ],
  [
    'a month name with a date after a role noun object is skipped back to the subject',
    ['The mayor opened the new bridge March 3, saying it was safe.'],
    [['mayor', 'it was safe.']],
  ],
  [
    'negative: a surname spelled like a month stays a name',
    ['Ada May gave a talk Friday, saying the bridge was safe.'],
    [['Ada May', 'the bridge was safe.']],
  ],
  [
    'negative: a day name inside an organisation name stays in it',
    ['The Friday Club met Tuesday, saying the bridge was safe.'],
    [['Friday Club', 'the bridge was safe.']],
  ],
  [
    'an opener led by any preposition is skipped',
    ['From the day she took office, Ada Price has been blunt, insisting that taxes must fall.'],
    [['Ada Price', 'taxes must fall.']],
  ],
  [
    'an -ly adverb with its phrase is skipped',
    ['Shortly after, some of the critics went online, claiming that the vote was rigged.'],
    [['some of the critics', 'the vote was rigged.']],
  ],
  [
    'a fronted participle phrase is skipped',
    ['Speaking to a group of farmers, Dan Moore stayed calm, saying prices would rise.'],
    [['Dan Moore', 'prices would rise.']],
  ],
  [
    'a determiner time phrase is skipped',
    ['The following Monday evening, Ada Price went further, accusing the board of lying.'],
    [['Ada Price', 'the board of lying.']],
  ],
  [
    'a short place appositive between two openers goes with the first',
    ['At a rally in Tampa, Fla., on Friday, Dan Moore went off script, saying he liked it.'],
    [['Dan Moore', 'he liked it.']],
  ],
  [
    'negative: a name and verb before a comma are the main clause itself',
    ['Ada Price chimed in, noting that the offer was generous.'],
    [['Ada Price', 'the offer was generous.']],
  ],
];

describe('main subject after an opener', () => {
  it.each(ROWS)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

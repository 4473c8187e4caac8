import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, input: string[], expected: Array<[speaker: string, content: string]>];

/** The source of "according to" keeps its post-modifier; the claim starts after it. */
const ROWS: Row[] = [
  [
    'a participle and its phrases',
    ['According to data released by the ministry in August, new capacity reached 1.6 GW.'],
    [['data', 'new capacity reached 1.6 GW.']],
  ],
  [
    'a renaming phrase with a city and its state abbreviation',
    ['According to Ada Vance, a chemist at a lab in Duluth, Minn., the sample was clean.'],
    [['Ada Vance', 'the sample was clean.']],
  ],
  [
    'an interrupted claim: the renaming ends where the predicate goes on',
    ['The samples, according to Ada Vance, deputy chemist at the Duluth Water Board, were clean.'],
    [['Ada Vance', 'were clean.']],
  ],
  [
    'kept: a participle after the renaming is not the predicate',
    ['According to police, the driver, identified as a local man, fled the scene.'],
    [['police', 'the driver, identified as a local man, fled the scene.']],
  ],
  [
    'no comma: an article opens the claim',
    ['According to some local farmers the new dam is not well liked in the valley.'],
    [['some local farmers', 'the new dam is not well liked in the valley.']],
  ],
  [
    'kept: an article after a preposition inside the source',
    ['According to officials in the town, the new dam is not well liked.'],
    [['officials', 'the new dam is not well liked.']],
  ],
  [
    'a publication',
    ['According to a paper published in the journal Nature on Monday, the team found water.'],
    [['a paper', 'the team found water.']],
  ],
  [
    'an abbreviation in brackets and a place',
    ['According to the Centre for Disease Control (CDC) in the US, the plague is treatable.'],
    [['Centre for Disease Control', 'the plague is treatable.']],
  ],
  [
    'a trailing source with a participle',
    [
      'At least 40 people have been killed in the city, according to reports received by the monitor.',
    ],
    [['reports', 'At least 40 people have been killed in the city']],
  ],
  [
    'a plain source',
    ['According to the company, sales rose by a third in the first half of the year.'],
    [['company', 'sales rose by a third in the first half of the year.']],
  ],
  [
    'no comma: the claim is not swallowed',
    ['According to the company sales rose by a third in the first half of the year.'],
    [['company', 'sales rose by a third in the first half of the year.']],
  ],
  [
    'a name set off after a kin noun is the source',
    ['According to her uncle, Tomas Vidal, “She could read before she could walk.”'],
    [['Tomas Vidal', 'She could read before she could walk.']],
  ],
  [
    'a source no speaker list knows, found by its tags',
    ['According to the meeting minutes, the budget is both a risk and a chance.'],
    [['meeting minutes', 'the budget is both a risk and a chance.']],
  ],
  [
    'a common noun no lexicon knows names the source',
    ['According to the seed label, the beans came from Peru and Bolivia.'],
    [['seed label', 'the beans came from Peru and Bolivia.']],
  ],
  [
    'a trailing common-noun source',
    ['Rents rose by a fifth over the decade, according to the tallies.'],
    [['tallies', 'Rents rose by a fifth over the decade']],
  ],
  [
    'a relative clause between dashes describes the source',
    ['According to the entry forms – which are not public – the prize is not shared.'],
    [['entry forms', 'the prize is not shared.']],
  ],
  ['no source: a manner phrase', ['The launch went ahead on Friday according to plan.'], []],
  [
    '"That’s according to X" attributes the sentence before',
    ['Shoppers prefer the smaller model this year. That’s according to a new poll from Ardent.'],
    [['a new poll', 'Shoppers prefer the smaller model this year.']],
  ],
  [
    'a closing renaming of the source is no claim',
    [
      'Smugglers earn $10 million a week on the route, according to the Courier, the Lakeside Herald.',
    ],
    [['Courier', 'Smugglers earn $10 million a week on the route']],
  ],
  [
    'a closing renaming with a preposition inside is no claim',
    [
      'The dam will hold for a decade, according to the Basin Authority (BA), a branch of the water ministry.',
    ],
    [['Basin Authority', 'The dam will hold for a decade']],
  ],
  [
    'a clause with a preposition after the source is still the claim',
    ['According to the Courier, the mayor of the town resigned on Monday.'],
    [['Courier', 'the mayor of the town resigned on Monday.']],
  ],
  [
    'a renaming between the source and the claim',
    ['According to the Courier, the city’s oldest paper, the bridge will close in May.'],
    [['Courier', 'the bridge will close in May.']],
  ],
  [
    "a clause after the source's comma is the claim",
    ['According to the Courier, the new bridge will close in May.'],
    [['Courier', 'the new bridge will close in May.']],
  ],
  [
    'a subject with an appositive after the source stays in the claim',
    ['According to the police, the driver, a local teacher, fled the scene.'],
    [['police', 'the driver, a local teacher, fled the scene.']],
  ],
  [
    'a verb form heading the source phrase is no second cue',
    ['According to the county estimates, the new bridge will cost twice as much.'],
    [['county estimates', 'the new bridge will cost twice as much.']],
  ],
  [
    'a reporting verb after the source phrase still is one',
    ['According to Ms Hale, the county reports the bridge will cost twice as much.'],
    [
      ['Hale', 'the county reports the bridge will cost twice as much.'],
      ['county', 'the bridge will cost twice as much.'],
    ],
  ],
  [
    'two unnamed sources joined by "and" inside commas',
    ['The new timetable, according to drivers and passengers, is worse than the old one.'],
    [['drivers and passengers', 'is worse than the old one.']],
  ],
  [
    'a joined phrase that runs on into the sentence is not part of the source',
    ['According to drivers and passengers the buses ran late, the timetable is worse.'],
    [],
  ],
  [
    'the claim of a mid-sentence source runs on past a semicolon',
    ['The trouble, according to the inspectors, is not the cost; it is the years of neglect.'],
    [['inspectors', 'is not the cost; it is the years of neglect.']],
  ],
  [
    'a verb cue still ends its claim at a semicolon',
    ['The inspectors said the trouble was not the cost; the council has other worries.'],
    [['inspectors', 'the trouble was not the cost']],
  ],
  [
    'a relative clause after the claim of "according to" stays in it',
    ['According to the county survey, most wells were dry by August, which is when rains come.'],
    [['county survey', 'most wells were dry by August, which is when rains come.']],
  ],
  [
    'after a verb cue ", which" still opens the author\'s tail',
    ['The county said most wells were dry by August, which forced farmers to truck in water.'],
    [['county', 'most wells were dry by August']],
  ],
  [
    'two named sources joined by "and" inside commas',
    ['The delay, according to Ruth Ames and Oskar Lind, reflects how the council budgets.'],
    [['Ruth Ames and Oskar Lind', 'reflects how the council budgets.']],
  ],
  [
    'a name joined to a clause that runs on is not part of the source',
    ['According to Ruth Ames and the council voted twice, the plan failed.'],
    [],
  ],
  [
    'not when "according to" is no source of a claim',
    ['Shoppers prefer the smaller model. That is according to plan.'],
    [],
  ],
];

describe('"according to" sources', () => {
  it.each(ROWS)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

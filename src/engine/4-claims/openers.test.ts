import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/**
 * What opens a sentence before its reporting clause: an adverbial that carries no claim, or a
 * subordinate clause followed by a main clause of its own, which together are the claim.
 */
const ROWS: Row[] = [
  [
    'a complex preposition ("prior to") opens an adverbial, not a claim',
    'Prior to the vote, council member Rita Okafor called the budget "a fantasy" on local radio.',
    [['Rita Okafor', 'the budget "a fantasy"']],
  ],
  [
    'a sentence adverb alone opens no claim',
    'So far, the biologists have identified 40 nests along the shore.',
    [['biologists', '40 nests along the shore.']],
  ],
  [
    'nor does an "-ly" adverb read as a name',
    'Separately, geologists found a layer of ash under the town.',
    [['geologists', 'a layer of ash under the town.']],
  ],
  [
    'a connective before an adverbial opens no claim either',
    'Likewise, in a later survey, geologists found a layer of ash under the town.',
    [['geologists', 'a layer of ash under the town.']],
  ],
  [
    'an adverb before a clause of its own is no opener',
    'Sadly, the dam broke in the night, the mayor said.',
    [['mayor', 'Sadly, the dam broke in the night']],
  ],
  [
    'so does "ahead of"',
    'Ahead of the talks, Rita Okafor said the union would not move.',
    [['Rita Okafor', 'the union would not move.']],
  ],
  [
    'a subordinate clause and a main clause before an inverted cue are the claim',
    'When rents rise this fast, families will leave the city, said Ana Ruiz, an economist at the bank.',
    [['Ana Ruiz', 'When rents rise this fast, families will leave the city']],
  ],
  [
    'a gerund subject with its own verb is a clause, not an opener',
    'Planting the seeds early would be wise, Tom Berg said, because the frost comes in May.',
    [
      ['Tom Berg', 'Planting the seeds early would be wise'],
      ['Tom Berg', 'because the frost comes in May.'],
    ],
  ],
  [
    'a participle opener whose verb sits in a clause inside it stays an opener',
    'Talking about how he was feeling, Tom Berg said the harvest would be late.',
    [['Tom Berg', 'the harvest would be late.']],
  ],
  [
    'a demonstrative subject after the subordinate clause',
    'If the trend holds, that would mean a record harvest, said Tom Berg, a farmer.',
    [['Tom Berg', 'If the trend holds, that would mean a record harvest']],
  ],
  [
    'a list inside the opener is not a main clause',
    'Even if the mills buy more wheat, corn, barley and soy, traders in the port say prices will fall.',
    [['traders in the port', 'prices will fall.']],
  ],
  [
    'an opener followed by a further opener',
    'In 2015, however, when the dam was finished, the engineer called it a triumph of design.',
    [['engineer', 'it a triumph of design.']],
  ],
  [
    'an -ly word before the opener',
    'Shortly after the verdict, Ortega admitted to hiding the money.',
    [['Ortega', 'to hiding the money.']],
  ],
  [
    'the channel between addressee and "that"',
    'Marlow told me over the phone that he had sold the boat.',
    [['Marlow', 'he had sold the boat.']],
  ],
  [
    'a participle and its preposition open the sentence',
    'Asked about the delay, Mara Lind told reporters the pumps had failed twice.',
    [['Mara Lind', 'the pumps had failed twice.']],
  ],
  [
    'a span of time before an opener',
    'Hours before the final vote, the mayor said the budget would pass.',
    [['mayor', 'the budget would pass.']],
  ],
  [
    'a participle opener with a clause after it, before an inverted cue, is the claim',
    'Opposed by most voters, the plan failed in the end, the mayor said.',
    [['mayor', 'Opposed by most voters, the plan failed in the end']],
  ],
  [
    'a quoted title inside an opening phrase',
    'In her memoir “Salt and Iron,” Nora Hale wrote that the mill had closed in secret.',
    [['Nora Hale', 'the mill had closed in secret.']],
  ],
  [
    'a scare-quoted term inside an opening phrase',
    'In a note to the "river committee," Pell said the bridge would reopen in May.',
    [['Pell', 'the bridge would reopen in May.']],
  ],
  [
    'a quote after a verb in the opener is a claim',
    'What the board did was “plainly unfair,” Irma Voss said.',
    [['Irma Voss', 'What the board did was “plainly unfair,”']],
  ],
  [
    'a title in a clause before an inverted cue: the clause is the claim',
    'In the middle of the tour, the band has been ignoring the fans of “Red Sky,” the manager said.',
    [['manager', 'In the middle of the tour, the band has been ignoring the fans of “Red Sky,”']],
  ],
  [
    'a question put to the speaker is not the speaker\u2019s claim',
    'Asked, however, if she would run again if the party asked her, Ms. Okafor said, \u201cNot a chance.\u201d',
    [['Okafor', 'Not a chance.']],
  ],
  [
    'an indirect question opened by "whether" after "Asked"',
    'Asked whether the fires were set on purpose, the chief said, "We cannot rule anything out."',
    [['chief', 'We cannot rule anything out.']],
  ],
  [
    'a past participle that is the subject\u2019s verb, not a question, stays a claim',
    'Prices jumped when the mine closed, the trader said.',
    [['trader', 'Prices jumped when the mine closed']],
  ],
];

describe('sentence openers before a reporting clause', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

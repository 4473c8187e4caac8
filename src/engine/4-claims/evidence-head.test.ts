import { describe, expect, it } from 'vitest';
import { classified, type ClassifiedRow as Row } from '../testing/classified';

/** Evidence and research subjects with post-modifiers between them and their finding verb. */
const POSITIVE: Row[] = [
  [
    'a poll "of more than" a number finds a clause',
    ['A 2021 poll of more than 2,000 Irish voters found that most backed the new tax.'],
    [['A 2021 poll', 'most backed the new tax.', 'finding']],
  ],
  [
    'a survey with a plain clause after its post-modifier',
    ['A 2020 survey of more than 4,000 French drivers found nine in ten owned a diesel car.'],
    [['A 2020 survey', 'nine in ten owned a diesel car.', 'finding']],
  ],
  [
    'a survey with a participle post-modifier, not the place inside it',
    ['A 2014 national survey involving 60 schools in Chile found no difference in test scores.'],
    [['A 2014 national survey', 'no difference in test scores.', 'finding']],
  ],
  [
    'researchers "led by" a group keep the phrase the participle rule gives them',
    ['Researchers led by a team in Peru found no difference in test scores.'],
    [['Researchers led by a team in Peru', 'no difference in test scores.', 'finding']],
  ],
  [
    'a paper from researchers is the source, not the researchers',
    ['A 2011 paper from two economists at a Welsh college found a link between rents and wages.'],
    [['A 2011 paper', 'a link between rents and wages.', 'finding']],
  ],
  [
    'a survey with an aside set off by commas',
    ['The first survey, from 2016, showed that the herd had shrunk by half.'],
    [['first survey', 'the herd had shrunk by half.', 'finding']],
  ],
];

/** Heads that are not evidence, and phrases that open no clause. */
const NEGATIVE: Array<[name: string, input: string[]]> = [
  ['people with a post-modifier find a thing', ['Hikers in the hills found a lost dog.']],
  [
    'a finite verb between the head and the verb',
    ['The study that she began last year found her a new job.'],
  ],
  [
    'an evidence noun inside an object is no subject',
    ['He bought a copy of the survey of farmers and found a typo.'],
  ],
  [
    'an evidence noun after "and" inside a name opens no clause',
    [
      'The report of the Securities and Exchange Commission inquiry related to the case found nothing.',
    ],
  ],
];

const ROWS: Row[] = [...POSITIVE, ...NEGATIVE.map(([name, input]): Row => [name, input, []])];

describe('post-modified evidence subjects', () => {
  it.each(ROWS)('%s', (_name, input, expected) => expect(classified(input)).toEqual(expected));
});

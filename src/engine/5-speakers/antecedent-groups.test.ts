import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';
import { groupSubject } from './antecedent';
import { endsLikeProse } from './speaker-evidence';
import { frontedClaim } from './sentence-mentions';
import { buildBlockModel } from '../1-text/model';

type Row = [name: string, input: string[], expected: Array<[speaker: string, content: string]>];

/** "they" after a group of people that was a subject; a caption; a claim fronted before "she". */
const ROWS: Row[] = [
  [
    '"They believe" goes to the group of people the sentence before had as its subject',
    [
      'The Marlow Agency says the lake is clean.',
      'In a new survey, biologists at Dunmore College sampled the water again. They believe the lake holds traces of lead.',
    ],
    [
      ['Marlow Agency', 'the lake is clean.'],
      ['biologists', 'the lake holds traces of lead.'],
    ],
  ],
  [
    'a group that is an object is no antecedent: "they" stays with the agency that spoke',
    [
      'The Marlow Agency said it had asked biologists to sample the water.',
      'They believe the lake is clean.',
    ],
    [
      ['Marlow Agency', 'biologists to sample the water.'],
      ['Marlow Agency', 'the lake is clean.'],
    ],
  ],
  [
    'a group opening the sentence with a capital, carried on by "They", is a later "they"',
    [
      'The Marlow Agency says the lake is clean.',
      'Biologists have long sampled the water. They sailed out at dawn. Last year, they found that the lake holds lead.',
    ],
    [
      ['Marlow Agency', 'the lake is clean.'],
      ['Biologists', 'the lake holds lead.'],
    ],
  ],
  [
    'with no "They" carrying it on, the group is too old for a "they" two sentences on',
    [
      'The Marlow Agency says the lake is clean.',
      'Biologists sampled the water. The lake was murky. They believe it holds lead.',
    ],
    [
      ['Marlow Agency', 'the lake is clean.'],
      ['Marlow Agency', 'it holds lead.'],
    ],
  ],
  [
    '"they" after a group of people that is a subject earlier in its own sentence goes to it',
    [
      'The Marlow Agency says the lake is clean.',
      'As biologists sampled the water again, they found that the lake holds traces of lead.',
    ],
    [
      ['Marlow Agency', 'the lake is clean.'],
      ['biologists', 'the lake holds traces of lead.'],
    ],
  ],
  [
    'a group after a copula is a complement, not a subject: "they" stays with the agency',
    [
      'The Marlow Agency says the lake is clean.',
      'These were the first biologists to sample it, and they found that the lake holds lead.',
    ],
    [
      ['Marlow Agency', 'the lake is clean.'],
      ['Marlow Agency', 'the lake holds lead.'],
    ],
  ],
  [
    'a group whose verb follows an aside in commas is the subject a later "they" in it takes',
    [
      'The Marlow Agency says the lake is clean.',
      'Biologists from Dunmore College, with divers from the navy, have built two boats that they say could reach the lake floor.',
    ],
    [
      ['Marlow Agency', 'the lake is clean.'],
      ['Biologists', 'could reach the lake floor.'],
    ],
  ],
  [
    'a list of groups with no verb after the commas is no subject: "they" stays with the agency',
    [
      'The Marlow Agency says the lake is clean.',
      'Biologists from Dunmore College, divers and pilots built two boats that they say could reach the lake floor.',
    ],
    [
      ['Marlow Agency', 'the lake is clean.'],
      ['Marlow Agency', 'could reach the lake floor.'],
    ],
  ],
  [
    'a group that is an object earlier in the sentence is no antecedent for its "they"',
    [
      'The Marlow Agency says the lake is clean.',
      'After the mayor thanked the biologists, they said that the lake holds lead.',
    ],
    [
      ['Marlow Agency', 'the lake is clean.'],
      ['Marlow Agency', 'the lake holds lead.'],
    ],
  ],
  [
    'a caption between a speaker and a cue-less quote paragraph names no one it is by',
    [
      'Lena Ostrova, who led the dig, said the bones were older than thought.',
      'Pavel Dunn (left) at the site in 1998',
      '“We think the river moved the bones twice.”',
    ],
    [
      ['Lena Ostrova', 'the bones were older than thought.'],
      ['Lena Ostrova', 'We think the river moved the bones twice.'],
    ],
  ],
  [
    'a name inside a claim fronted before "she said" does not take the pronoun',
    [
      'Dora Pell, a nurse at the clinic, spoke about the pharmacist Kim Lark.',
      'Lark was right about the tablets all along, she said.',
    ],
    [['Dora Pell', 'Lark was right about the tablets all along']],
  ],
];

describe('group, caption and fronted-claim antecedents', () => {
  it.each(ROWS)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

const model = (text: string) => buildBlockModel(0, 'paragraph', text);
const words = (text: string, range: [number, number] | null) =>
  range === null
    ? null
    : model(text)
        .tokens.slice(range[0], range[1])
        .map((t) => t.text)
        .join(' ');

describe('groupSubject', () => {
  it.each([
    ['Canadian health authorities have proposed a warning.', 'Canadian health authorities'],
    ['Since May, researchers at the institute (MIT) looked again.', 'researchers'],
    ['The mayor thanked the volunteers.', null],
    ['Reports suggest the deal is off.', null],
    ['Roe and her colleagues studied the mice.', null],
    ['Scientists.', null],
    ['Geologists have mapped the valley.', 'Geologists'],
    ['In May, Geologists Abroad mapped the valley.', null],
    ['They were the first geologists to map the valley.', null],
    ['These are the first geologists to map the valley.', null],
    ['Geologists from the museum, with a team of divers, have mapped the valley.', 'Geologists'],
    ['Geologists from the museum, divers and pilots from the navy.', null],
    ['Since May, officials, who met in Rome, in the city hall.', null],
  ])('%s → %s', (text, want) => {
    const m = model(text);
    expect(words(text, groupSubject(m, 0, m.tokens.length))).toBe(want);
  });
});

describe('frontedClaim', () => {
  it.each([
    ['Prices rose too fast, she said.', true],
    ['In Cohen’s study, he found a link.', false],
    ['Yesterday, she said it rained.', false],
  ])('%s → %s', (text, fronted) => {
    const m = model(text);
    const at = m.tokens.findIndex((t) => t.lower === 'she' || t.lower === 'he');
    expect(frontedClaim(m, 0, at).length > 0).toBe(fronted);
  });
});

describe('endsLikeProse', () => {
  it.each([
    ['The bones were old.', true],
    ['“We moved them,” she said.”', true],
    ['Pavel Dunn (left) at the site in 1998', false],
    ['Start Quote', false],
  ])('%s → %s', (text, prose) => {
    expect(endsLikeProse(text)).toBe(prose);
  });
});

import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, input: string[], expected: Array<[speaker: string, content: string]>];

/** "He"/"she" after a quote: who the conversation has on stage, not only the last speaker. */
const POSITIVE: Row[] = [
  [
    'a paragraph break ages the speaker two paragraphs back more than a name just before',
    [
      '“We will keep the clinic open,” said Leslie Quint.',
      'Quint has run the clinic since 1990.',
      'For patients like Dana Roe, though, nothing can replace her clinic.',
      '“I come every week,” she said.',
    ],
    [
      ['Leslie Quint', 'We will keep the clinic open,'],
      ['Dana Roe', 'I come every week,'],
    ],
  ],
  [
    'a name inside the claim is not the "he" who reports it',
    [
      'The critic Dan Olsen looked back at the old empire.',
      'While Ivan Petrov had been fond of his wife, he failed as a ruler, he remarked.',
    ],
    [['Dan Olsen', 'While Ivan Petrov had been fond of his wife, he failed as a ruler']],
  ],
  [
    'the person named in the sentence before still takes the pronoun',
    ['Ivan Petrov resigned on Monday.', 'He had failed as a ruler, he said.'],
    [['Ivan Petrov', 'He had failed as a ruler']],
  ],
  [
    'a person the paragraph has just introduced takes the pronoun',
    [
      '“We lost the harvest twice,” said Tom Berger, a grain farmer.',
      'Nobody expected the drought. Its worst weeks came after the agronomist Kit Ramsey surveyed the farm. “Nobody had ever seen soil this dry,” she said.',
    ],
    [
      ['Tom Berger', 'We lost the harvest twice,'],
      ['Kit Ramsey', 'Nobody had ever seen soil this dry,'],
    ],
  ],
  [
    '"he" after a woman spoke goes to the man named since',
    [
      '“The strike is over,” said Laura Quint, the union leader.',
      '“It cannot be saved,” she told reporters. Her deputy, Sam Okafor, disagrees.',
      '“It can,” he said. “Talks resume on Monday.”',
    ],
    [
      ['Laura Quint', 'The strike is over,'],
      ['Laura Quint', 'It cannot be saved,'],
      ['Sam Okafor', 'It can,'],
      ['Sam Okafor', 'Talks resume on Monday.'],
    ],
  ],
  [
    'a pronoun subject continues the earlier one, not the name after it',
    [
      'Although John Dane had drafted the bill himself, he struggled to pass it. On Monday, he called Paul Rees about the vote. “I begged for one more week,” he wrote.',
    ],
    [['John Dane', 'I begged for one more week,']],
  ],
  [
    'an honorific makes a lone surname a person',
    [
      'Late on Friday, Mr. Dane phoned Laura Quint about the vote. “I told her we would not budge,” he said.',
    ],
    [['Dane', 'I told her we would not budge,']],
  ],
  [
    'the subject beats the owner of a possessive',
    [
      'The report praised Laura Quint’s team, as Sam Okafor recalls the vote. “We never doubted it,” he said.',
    ],
    [
      ['report', 'Laura Quint’s team'],
      ['Sam Okafor', 'We never doubted it,'],
    ],
  ],
  [
    'a pronoun with no one before it in the article: the person named earlier in its sentence',
    ['When the geologist Nora Vance reached the ridge, she said the slope would fail.'],
    [['Nora Vance', 'the slope would fail.']],
  ],
  [
    'the subject of the sentence before continues as "he"',
    [
      '“The river is rising,” said Paul Rees, a ferryman.',
      'Rees and his son, Sam Rees, were called in to help. Sam was named after his grandfather and left college to learn the trade.',
      'He says the work is getting harder every year.',
    ],
    [
      ['Paul Rees', 'The river is rising,'],
      ['Sam Rees', 'the work is getting harder every year.'],
    ],
  ],
  [
    'an unnamed person brought on stage takes "she"',
    [
      'Reporters spoke to one mother, who asked not to be named. “We are scared for our children,” she said.',
    ],
    [['one mother', 'We are scared for our children,']],
  ],
  [
    '"She recalled:" introduces the quote paragraph that follows',
    [
      '“The water is safe,” said Tom Weller, the mayor.',
      'His neighbour, the nurse Kit Ramsey, lived through that week. She recalled:',
      '“We boiled every drop for a month.”',
    ],
    [
      ['Tom Weller', 'The water is safe,'],
      ['Kit Ramsey', 'We boiled every drop for a month.'],
    ],
  ],
];

/** The resolver's pick stands. */
const NEGATIVE: Row[] = [
  [
    'a quote paragraph after the same speaker keeps them',
    [
      '“We lost the harvest twice,” said Tom Berger, a grain farmer.',
      '“Nobody had ever seen soil this dry,” he said.',
    ],
    [
      ['Tom Berger', 'We lost the harvest twice,'],
      ['Tom Berger', 'Nobody had ever seen soil this dry,'],
    ],
  ],
  [
    'a name in passing does not take the floor',
    [
      '“We will keep the clinic open,” said Laura Quint.',
      'The clinic was opened by Jean Morel in 1990. “It serves four villages,” she said.',
    ],
    [
      ['Laura Quint', 'We will keep the clinic open,'],
      ['Laura Quint', 'It serves four villages,'],
    ],
  ],
  [
    'two newcomers who could both be meant: no guess',
    [
      '“We will keep the clinic open,” said Laura Quint.',
      'The nurse Jean Morel and the doctor Kim Lark run it now. “It serves four villages,” she said.',
    ],
    [
      ['Laura Quint', 'We will keep the clinic open,'],
      ['Laura Quint', 'It serves four villages,'],
    ],
  ],
  [
    'the pick named just before the pronoun in its own sentence',
    [
      'Nobody expected the agronomist Kit Ramsey to stay. “We lost the harvest twice,” Tom Berger wrote on Monday, a year, he said, when the drought began.',
    ],
    [
      ['Tom Berger', 'We lost the harvest twice,'],
      ['Tom Berger', 'when the drought began.'],
    ],
  ],
  [
    'a name after a pronoun of the same gender is no newcomer: the pronoun keeps the floor',
    [
      '“I sold the bakery last spring,” said Carl Weston.',
      'He moved back to Leeds, the town where he and Ben Hollis grew up. Since then, he has opened a school.',
      '“The hard part is finding teachers,” he says.',
    ],
    [
      ['Carl Weston', 'I sold the bakery last spring,'],
      ['Carl Weston', 'The hard part is finding teachers,'],
    ],
  ],
  [
    'a lone surname acting as a subject makes a person, who then takes the pronoun',
    [
      '“He loved that machine,” said Maria Lopez.',
      'Two years later, Edna Pike showed up at the lab. The director gave her a manual, and Pike learned fast. “He kept everything in his head,” she said.',
    ],
    [
      ['Maria Lopez', 'He loved that machine,'],
      ['Edna Pike', 'He kept everything in his head,'],
    ],
  ],
  [
    'a subject after a pronoun of the same gender does not take the floor',
    [
      'Dora Quist wrote the song for the film, whose heroine, Tilda Marsh, sings it at the end. Marsh walked out of prison, and Quist watched.',
      'Quist had spent years on her own songs, and she was more nervous than Marsh had ever been. “It was terrifying,” she said.',
    ],
    [['Dora Quist', 'It was terrifying,']],
  ],
  [
    'a lone name of no known kind that spoke is weighed for the pronoun like a person',
    [
      '“The batch made me sick for days,” Dr. Kell wrote on the forum.',
      'Another user wants more tests. “Some sellers are sending poison,” ZetaFox told me in a message.',
      'ZetaFox has pushed for testing since then. “Why make the problem worse?” he told me.',
    ],
    [
      ['Kell', 'The batch made me sick for days,'],
      ['ZetaFox', 'Some sellers are sending poison,'],
      ['ZetaFox', 'testing since then.'],
      ['ZetaFox', 'Why make the problem worse?'],
    ],
  ],
  [
    'an acronym that spoke is an institution, not the "he" that follows',
    ['“The rules stand,” the FCC said on Monday.', '“We will appeal,” he said.'],
    [['FCC', 'The rules stand,']],
  ],
  [
    'a pronoun nobody can be: no record',
    ['“The doctors kept telling me I would walk again,” she said.'],
    [],
  ],
];

describe('conversation: pronoun speakers', () => {
  it.each(POSITIVE)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
  it.each(NEGATIVE)('kept: %s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

/** A quote paragraph with no cue after the paragraph before introduced someone. */
const TURNS: Row[] = [
  [
    'a quotation repeated later is still its first speaker’s',
    [
      'The utility posted a notice: “Service is suspended. Crews will restore power to the east side first.”',
      '“The outage was our fault,” said Tom Weller, the mayor.',
      '“… Crews will restore power to the east side first.”',
    ],
    [
      ['utility', 'Service is suspended. Crews will restore power to the east side first.'],
      ['Tom Weller', 'The outage was our fault,'],
      ['utility', '… Crews will restore power to the east side first.'],
    ],
  ],
  [
    'the newcomer of the paragraph before speaks',
    [
      '“The city has done its part,” said Tom Weller, the mayor.',
      'Ann Jones runs the shelter on Main Street.',
      '“We are running on fumes. Nobody from city hall has visited in a year.”',
    ],
    [
      ['Tom Weller', 'The city has done its part,'],
      ['Ann Jones', 'We are running on fumes. Nobody from city hall has visited in a year.'],
    ],
  ],
  [
    'introduced after the quote in the same paragraph',
    [
      '“The city has done its part,” said Tom Weller, the mayor. The nurse Ann Jones runs the shelter on Main Street.',
      '“We are running on fumes. Nobody from city hall has visited in a year.”',
    ],
    [
      ['Tom Weller', 'The city has done its part,'],
      ['Ann Jones', 'We are running on fumes. Nobody from city hall has visited in a year.'],
    ],
  ],
];

/** The last speaker goes on. */
const NO_TURN: Row[] = [
  [
    'a short phrase said again is no repeated quotation',
    [
      'The utility posted a notice: “Service will resume soon. Thank you for your patience.”',
      '“The outage was our fault,” said Tom Weller, the mayor.',
      '“Thank you for your patience.”',
    ],
    [
      ['utility', 'Service will resume soon. Thank you for your patience.'],
      ['Tom Weller', 'The outage was our fault,'],
      ['Tom Weller', 'Thank you for your patience.'],
    ],
  ],
  [
    'two newcomers: no guess',
    [
      '“The city has done its part,” said Tom Weller, the mayor.',
      'Ann Jones and Paul Rees run the shelter on Main Street.',
      '“We are running on fumes. Nobody from city hall has visited in a year.”',
    ],
    [
      ['Tom Weller', 'The city has done its part,'],
      ['Tom Weller', 'We are running on fumes. Nobody from city hall has visited in a year.'],
    ],
  ],
  [
    'a name in passing',
    [
      '“The city has done its part,” said Tom Weller, the mayor.',
      'His critics, led by Ann Jones, want an audit.',
      '“An audit would cost more than the shelter itself.”',
    ],
    [
      ['Tom Weller', 'The city has done its part,'],
      ['Tom Weller', 'An audit would cost more than the shelter itself.'],
    ],
  ],
];

describe('conversation: cue-less quote paragraphs', () => {
  it.each(TURNS)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
  it.each(NO_TURN)('kept: %s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';
import type { BlockKind } from '../types';

type Input = Array<[BlockKind, string]>;
type Row = [name: string, input: Input, expected: Array<[speaker: string, content: string]>];

/** Described display speakers take the body speaker who says the same words. */
const ROWS: Row[] = [
  [
    'a described headline speaker is the body speaker of the same words',
    [
      ['headline', 'Ferry captain on the crossing: We turned back twice'],
      ['paragraph', 'The storm closed the harbour on Sunday.'],
      [
        'paragraph',
        '“We were turning back twice before noon,” said Ines Varga, who skippers the ferry.',
      ],
    ],
    [
      ['Ines Varga', 'We turned back twice'],
      ['Ines Varga', 'We were turning back twice before noon,'],
    ],
  ],
  [
    'a standfirst matches on its quoted words',
    [
      [
        'standfirst',
        'A missing hiker’s father has said the search was “far too slow” from the start',
      ],
      ['paragraph', '“It was far too slow,” Tomas Reyes said of the search.'],
    ],
    [
      ['Tomas Reyes', 'the search was “far too slow” from the start'],
      ['Tomas Reyes', 'It was far too slow,'],
    ],
  ],
  [
    'a named headline speaker stays',
    [
      ['headline', 'Karen Lutz on the vote: We lost the rural towns'],
      ['paragraph', '“We lost the rural towns,” said Paul Marsh, her campaign manager.'],
    ],
    [
      ['Karen Lutz', 'We lost the rural towns'],
      ['Paul Marsh', 'We lost the rural towns,'],
    ],
  ],
  [
    'a described speaker with no matching body claim stays',
    [
      ['headline', 'Harbour chief on the storm: Boats must stay in port'],
      ['paragraph', '“The pier is damaged,” said Ines Varga.'],
    ],
    [
      ['Harbour chief', 'Boats must stay in port'],
      ['Ines Varga', 'The pier is damaged,'],
    ],
  ],
  [
    'matching function words alone is no match',
    [
      ['headline', 'Harbour chief on the storm: It is what it is'],
      ['paragraph', '“It is not what we hoped for, it is worse,” said Ines Varga.'],
    ],
    [
      ['Harbour chief', 'It is what it is'],
      ['Ines Varga', 'It is not what we hoped for, it is worse,'],
    ],
  ],
  [
    'no words repeated: the one body speaker introduced with the same role',
    [
      ['headline', 'Harbour chief says the port will reopen on Friday'],
      ['paragraph', 'Harbour chief Ines Varga said repairs were going well.'],
    ],
    [
      ['Ines Varga', 'the port will reopen on Friday'],
      ['Ines Varga', 'repairs were going well.'],
    ],
  ],
  [
    'two body speakers with the role: the display speaker stays',
    [
      ['headline', 'Harbour chief says the port will reopen on Friday'],
      ['paragraph', 'Former harbour chief Ines Varga said repairs were slow.'],
      ['paragraph', 'Acting harbour chief Omar Haddad said divers had finished.'],
    ],
    [
      ['Harbour chief', 'the port will reopen on Friday'],
      ['Ines Varga', 'repairs were slow.'],
      ['Omar Haddad', 'divers had finished.'],
    ],
  ],
  [
    'no words repeated, no role named: the person who does most of the body talking',
    [
      ['headline', 'Port faces a hard winter, says senior harbour official'],
      ['paragraph', 'Ines Varga said repairs were slow.'],
      ['paragraph', 'Varga said divers had found cracks in the pier.'],
      ['paragraph', 'Varga said the cranes were rusting.'],
      ['paragraph', 'Omar Haddad said the boats were safe.'],
    ],
    [
      ['Ines Varga', 'Port faces a hard winter'],
      ['Ines Varga', 'repairs were slow.'],
      ['Ines Varga', 'divers had found cracks in the pier.'],
      ['Ines Varga', 'the cranes were rusting.'],
      ['Omar Haddad', 'the boats were safe.'],
    ],
  ],
  [
    'a document closing the headline is its own source, though the body repeats the words',
    [
      ['headline', 'Ferry fares not tied to fuel costs: study'],
      ['paragraph', 'Ferry fares are not tied to fuel costs, the researchers said.'],
    ],
    [
      ['study', 'Ferry fares not tied to fuel costs'],
      ['researchers', 'Ferry fares are not tied to fuel costs'],
    ],
  ],
  [
    'no person dominates the body: the role stays',
    [
      ['headline', 'Port faces a hard winter, says senior harbour official'],
      ['paragraph', 'Ines Varga said repairs were slow.'],
      ['paragraph', 'Varga said divers had found cracks in the pier.'],
      ['paragraph', 'Omar Haddad said the boats were safe.'],
      ['paragraph', 'Haddad said the cranes were new.'],
    ],
    [
      ['senior harbour official', 'Port faces a hard winter'],
      ['Ines Varga', 'repairs were slow.'],
      ['Ines Varga', 'divers had found cracks in the pier.'],
      ['Omar Haddad', 'the boats were safe.'],
      ['Omar Haddad', 'the cranes were new.'],
    ],
  ],
  [
    'a plural role is a group, not the main person',
    [
      ['headline', 'Port faces a hard winter, harbour officials say'],
      ['paragraph', 'Ines Varga said repairs were slow.'],
      ['paragraph', 'Varga said divers had found cracks in the pier.'],
      ['paragraph', 'Varga said the cranes were rusting.'],
    ],
    [
      ['harbour officials', 'Port faces a hard winter'],
      ['Ines Varga', 'repairs were slow.'],
      ['Ines Varga', 'divers had found cracks in the pier.'],
      ['Ines Varga', 'the cranes were rusting.'],
    ],
  ],
];

describe('display speakers named in the body', () => {
  it.each(ROWS)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

/** Display claims passed on as "reportedly": the outlet the article's top credits, or reports. */
const REPORTED: Array<[name: string, input: Input, speaker: string]> = [
  [
    'the outlet cited in the standfirst',
    [
      ['headline', 'Harbour board reportedly weighing sale of the old docks'],
      ['standfirst', 'According to Reuters, the board met twice in March to discuss a sale.'],
    ],
    'Reuters',
  ],
  [
    'a person cited is no outlet: the claim stays with reports',
    [
      ['headline', 'Harbour board reportedly weighing sale of the old docks'],
      ['standfirst', 'According to Jane Okafor, the board met twice in March to discuss a sale.'],
    ],
    'reports',
  ],
  [
    'an outlet cited far down the body is not the headline report',
    [
      ['headline', 'Harbour board reportedly weighing sale of the old docks'],
      ['paragraph', 'The docks closed in 1990.'],
      ['paragraph', 'Cranes still stand on the quay.'],
      ['paragraph', 'Weeds grow between the rails.'],
      ['paragraph', 'According to Reuters, the board met twice in March to discuss a sale.'],
    ],
    'reports',
  ],
];

/** "Report: ..." headlines: the outlet the article's top credits, or the report itself. */
const REPORT_OPENED: Array<[name: string, input: Input, speaker: string]> = [
  [
    'the outlet cited in the first paragraph',
    [
      ['headline', 'Report: Harbour board weighing sale of the old docks'],
      ['paragraph', 'The board met twice in March to discuss a sale, the Tribune reported.'],
    ],
    'Tribune',
  ],
  [
    'no outlet cited: the report',
    [
      ['headline', 'Report: Harbour board weighing sale of the old docks'],
      ['paragraph', 'The docks closed in 1990.'],
    ],
    'Report',
  ],
];

describe('report-opened display claims', () => {
  it.each(REPORT_OPENED)('%s', (_name, input, speaker) => {
    const headline = simplify(input).find((r) => r.content.startsWith('Harbour board'));
    expect(headline?.speaker).toBe(speaker);
  });
});

describe('reported display claims', () => {
  it.each(REPORTED)('%s', (_name, input, speaker) => {
    const headline = simplify(input).find((r) => r.content.startsWith('Harbour board'));
    expect(headline?.speaker).toBe(speaker);
  });
});

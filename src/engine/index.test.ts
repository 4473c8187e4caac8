import { describe, expect, it } from 'vitest';
import { extractAttributions } from './index';
import { simplify } from './testing/simplify';

type Row = [name: string, input: string[], expected: Array<[speaker: string, content: string]>];

/** Positive cases: each pattern of the issue, from real news sentences. */
const POSITIVE: Row[] = [
  [
    'quote-first, curly quotes, "X said"',
    [
      '“Assumptions that France or Ukraine could be behind this make no sense and are untrue,” Macron said.',
    ],
    [
      [
        'Macron',
        'Assumptions that France or Ukraine could be behind this make no sense and are untrue,',
      ],
    ],
  ],
  [
    'quote-first, straight quotes, inverted "said X"',
    ['"It\'s very much something to worry about," said C. Eugene Steuerle.'],
    [['C. Eugene Steuerle', "It's very much something to worry about,"]],
  ],
  [
    'angle quotes',
    ['«We must work together with all those who face the threat of terrorism», Macron said.'],
    [['Macron', 'We must work together with all those who face the threat of terrorism']],
  ],
  [
    'speaker-first with that',
    ['Officials said Thursday that the plan would go ahead.'],
    [['Officials', 'the plan would go ahead.']],
  ],
  [
    'speaker-first without that',
    ['Shoigu said the investigation of the terrorist attack will be brought to an end.'],
    [['Shoigu', 'the investigation of the terrorist attack will be brought to an end.']],
  ],
  [
    'content-first indirect: "..., X said."',
    ['Two gunmen died, and three others may have escaped, officials said.'],
    [['officials', 'Two gunmen died, and three others may have escaped']],
  ],
  [
    'colon form: "X told Reuters: ..."',
    ['Jane Doe told Reuters: "The deal is off."'],
    [['Jane Doe', 'The deal is off.']],
  ],
  [
    'according to, at the end',
    ['About 50 other people were wounded, according to local news reports.'],
    [['local news reports', 'About 50 other people were wounded']],
  ],
  [
    'according to, at the start',
    ['According to the report, prices will rise next year.'],
    [['report', 'prices will rise next year.']],
  ],
  [
    '"X told Y (that)" with addressee and time words',
    [
      'Mr Mugabe had told President Jacob Zuma by telephone on Wednesday that he was confined to his home.',
    ],
    [['Mugabe', 'he was confined to his home.']],
  ],
  [
    'told reporters',
    ['"The United States is deeply concerned," Josh Earnest told reporters.'],
    [['Josh Earnest', 'The United States is deeply concerned,']],
  ],
  [
    'said in a statement',
    ['The Food Standards Agency said in a statement that the public should not take the tablets.'],
    [['Food Standards Agency', 'the public should not take the tablets.']],
  ],
  [
    'split quote gives one record per piece',
    ['“I’m not,” Mr. Dejesus said. “It’s ‘Showtime at the Apollo.’”'],
    [
      ['Dejesus', 'I’m not,'],
      ['Dejesus', 'It’s ‘Showtime at the Apollo.’'],
    ],
  ],
  [
    'split quote in one sentence',
    ['"These deals don\'t just pop up," Zuckerberg said, "they take time to cultivate."'],
    [
      ['Zuckerberg', "These deals don't just pop up,"],
      ['Zuckerberg', 'they take time to cultivate.'],
    ],
  ],
  [
    'interrupting attribution: ", X said, ..."',
    ['Each year, agency officials said, it uses more than one million tons of asphalt.'],
    [['agency officials', 'it uses more than one million tons of asphalt.']],
  ],
  [
    'multi-paragraph quote continues the speaker',
    [
      '“The drug was in her system,” her mother, Fiona Parry, said in a statement.',
      '“As Eloise deteriorated, the staff did all they could to stabilise her.',
      '“She was literally burning up from within.”',
    ],
    [
      ['Fiona Parry', 'The drug was in her system,'],
      ['Fiona Parry', 'As Eloise deteriorated, the staff did all they could to stabilise her.'],
      ['Fiona Parry', 'She was literally burning up from within.'],
    ],
  ],
  [
    'noun cue: "his vow that"',
    ['Netanyahu’s vow that there would be no Palestinian state angered the White House.'],
    [['Netanyahu', 'there would be no Palestinian state angered the White House.']],
  ],
  [
    'anonymous source with post-modifier',
    ['A source familiar with the matter said the talks had collapsed.'],
    [['A source familiar with the matter', 'the talks had collapsed.']],
  ],
  [
    'coordinated speakers give one record each',
    ['Both Roscosmos and NASA said the crash would have no impact on the station.'],
    [
      ['Roscosmos', 'the crash would have no impact on the station.'],
      ['NASA', 'the crash would have no impact on the station.'],
    ],
  ],
  [
    'stance verbs',
    ['Many Tunisians worry extremists can easily get arms in the neighboring country.'],
    [['Many Tunisians', 'extremists can easily get arms in the neighboring country.']],
  ],
  [
    'describe ... as',
    ['Macron described such assumptions as disinformation.'],
    [['Macron', 'such assumptions as disinformation.']],
  ],
  [
    'participle cue shares the main subject',
    ['The agency would not describe the malfunction, saying its experts were looking into it.'],
    [['agency', 'its experts were looking into it.']],
  ],
];

describe('extractAttributions: patterns', () => {
  it.each(POSITIVE)('%s', (_name, input, expected) => {
    const got = simplify(input).map((r) => [r.speaker, r.content]);
    expect(got).toEqual(expected);
  });
});

/** Negative cases: text that must not give an attribution. */
const NEGATIVE: Array<[string, string]> = [
  ['scare quotes', 'The tablets were sold as “slimming tablets” online.'],
  ['author assertion', 'The Alaskan halibut fishery has its troubles, but has been managed well.'],
  // A hedge is no speaker: "The company is said to be ..." goes to an unnamed source (agentless.test.ts).
  [
    'noun use of a verb form',
    'The American demand that Mr. Bashir be held accountable had not changed.',
  ],
  ['proper noun "States"', 'United States to Lift Sudan Sanctions'],
  ['first person inside a block', 'I think we felt like we had a good amount of context.'],
  ['infinitive', 'The minister declined to comment on the report.'],
];

describe('extractAttributions: negatives', () => {
  it.each(NEGATIVE)('%s', (_name, text) => {
    expect(simplify([text])).toEqual([]);
  });
});

describe('extractAttributions: hostile input', () => {
  it.each([
    ['empty', ''],
    ['only quote marks', '"'.repeat(5000)],
    ['thousands of cues in one sentence', 'Smith said, '.repeat(1000)],
    ['unbalanced curly quotes', '“a '.repeat(2000)],
  ])('%s finishes with well-formed spans', (_name, text) => {
    const result = extractAttributions([{ kind: 'paragraph', text }]);
    for (const a of result.attributions) {
      expect(a.content.end).toBeGreaterThan(a.content.start);
      expect(a.content.end).toBeLessThanOrEqual(text.length);
    }
  });
});

describe('extractAttributions: records', () => {
  it('marks direct, mixed and indirect kinds', () => {
    const got = simplify([
      '“It is finished,” Smith said.',
      'Smith said it was “distressing” not to have made progress.',
      'Smith said progress had been made.',
    ]).map((r) => r.kind);
    expect(got).toEqual(['direct', 'mixed', 'indirect']);
  });

  it('relays nested sourcing through the outer speaker', () => {
    const got = simplify([
      'The Russian Defense Ministry said Lecornu insisted that Ukraine was not involved.',
    ]);
    expect(got.map((r) => [r.speaker, r.via])).toEqual([
      ['Russian Defense Ministry', null],
      ['Lecornu', 'Russian Defense Ministry'],
    ]);
  });

  it('relays a claim reported inside a quotation through the quoted speaker', () => {
    const got = simplify([
      '“The Republicans have said they will do what they can to block a deal,” Martin Indyk said.',
    ]);
    expect(got.map((r) => [r.speaker, r.via, r.kind])).toEqual([
      ['Martin Indyk', null, 'direct'],
      ['Republicans', 'Martin Indyk', 'indirect'],
    ]);
  });

  it('classes loaded cues and marks hedged claims', () => {
    const result = extractAttributions([
      {
        kind: 'paragraph',
        text: 'Lankford claimed the tax cuts would reportedly pay for themselves.',
      },
    ]);
    expect(result.attributions[0]?.cue?.class).toBe('loaded');
    expect(result.attributions[0]?.cue?.lemma).toBe('claim');
    expect(result.attributions[0]?.hedged).toBe(true);
    expect(result.hedges.map((h) => h.text)).toEqual(['reportedly']);
  });

  it('gives spans that point into the block text', () => {
    const text = 'Officials said Thursday that the plan would go ahead.';
    const [a] = extractAttributions([{ kind: 'paragraph', text }]).attributions;
    expect(a === undefined ? '' : text.slice(a.content.start, a.content.end)).toBe(
      'the plan would go ahead.',
    );
    expect(a?.cue?.text).toBe('said');
    expect(a?.speakerMention?.text).toBe('Officials');
  });

  it('reads headlines: "X says ..." and "Topic: X \'insisting ...\'"', () => {
    const got = simplify([
      ['headline', 'Macron says France needs to work with any country facing risk of terrorism'],
      ['headline', "Zimbabwe coup: Robert Mugabe 'insisting he finishes his term'"],
    ]).map((r) => [r.speaker, r.content]);
    expect(got).toEqual([
      ['Macron', 'France needs to work with any country facing risk of terrorism'],
      ['Robert Mugabe', 'he finishes his term'],
    ]);
  });

  it('continues the last speaker in a block quote with no cue', () => {
    const got = simplify([
      ['paragraph', 'Zuckerberg said scare tactics can work.'],
      ['blockquote', 'That is less my thing, but I think it is a valuable tactic.'],
    ]);
    expect(got.map((r) => [r.speaker, r.cue])).toEqual([
      ['Zuckerberg', 'said'],
      ['Zuckerberg', null],
    ]);
  });

  it('gives a quote paragraph after "X told parliament:" to that speaker', () => {
    const got = simplify([
      'The minister told parliament on Monday:',
      '“We will not raise taxes this year. That is a promise.”',
    ]);
    expect(got.map((r) => [r.speaker, r.kind])).toEqual([['minister', 'direct']]);
  });

  it('gives one record per bullet after "X also said:"', () => {
    const got = simplify([
      ['paragraph', 'President Obama also said:'],
      ['listItem', 'The UK must stay in the EU to have influence on the world stage'],
      ['listItem', 'Syria needs a political solution in order to defeat the Islamic State group'],
    ]);
    expect(got.map((r) => r.speaker)).toEqual(['Obama', 'Obama']);
  });
});

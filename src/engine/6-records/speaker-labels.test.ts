import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

const pairs = (paragraphs: string[]) =>
  simplify(paragraphs).map((r) => [r.speaker, r.content, r.kind]);

/** Transcript and Q&A turns: a paragraph opened by its speaker's name and a colon. */
describe('labelled turns', () => {
  it.each([
    [
      'a broadcast transcript in capitals, the reporter left out',
      [
        'REPORTER: The cuts have angered former champions.',
        'JANE DOE: The money was wasted on consultants, not on athletes.',
        'JOHN SMITH, COACH: We warned them years ago and nobody listened.',
      ],
      [
        ['JANE DOE', 'The money was wasted on consultants, not on athletes.', 'direct'],
        ['JOHN SMITH', 'We warned them years ago and nobody listened.', 'direct'],
      ],
    ],
    [
      'a turn runs on over the unlabelled paragraphs after it, up to the next label',
      [
        'REPORTER: The cuts have angered former champions.',
        'JANE DOE: The money was wasted on consultants, not on athletes.',
        'I think the team will still win medals next year.',
        'REPORTER: Do you think this is a punishment?',
        'JANE DOE: It looks that way to everyone in the sport.',
      ],
      [
        ['JANE DOE', 'The money was wasted on consultants, not on athletes.', 'direct'],
        ['JANE DOE', 'I think the team will still win medals next year.', 'direct'],
        ['JANE DOE', 'It looks that way to everyone in the sport.', 'direct'],
      ],
    ],
    [
      'a Q&A interview: the named answers to questions',
      [
        'Designer Maria Lopez spoke to us about her new line.',
        'Why did you start over?',
        'Lopez: Because the old studio had stopped taking risks with anything.',
        'What comes next?',
        'Lopez: A smaller collection, made entirely in one town.',
      ],
      [
        ['Maria Lopez', 'Because the old studio had stopped taking risks with anything.', 'direct'],
        ['Maria Lopez', 'A smaller collection, made entirely in one town.', 'direct'],
      ],
    ],
    // The journalists of a transcript: the anchor who hands off, the reporter, the interviewer.
    [
      "the anchor's and the reporter's narration, and the reporter's question, are nobody's claim",
      [
        'JANE HOST: The cuts have drawn criticism from former champions of the sport.',
        'Tom Field reports.',
        'TOM FIELD: It has been a hard year for the rowing team since the regatta.',
        'TOM FIELD: Do you think this is a punishment for the results?',
        'ANN WINNER: It certainly would seem that way to most of us.',
        'JANE HOST: Ann Winner ending that report from Tom Field.',
      ],
      [['ANN WINNER', 'It certainly would seem that way to most of us.', 'direct']],
    ],
    [
      'an interviewer who only asks; a cued claim inside the turn still counts',
      [
        'MARK ASKER: Bob Stone says the river has never been this low before.',
        'MARK ASKER: Is the drought to blame for the fish dying?',
        'BOB STONE: The drought and the dam upstream, both of them together.',
        'MARK ASKER: Will the council act before summer comes?',
        'BOB STONE: Not unless the farmers keep pushing them to act.',
      ],
      [
        ['Bob Stone', 'the river has never been this low before.', 'indirect'],
        ['Bob Stone', 'The drought and the dam upstream, both of them together.', 'direct'],
        ['Bob Stone', 'Not unless the farmers keep pushing them to act.', 'direct'],
      ],
    ],
    [
      'capital turns used once each, but spoken in the first person',
      [
        'ANN FOLD: We lost the whole harvest to the frost this spring.',
        'RAY MUNRO: My cattle had nothing to graze on by the end of the month.',
      ],
      [
        ['ANN FOLD', 'We lost the whole harvest to the frost this spring.', 'direct'],
        ['RAY MUNRO', 'My cattle had nothing to graze on by the end of the month.', 'direct'],
      ],
    ],
    [
      'a debate where both sides ask and answer: both keep their turns',
      [
        'KIM LEE: Why did you vote against the bridge funding last year?',
        'SAM ROE: Because the bridge plan had no budget at all. Why did you back it?',
        'KIM LEE: The town needed a second crossing for the ambulances.',
      ],
      [
        ['KIM LEE', 'Why did you vote against the bridge funding last year?', 'direct'],
        ['SAM ROE', 'Because the bridge plan had no budget at all. Why did you back it?', 'direct'],
        ['KIM LEE', 'The town needed a second crossing for the ambulances.', 'direct'],
      ],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(pairs(paragraphs)).toEqual(expected);
  });

  it.each([
    [
      'run-in crossheads in capitals, each used once, over narration',
      [
        'LONG WAIT: Six hopefuls sat in the studio as the first names were read out.',
        'LEFT ARMS: Two of the first ten picks were pitchers who throw from the left side.',
        'ON THE ROAD: The second day of the event moves to a hotel across town.',
      ],
    ],
    [
      'a one-off dateline in capitals',
      ['LAHORE: The provincial assembly met on Monday to pass the budget bill.'],
    ],
    [
      'fields of a listing',
      ['Price: starts at $499 for the base model.', 'Weight: just over two pounds in total.'],
    ],
    [
      "an advice column's salutations",
      [
        'DEAR ANXIOUS: You have every right to ask for a seat next to him.',
        'DEAR TIRED: Talk to your sister before the holidays come around.',
      ],
    ],
    [
      "a notes column's run-in heads in capitals, none repeated",
      [
        'LATE BLOOMER: Sam Ortiz waited until the third round to hear his name called.',
        'LEFTY LEAN: Six of the first ten picks were left-handed pitchers this year.',
      ],
    ],
    [
      'a game listing of teams, no questions asked',
      ['Thunder: Host the Lakers on Friday night.', 'Thunder: Visit the Jazz on Sunday night.'],
    ],
    [
      'a named label that answers no question',
      ['Smith: The plan was shelved last year.', 'Smith: The road was built anyway.'],
    ],
  ])('%s', (_name, paragraphs) => {
    expect(pairs(paragraphs)).toEqual([]);
  });
});

/** An "I" or "we" outside quotation marks: the author's voice, or a labelled turn's speaker. */
describe('first person outside quotations', () => {
  it.each([
    [
      "the author's own report of what they said is no attribution",
      [
        '“We will build the bridge,” said Tom Reed, the mayor.',
        'I have called my neighbours many times and said the bridge is a waste.',
        'As I said earlier, nobody talks about the cost of the move.',
        'As we know, every new bridge in the county has run over budget.',
      ],
      [['Tom Reed', 'We will build the bridge,', 'direct']],
    ],
    [
      'in a labelled answer, the "I" is the turn\'s speaker',
      [
        'Designer Maria Lopez spoke to us about her new line.',
        'Why did you leave the old studio?',
        'Lopez: I called the board and said the studio had stopped taking risks.',
        'What comes next?',
        'Lopez: A smaller collection, made entirely in one town.',
      ],
      [
        ['Maria Lopez', 'the studio had stopped taking risks.', 'indirect'],
        [
          'Maria Lopez',
          'I called the board and said the studio had stopped taking risks.',
          'direct',
        ],
        ['Maria Lopez', 'A smaller collection, made entirely in one town.', 'direct'],
      ],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(pairs(paragraphs)).toEqual(expected);
  });
});

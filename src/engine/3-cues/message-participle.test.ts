import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A reporting verb in "-ing" after the message that carries it. */
const ROWS: Row[] = [
  [
    'a possessed tweet after a preposition speaks',
    'Fans replied to Ada Price\u2019s tweet calling the stadium \u201ca disgrace\u201d and the fans \u201crude.\u201d',
    [
      [
        'Ada Price\u2019s tweet',
        'the stadium \u201ca disgrace\u201d and the fans \u201crude.\u201d',
      ],
    ],
  ],
  [
    'a blog post after "by" speaks',
    'The change was explained by a blog post reaffirming the club\u2019s ban on flares.',
    [['a blog post', 'the club\u2019s ban on flares.']],
  ],
  [
    'a graph with a that-clause states a finding',
    'The talk centred on a graph showing that older drivers crash less often.',
    [['a graph', 'older drivers crash less often.']],
  ],
  [
    "a message that is a main verb's object speaks for the main subject",
    'Ada Price released a statement condemning the new toll.',
    [['Ada Price', 'the new toll.']],
  ],
  [
    'negative: a video showing an event depicts it',
    'Police shared a clip of the rescue, and a video showing the crowd went viral.',
    [],
  ],
  [
    'negative: an infinitive after the verb is left to the verb rules',
    'The site removed a post claiming to be from the mayor.',
    [],
  ],
  [
    'negative: a noun that carries no message',
    'Residents watched the ferry calling at the island.',
    [],
  ],
];

describe('message participle', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

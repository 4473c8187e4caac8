import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A joiner right after the verb (or its comma) opens the author's next clause, not a claim. */
const ROWS: Row[] = [
  [
    'a relative "the figure X cited", then the author\'s "but"',
    'That is below the $40 million figure Dana Holt cited, but it is close given how prices swing.',
    [],
  ],
  [
    '"what X said, but ...": the author weighs the number',
    'The total is higher than what Senator Vale said, but her estimate is a fair guess.',
    [],
  ],
  [
    'a verb and "and" with no comma',
    'The driver confessed and the court set a date for the hearing.',
    [],
  ],
  [
    'an "as X told me" aside: the claim goes on after the joiner',
    'They care about “wellness,” as one founder told me, and easing the “stress” of paying bills.',
    [['one founder', 'and easing the “stress” of paying bills.']],
  ],
  [
    "a quoted joiner is the speaker's",
    'Mara Lind said, “but nobody listened to the engineers.”',
    [['Mara Lind', 'but nobody listened to the engineers.']],
  ],
  [
    'a joiner after the claim ends it, not the record',
    'Dana Holt said the bridge would close, but the council disagreed.',
    [['Dana Holt', 'the bridge would close']],
  ],
  [
    'a participle after the comma tells how the speaker acted',
    'The audience applauded, looking more pleased with the new coach than with the old one.',
    [],
  ],
  [
    'an absolute phrase after the comma describes the speaker',
    'Rosa Vega moved here in May. “We only wanted one more season,” she said, her voice fading as she looked away.',
    [['Rosa Vega', 'We only wanted one more season,']],
  ],
  [
    'after "according to X," a gerund subject opens the claim',
    'According to the coast guard, wearing the vests should cut the risk of drowning.',
    [['coast guard', 'wearing the vests should cut the risk of drowning.']],
  ],
  [
    'after "that," a participle opens the claim',
    'The panel concluded that, using ordinary methods, the cost falls on local buyers.',
    [['panel', 'using ordinary methods, the cost falls on local buyers.']],
  ],
];

describe('a joiner right after the reporting verb', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

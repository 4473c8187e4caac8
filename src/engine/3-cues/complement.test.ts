import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, input: string[], expected: Array<[speaker: string, content: string]>];

/** Claims of clause-taking verbs without "that": bare clauses, gerunds, and "As X says," frames. */
const POSITIVE: Row[] = [
  [
    'an object and its infinitive after "asked"',
    ['The mayor asked the council to delay the vote until spring.'],
    [['mayor', 'the council to delay the vote until spring.']],
  ],
  [
    'an object pronoun and its infinitive after "instructed"',
    ['The coach instructed them to rest for a week.'],
    [['coach', 'them to rest for a week.']],
  ],
  [
    'bare clause after "suggested"',
    ['The report also suggested the U.S. might not be the jobs machine it thinks it is.'],
    [['report', 'the U.S. might not be the jobs machine it thinks it is.']],
  ],
  [
    'a subjunctive clause after "suggested"',
    ['The mayor suggested the council delay the vote until spring.'],
    [['mayor', 'the council delay the vote until spring.']],
  ],
  [
    'a subjunctive "be" after "recommended"',
    ['The inspectors recommended the bridge be closed to trucks.'],
    [['inspectors', 'the bridge be closed to trucks.']],
  ],
  [
    'bare clause after "shows"',
    ['Now research shows the opposite is true.'],
    [['research', 'the opposite is true.']],
  ],
  [
    'gerund after "advised"',
    [
      'This can happen, Forrest Jones said.',
      'He advised stuffing the peep hole with a strip of rolled up notepaper.',
    ],
    [
      ['Forrest Jones', 'This can happen'],
      ['Forrest Jones', 'stuffing the peep hole with a strip of rolled up notepaper.'],
    ],
  ],
  [
    'gerund after "reported"',
    ['Local people reported seeing a flash of light and hearing a loud thud.'],
    [['Local people', 'seeing a flash of light and hearing a loud thud.']],
  ],
  [
    'the gerund "being" after "reported"',
    ['Many drivers reported being stuck on the bridge for hours.'],
    [['Many drivers', 'being stuck on the bridge for hours.']],
  ],
  [
    '"As the authors explain," attributes the main clause',
    ['As the authors explain, research in monkeys shows that decisions come at a threshold.'],
    [
      ['authors', 'research in monkeys shows that decisions come at a threshold.'],
      // The research's own finding, relayed through the authors.
      ['research in monkeys', 'decisions come at a threshold.'],
    ],
  ],
  [
    '"As the experts warn," a plural subject before a base form still frames the clause',
    ['As the experts warn, the river will flood by May.'],
    [['experts', 'the river will flood by May.']],
  ],
  [
    '"As the report states:" before a quotation',
    ['As the report states: "The birth lottery matters more in the U.S."'],
    [['report', 'The birth lottery matters more in the U.S.']],
  ],
  [
    'a stance adjective before a bare clause',
    ['The Press Council is concerned the laws would crush investigative journalism.'],
    [['Press Council', 'the laws would crush investigative journalism.']],
  ],
  [
    'a loaded adjective before a bare clause with a possessive subject',
    ['The media union is adamant journalists’ metadata must be exempted from the law.'],
    [['media union', 'journalists’ metadata must be exempted from the law.']],
  ],
  [
    '"warned of" an object claim',
    ['Senator Lankford warned of the deficit’s dangers.'],
    [['Lankford', 'the deficit’s dangers.']],
  ],
  [
    '"held that" in a ruling',
    ['The courts have held that the definition includes a change of business.'],
    [['courts', 'the definition includes a change of business.']],
  ],
  [
    'a source placed in two cities is one speaker',
    ['Prosecutors in San Francisco and Los Angeles say Uber has been lying to its customers.'],
    [['Prosecutors in San Francisco and Los Angeles', 'Uber has been lying to its customers.']],
  ],
  [
    'relative "that" after a named outlet',
    ['Emery retweeted an article by New York magazine that claimed Trump relied on lies to win.'],
    [['New York magazine', 'Trump relied on lies to win.']],
  ],
  [
    'bare clause whose subject is a hedged count',
    ['Rescue crews suggest as many as 30 hikers were stranded on the ridge.'],
    [['Rescue crews', 'as many as 30 hikers were stranded on the ridge.']],
  ],
  [
    'an infinitive after "offered"',
    ['The ranger offered to guide visitors along the upper trail.'],
    [['ranger', 'to guide visitors along the upper trail.']],
  ],
  [
    'an infinitive after "claim"',
    ['Several vendors claim to be selling the original parts.'],
    [['Several vendors', 'to be selling the original parts.']],
  ],
  [
    'an infinitive after "swore"',
    ['The new chief swore to rebuild the harbour within a year.'],
    [['new chief', 'to rebuild the harbour within a year.']],
  ],
  [
    'an embedded question after "questioned"',
    ['Dr Ana Lima questioned whether the curfew would make the streets safer.'],
    [['Ana Lima', 'whether the curfew would make the streets safer.']],
  ],
  [
    '"how many" after a doubting participle',
    ['Okafor disagreed, questioning how many buyers would wait another year.'],
    [['Okafor', 'how many buyers would wait another year.']],
  ],
];

/** Objects that are not claims. */
const NEGATIVE: Row[] = [
  ['an attempt is no claim', ['The boy tried to open the door before dawn.'], []],
  ['a habit is no claim', ['She used to live in a small flat near the port.'], []],
  ['"offered" with a plain object', ['The shop offered discounts to every new customer.'], []],
  ['"offered" with "to" and no verb', ['The firm offered to the workers a modest raise.'], []],
  ['a person questioned', ['Detectives questioned two men arrested at the scene.'], []],
  ['a question word with no clause', ['The panel questioned how to fund it.'], []],
  ['"asked" with a plain noun object', ['The mayor asked questions about the budget.'], []],
  ['"asked" with "to" and no verb after it', ['The mayor asked the judge to the bench.'], []],
  ['plain noun object of "added"', ['The company added significant updates to its platform.'], []],
  ['infinitive after "continuing"', ['Prices kept rising, and continuing to climb.'], []],
  ['"As" clause without a comma', ['As the company reported losses, shares fell sharply.'], []],
  [
    '"As a general rule": a singular phrase before a base form is a noun phrase',
    ['As a general rule, the ferries leave on time.'],
    [],
  ],
  ['"that" as a pronoun object', ['A new report calls that into question.'], []],
  ['relative "that" after a non-source', ['It was the decision that said the most about him.'], []],
  ['a plain object of "suggested"', ['The mayor suggested a new route to the council.'], []],
  ['noun after "noted"', ['She noted the time and left the building.'], []],
  [
    '"find it harder": a pronoun object with a predicate',
    ['Political leaders find it harder to fix roads and bridges.'],
    [],
  ],
  ['"held" a meeting', ['The mayor held a meeting with residents on Monday.'], []],
  ['a short "-ing" noun is no gerund', ['The mayor reported a thing to the police.'], []],
  ['a stance adjective with an infinitive', ['Residents were worried to go out at night.'], []],
  [
    'a gerund of thinking points at a quote, not a claim',
    ['Rothman recalls thinking at the time about the paper.'],
    [],
  ],
  [
    'a hedged count as the object, no clause after it',
    ['The gallery added more than 200 paintings to its catalogue.'],
    [],
  ],
];

describe('complements without "that"', () => {
  it.each(POSITIVE)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
  it.each(NEGATIVE)('no record: %s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

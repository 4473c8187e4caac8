import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';
import type { BlockKind } from '../types';

type Input = Array<string | [BlockKind, string]>;
type Row = [name: string, input: Input, expected: Array<[speaker: string, content: string]>];

/** Clause-boundary cases: where the attribution clause ends and the claim starts or stops. */
const ROWS: Row[] = [
  [
    'time phrase between speaker and verb',
    ['Smith on Tuesday said the plan was dead.'],
    [['Smith', 'the plan was dead.']],
  ],
  [
    'age between commas',
    ['John Smith, 45, said the plan was dead.'],
    [['John Smith', 'the plan was dead.']],
  ],
  [
    'appositive with a relative clause inside',
    [
      'Alverson, a commissioner on the Halibut Commission, which has managed catch limits since 1924, described it as a stable but declining resource.',
    ],
    [['Alverson', 'it as a stable but declining resource.']],
  ],
  [
    'opening adverbial is not the claim',
    ['In a blog post published Thursday, developer Ammar Askar said the bug was easy to exploit.'],
    [['Ammar Askar', 'the bug was easy to exploit.']],
  ],
  [
    'opening adverbial before a content-first claim',
    [
      'In the extreme cold, city officials will not risk shutting down water mains, Mr. Michaels said.',
    ],
    [['Michaels', 'In the extreme cold, city officials will not risk shutting down water mains']],
  ],
  [
    'parenthetical clause verb at the end',
    [
      'A Gallup poll showed approval at 13%, The Korea Times reported, down from 19% a week earlier.',
    ],
    // The poll's own finding inside the report is a claim too ("approval" is a noun object).
    [
      ['Gallup poll', 'approval at 13%'],
      ['Korea Times', 'A Gallup poll showed approval at 13%'],
    ],
  ],
  [
    'one-word addressee before a clause',
    ['Lupita Nyong’o told cops it was taken from her room on Wednesday.'],
    [['Lupita Nyong’o', 'it was taken from her room on Wednesday.']],
  ],
  [
    'relative clause "X, who said Y, told Z"',
    [
      'The G40 figures fled to the compound, the source, who said he had spoken to people inside the compound, told Reuters.',
    ],
    [
      ['source', 'he had spoken to people inside the compound'],
      ['source', 'The G40 figures fled to the compound'],
    ],
  ],
  [
    'the author’s tail after the claim is cut',
    [
      'Large crowds of protesters have called for Yoon’s ouster, while smaller ones have rallied in support of him.',
    ],
    [['Large crowds of protesters', 'Yoon’s ouster']],
  ],
  [
    'wire-style headline "Source: claim"',
    [['headline', 'Russia: Space ship malfunctions, breaks up over Siberia']],
    [['Russia', 'Space ship malfunctions, breaks up over Siberia']],
  ],
  [
    '"and" inside an institution\'s name is not two speakers',
    ['The Department of Health and Human Services said the rule would change.'],
    [['Department of Health and Human Services', 'the rule would change.']],
  ],
  [
    '"both X and Y" names stay two speakers',
    ['Both Mr Obama and Mr Cameron said the talks went well.'],
    [
      ['Obama', 'the talks went well.'],
      ['Cameron', 'the talks went well.'],
    ],
  ],
  [
    '"X and Y" without "both" is one joint claim, not two records',
    ['Mr Obama and Mr Cameron said the talks went well.'],
    [['Obama and Cameron', 'the talks went well.']],
  ],
  [
    'a common-noun head after "and" is shared: one source',
    ['Russian and Iranian officials said the plant would open in May.'],
    [['Russian and Iranian officials', 'the plant would open in May.']],
  ],
  [
    'a shared head after two institution names: one source',
    ['Federal Reserve and Commerce Department data show that profits rose.'],
    [['Federal Reserve and Commerce Department data', 'profits rose.']],
  ],
  [
    'a reporting verb joined to a non-reporting one shares the subject',
    ['Uber stepped in and tweeted this announcement: “Fares have increased.”'],
    [['Uber', 'Fares have increased.']],
  ],
  [
    'a quote opens a new sentence after "Inc."',
    ['He runs U.S. Games Systems, Inc. “We have prevailed,”Kaplan says.'],
    [['Kaplan', 'We have prevailed,']],
  ],
  [
    'VP coordination shares the subject',
    ['White House press secretary Josh Earnest condemned the attack and said the U.S. would help.'],
    [
      ['Josh Earnest', 'the attack'],
      ['Josh Earnest', 'the U.S. would help.'],
    ],
  ],
  [
    'an unquoted clause before a dash is the author’s',
    ['Nobody planned the sale — analysts expected a quiet year in the sector.'],
    [['analysts', 'a quiet year in the sector.']],
  ],
  [
    'a participle after "by" in a relative clause shares its antecedent',
    [
      'Voters rallied behind the Green Party, which won support by arguing that taxes were too high.',
    ],
    [['Green Party', 'taxes were too high.']],
  ],
  [
    'a participle after "before" shares the main subject',
    ['The minister paused before insisting that the budget was sound.'],
    [['minister', 'the budget was sound.']],
  ],
  [
    '"that" after a publication participle',
    ['Smith showed in a paper published in Nature that the cells divide twice.'],
    [['Smith', 'the cells divide twice.']],
  ],
  [
    'a quantifier subject of a belief in a relative clause',
    ['The army held a parade, which many saw as a show of force.'],
    [['many', 'a show of force.']],
  ],
  [
    'stance adjective',
    ['Officials are worried about the number of militants who may have joined the jihadists.'],
    [['Officials', 'the number of militants who may have joined the jihadists.']],
  ],
  [
    'an appositive after an inverted "said X" describes the speaker',
    [
      'When rents climb faster than wages, tenants will move out, said Dana Reyes, a housing economist at Lakeview College.',
    ],
    [['Dana Reyes', 'When rents climb faster than wages, tenants will move out']],
  ],
  [
    'an appositive with a quoted book title after a quote and "said X" describes the speaker',
    [
      '“The port will not reopen this year,” said Ada Lowe, a fellow at the Marine Institute and author of “Salt Roads,” about the harbour towns of the north.',
    ],
    [['Ada Lowe', 'The port will not reopen this year,']],
  ],
  [
    'a quote that opens the stretch after "said X, a Y" continues the claim',
    ['“The port will not reopen,” said Ada Lowe, a pilot, “and the ferries will stop.”'],
    [
      ['Ada Lowe', 'The port will not reopen,'],
      ['Ada Lowe', 'and the ferries will stop.'],
    ],
  ],
  [
    'a bare role after an inverted speaker is no claim',
    ['Ten beds were empty at the shelter, said Olu Barnes, regional director of the charity.'],
    [['Olu Barnes', 'Ten beds were empty at the shelter']],
  ],
  [
    'a quoted piece after an inverted speaker is the claim’s second half',
    ['“The plan is dead,” said Dana Reyes, “and nobody will revive it.”'],
    [
      ['Dana Reyes', 'The plan is dead,'],
      ['Dana Reyes', 'and nobody will revive it.'],
    ],
  ],
  [
    'an imperative stance verb inside a quote names no speaker',
    ['“Prices swing wildly—think tulips rather than bonds,” Reyes told the paper.'],
    [['Reyes', 'Prices swing wildly—think tulips rather than bonds,']],
  ],
  [
    'a bare subject before "according to" is not the claim',
    ['Mayor Ada Finch, according to her office, left the city on Sunday for a week of talks.'],
    [['her office', 'left the city on Sunday for a week of talks.']],
  ],
  [
    'a full clause before "according to" is the claim',
    ['The mayor left the city on Sunday, according to her office.'],
    [['her office', 'The mayor left the city on Sunday']],
  ],
  [
    'a sentence-opening "While X said" clause ends at its comma',
    [
      'While the spokeswoman Ines Varga said the visit was routine, he stayed in hospital overnight.',
    ],
    [['Ines Varga', 'the visit was routine']],
  ],
  [
    'a sentence-opening "Although" clause ends at its comma',
    [
      'Although relatives of the guard suggested he had been framed, the trial went ahead in March.',
    ],
    [['relatives of the guard', 'he had been framed']],
  ],
  [
    'a demonstrative "that" before "is" is the claim’s subject',
    ['The maker says that is what buyers should expect from the new model.'],
    [['maker', 'that is what buyers should expect from the new model.']],
  ],
  [
    'a demonstrative "that" opening a claim before its attribution is its subject',
    ['That is the plan for the new model, the maker said.'],
    [['maker', 'That is the plan for the new model']],
  ],
  [
    'a plural quantifier before a place heads the subject',
    ['Many in the valley fear that the river will flood again.'],
    [['Many in the valley', 'the river will flood again.']],
  ],
  [
    'a verb in another tense after "and" belongs to the claim',
    ['Chief Ona Pike says rangers reached the ridge at dawn and found the hikers safe.'],
    [['Ona Pike', 'rangers reached the ridge at dawn and found the hikers safe.']],
  ],
  [
    'the same tense after "and" is the speaker’s next statement',
    ['Chief Ona Pike praised the rangers and said the hikers were safe.'],
    [
      ['Ona Pike', 'the rangers'],
      ['Ona Pike', 'the hikers were safe.'],
    ],
  ],
  [
    'an event with its audience before a colon',
    ['As Senator Ola Brandt wrote in a letter to the premier last week: “The bill must wait.”'],
    [['Ola Brandt', 'The bill must wait.']],
  ],
  [
    'an event with its audience before "that"',
    ['Ola Brandt said in an interview with local radio that the bill must wait.'],
    [['Ola Brandt', 'the bill must wait.']],
  ],
  [
    'a quote that opens the sentence, then the verb with no comma',
    ['“The new scanner cuts the wait in half” says Ida Brandt, head of radiology at Kellford.'],
    [['Ida Brandt', 'The new scanner cuts the wait in half']],
  ],
  [
    'a belief negated by "not" is still a belief, its subject before the negation',
    ['The engineers, however, do not think the old bridge can carry trucks.'],
    [['engineers', 'the old bridge can carry trucks.']],
  ],
  [
    'a contracted negation of a belief',
    ['Farmer Ana Ruiz doesn’t believe the new dam will flood her fields.'],
    [['Ana Ruiz', 'the new dam will flood her fields.']],
  ],
  [
    'a question opener is not part of the name',
    ['Is Vantor Cloud the future? Vantor says the service will reach Europe next year.'],
    [['Vantor Cloud', 'the service will reach Europe next year.']],
  ],
];

describe('clause boundaries', () => {
  it.each(ROWS)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

const NEGATIVE: Array<[string, Input]> = [
  ['negated cue', ['The agency would not immediately describe the malfunction.']],
  ['a negated speech verb', ['The agency did not say the bridge was unsafe.']],
  ['a quoted word inside the sentence is no quote', ['The word “change” says a lot about them.']],
  ['a belief never held is a counterfactual', ['The mayor never expected the dam would hold.']],
  ['a negated belief of "us" is rhetoric', ['Most of us do not believe a pill could kill us.']],
  ['a singular "claim" after a quantifier phrase is a noun', ['Much of the claim was false.']],
  ['a negated "know" reports nothing', ['The council does not know whether the dam will hold.']],
  [
    'title-case subtitle is not "Source: claim"',
    [['headline', 'Saving Data: Reducing the size of App Updates']],
  ],
  ['section label', [['headline', 'Analysis: the budget is a gamble for the government']]],
  [
    'generic "anyone will tell you"',
    ['Anyone who has done this will tell you that you need a plan.'],
  ],
  // "We're told ..." is the reporter's unnamed sourcing: see frames.test.ts.
  ['contraction is not a speaker', ["We've said it before: the plan will fail."]],
  ['a counterfactual', ['Uber might have suggested that it would recruit volunteer drivers.']],
  ['a conditional opener reports no claim', ['If the council says no, the plan will fail.']],
  [
    'subordinate clause subject',
    ['Although no group claimed responsibility, the attack raised fears.'],
  ],
];

describe('not attributions', () => {
  it.each(NEGATIVE)('%s', (_name, input) => {
    expect(simplify(input)).toEqual([]);
  });
});

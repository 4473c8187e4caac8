import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';
import type { BlockKind } from '../types';

type Input = Array<[BlockKind, string]>;
type Row = [name: string, input: Input, expected: Array<[speaker: string, content: string]>];

const BODY: [BlockKind, string] = ['paragraph', 'The rain stopped on Tuesday.'];

/** Headlines whose attribution is elided: "Source: claim", "Source. claim", "X on Y: claim". */
const POSITIVE: Row[] = [
  [
    'wire-service "Source: claim"',
    [['headline', 'Peru: Landslide buries mountain village, dozens missing'], BODY],
    [['Peru', 'Landslide buries mountain village, dozens missing']],
  ],
  [
    'a full stop in place of the colon',
    [['headline', 'Oxfam. Hunger doubles in the region within a year'], BODY],
    [['Oxfam', 'Hunger doubles in the region within a year']],
  ],
  [
    '"Speaker on topic: claim", unquoted',
    [['headline', 'Fire chief on warehouse blaze: We were lucky nobody died'], BODY],
    [['Fire chief', 'We were lucky nobody died']],
  ],
  [
    '"Speaker on topic: \'quote\'": the speaker is before "on", not the topic\'s last name',
    [['headline', "Coach on loss to Tigers: 'We simply ran out of legs'"], BODY],
    [['Coach', 'We simply ran out of legs']],
  ],
  [
    '"about" joins speaker and topic too, in a standfirst',
    [['standfirst', 'Senator Dana Holt about the vote: ‘It was never close’'], BODY],
    [['Dana Holt', 'It was never close']],
  ],
  [
    'a named person and kin without a possessive: the named person speaks',
    [['headline', "Crisis: Anna Weller and husband Tom 'insisting she stays in office'"], BODY],
    [['Anna Weller', 'she stays in office']],
  ],
  [
    'two named people joined by "both ... and" stay two speakers',
    [['paragraph', 'Both Anna Weller and Tom Reyes said the palace was empty.']],
    [
      ['Anna Weller', 'the palace was empty.'],
      ['Tom Reyes', 'the palace was empty.'],
    ],
  ],
  [
    'two named people joined by a plain "and" make one joint claim',
    [['paragraph', 'Anna Weller and Tom Reyes said the palace was empty.']],
    [['Anna Weller and Tom Reyes', 'the palace was empty.']],
  ],
  [
    'a title-case claim with a verb form after a speaking source',
    [['headline', 'County Officials: Second Death Linked To Tainted Water Confirmed'], BODY],
    [['County Officials', 'Second Death Linked To Tainted Water Confirmed']],
  ],
  [
    'two sources joined by "and", a hyphenated word in title case',
    [['headline', 'Chile and Peru: Rebel-held Towns Blocking Aid Convoys'], BODY],
    [['Chile and Peru', 'Rebel-held Towns Blocking Aid Convoys']],
  ],
  [
    'the source after a closing colon: a document word',
    [['headline', "Singer 'furious' with label over royalties: report"], BODY],
    [['report', "Singer 'furious' with label over royalties"]],
  ],
  [
    'the source after a closing colon: a short name',
    [['headline', 'Mayor cuts the harbour budget by a third: Reuters'], BODY],
    [['Reuters', 'Mayor cuts the harbour budget by a third']],
  ],
  [
    'a document opening the headline before its colon',
    [['headline', 'Survey: Ferry fares have doubled since 2010'], BODY],
    [['Survey', 'Ferry fares have doubled since 2010']],
  ],
  [
    'the source after a closing colon: a document word, closing a verb-led claim',
    [['headline', 'Ferry fares rise for the third year running, study finds'], BODY],
    [['study', 'Ferry fares rise for the third year running']],
  ],
  [
    'the source after a closing colon: an acronym',
    [['headline', 'Flood damage far worse than first feared: WMO'], BODY],
    [['WMO', 'Flood damage far worse than first feared']],
  ],
  [
    'a title-case claim before a closing document word',
    [['headline', 'Older Drivers With Poor Eyesight Cause More Crashes: Study'], BODY],
    [['Study', 'Older Drivers With Poor Eyesight Cause More Crashes']],
  ],
  [
    'the source after a closing colon: a role word',
    [['headline', 'Ferry line cut its timetable to save fuel: minister'], BODY],
    [['minister', 'Ferry line cut its timetable to save fuel']],
  ],
];

const NEGATIVE: Row[] = [
  [
    'a source and a colon before a question',
    [['headline', 'Bridgeport: Even if the council cuts taxes, will the budget hold?'], BODY],
    [],
  ],
  [
    'a verdict that names a person and no charge',
    [['headline', 'Regional court convicts opposition blogger Ivan Petrov'], BODY],
    [],
  ],
  ['a section label', [['headline', 'Analysis: Markets brace for a long winter'], BODY], []],
  [
    'a label in the full-stop form',
    [['headline', 'Update. Roads reopen after the storm'], BODY],
    [],
  ],
  [
    'a title cut from its name by the full stop',
    [['headline', 'Gen. Marsh takes command of the northern fleet'], BODY],
    [],
  ],
  [
    'a title-case subtitle is no claim',
    [['headline', 'Paris: City of Light and Endless Cafés'], BODY],
    [],
  ],
  [
    "a title-case claim after a label at the source's head",
    [['headline', 'Market Watch: Shares Slide as Banks Report Losses'], BODY],
    [],
  ],
  [
    'a title-case subtitle before a closing acronym',
    [['headline', 'The Rivers and Lakes of Northern Europe: BBC'], BODY],
    [],
  ],
  [
    'a label after a closing colon',
    [['headline', 'Ten things the budget changes for renters: explainer'], BODY],
    [],
  ],
  [
    'a feature title after a place and a colon',
    [['headline', 'Oslo: Why the ferries still run on time'], BODY],
    [],
  ],
  [
    "an advice column's salutation",
    [['headline', 'Dear Abby: Neighbour parks his van across my drive every night'], BODY],
    [],
  ],
  [
    'a label before the colon, though the piece reviews a report',
    [['headline', 'Review: The harbour plan reads like a wish list'], BODY],
    [],
  ],
  [
    'a role word after a closing colon with no claim before it',
    [['headline', 'Ten Questions for the New Harbour: minister'], BODY],
    [],
  ],
  [
    'a closing source after a title-case phrase with no claim',
    [['headline', 'City of Light and Endless Cafés: Reuters'], BODY],
    [],
  ],
  [
    'a title-case question claims nothing',
    [['headline', 'Fact Check: Is The Bridge Really Closing For Good?'], BODY],
    [],
  ],
  [
    'a label before "on"',
    [['headline', 'Thoughts on grief: what the first year taught me'], BODY],
    [],
  ],
  [
    "an editorial view is the outlet's own",
    [['headline', 'The Herald view on housing: a crisis of our own making'], BODY],
    [],
  ],
  [
    'a document head before "on"',
    [['headline', 'Report on river pollution: fish stocks fall by half'], BODY],
    [],
  ],
  [
    'a clause before "on" is no speaker phrase',
    [['headline', 'Man who fled on foot: police release new images of suspect'], BODY],
    [],
  ],
  [
    "the outlet's own statement with no colon",
    [['headline', 'Jon Berg heating up, scores twice as Hawks beat Owls 4-1'], BODY],
    [],
  ],
  [
    'a body paragraph is not a headline',
    [['paragraph', 'Peru: Landslide buries mountain village, dozens missing.']],
    [],
  ],
];

describe('headline sourcing', () => {
  it.each(POSITIVE)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
  it.each(NEGATIVE)('no record: %s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

/** Summary lines that join two events: a verb with no claim does not take the next clause. */
const SUMMARY_ROWS: Row[] = [
  [
    'an intransitive verb and the next clause',
    [['standfirst', 'The driver confessed and the court took an hour to fine him £500']],
    [],
  ],
  [
    'a verb with its claim before the joined clause keeps it',
    [['standfirst', 'The driver admitted that he was speeding on the bridge']],
    [['driver', 'he was speeding on the bridge']],
  ],
];

describe('summary lines', () => {
  it.each(SUMMARY_ROWS)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { classified, type ClassifiedRow as Row } from '../testing/classified';

/** Findings and projections: evidence subjects by tags, noun-phrase claims, verdicts, "see". */
const POSITIVE: Row[] = [
  [
    '"turned up" evidence, whoever turns it up',
    ['Police have turned up evidence of farmers storing grain in clay pots.'],
    [['Police', 'evidence of farmers storing grain in clay pots.', 'finding']],
  ],
  [
    'researchers find no difference',
    ['In a trial on two farms, agronomists found no difference in the yield of the plots.'],
    [['agronomists', 'no difference in the yield of the plots.', 'finding']],
  ],
  [
    'an object graded by an adverb before its adjective',
    ['The review found a nearly doubled risk of falls among older drivers.'],
    [['review', 'a nearly doubled risk of falls among older drivers.', 'finding']],
  ],
  [
    'found X to be Y: a judgement of the object, whoever finds it',
    ['The old probe found helium to be the third most common gas in the cloud.'],
    [['old probe', 'helium to be the third most common gas in the cloud.', 'finding']],
  ],
  [
    'a reported object whose noun takes an infinitive',
    ['The paper, which first reported the decision to close the plant, has a new editor.'],
    [['paper', 'the decision to close the plant', 'speech']],
  ],
  [
    'a plural object after a past verb is read as a noun',
    ['The trade paper reported details of the merger talks.'],
    [['trade paper', 'details of the merger talks.', 'speech']],
  ],
  [
    'a finding in a clause opened by "after"',
    ['After scans showed that the fracture had healed, the striker returned to training.'],
    [['scans', 'the fracture had healed', 'finding']],
  ],
  [
    'a subject no source list knows, found by its tags',
    ['A decade of work on rivers shows that floods are getting worse.'],
    [['A decade of work on rivers', 'floods are getting worse.', 'finding']],
  ],
  [
    'names joined by "and" own a body of work',
    ['Lee and Park’s work suggested that the cells act as sentinels.'],
    [['Lee and Park’s work', 'the cells act as sentinels.', 'finding']],
  ],
  [
    'a demonstrative subject of a finding',
    ['Those figures suggest that the economy is slowing.'],
    [['Those figures', 'the economy is slowing.', 'finding']],
  ],
  [
    'a participle before the subject and a post-modifier after it',
    ['Existing research into sleep shows it protects memory.'],
    [['Existing research into sleep', 'it protects memory.', 'finding']],
  ],
  [
    'what footage shows is a noun phrase',
    ['The footage shows officers running up the stairs and breaking down the door.'],
    [['footage', 'officers running up the stairs and breaking down the door.', 'finding']],
  ],
  [
    'a relative aside between the subject and its verb',
    [
      'A survey of wells drilled in the valley, which ended in May, suggests the aquifer is shrinking.',
    ],
    [['A survey of wells drilled in the valley', 'the aquifer is shrinking.', 'finding']],
  ],
  [
    'a relative aside after a body of work',
    ['A decade of work on rivers, which began in 1990, shows that floods are getting worse.'],
    [['A decade of work on rivers', 'floods are getting worse.', 'finding']],
  ],
  [
    'what a poll shows',
    ['A new Gallup poll shows broad support for the reform.'],
    [['Gallup poll', 'broad support for the reform.', 'finding']],
  ],
  [
    'samples show an amount',
    ['Blood samples showed 30% more iron in the treated patients.'],
    [['Blood samples', '30% more iron in the treated patients.', 'finding']],
  ],
  [
    'evidence found by people is a finding',
    ['Researchers found evidence of water on the moon.'],
    [['Researchers', 'evidence of water on the moon.', 'finding']],
  ],
  [
    'a discourse word before the subject',
    ['Then, a 2019 analysis of the records found evidence of fraud.'],
    [['a 2019 analysis of the records', 'evidence of fraud.', 'finding']],
  ],
  [
    'a verdict: found him guilty',
    ['The jury found him guilty of fraud.'],
    [['jury', 'him guilty of fraud.', 'finding']],
  ],
  [
    'a conviction',
    ['A jury convicted two men of arson on Friday.'],
    [['A jury', 'two men of arson on Friday.', 'finding']],
  ],
  [
    'what images reveal is a finding, whatever the object',
    ['The new scans reveal the glacier thinning at its edges.'],
    [['new scans', 'the glacier thinning at its edges.', 'finding']],
  ],
  [
    'a document identifies a finding',
    ['The audit identifies two serious flaws in the billing system.'],
    [['audit', 'two serious flaws in the billing system.', 'finding']],
  ],
  [
    'a verdict with its charge after a long object',
    ['A jury convicted the former mayor of the northern town on three counts of fraud.'],
    [['A jury', 'the former mayor of the northern town on three counts of fraud.', 'finding']],
  ],
  [
    'an order with its clause',
    ['The tribunal ordered that the fishing permits be restored.'],
    [['tribunal', 'the fishing permits be restored.', 'speech']],
  ],
  [
    'a ruling',
    ['The court ruled that the law was unconstitutional.'],
    [['court', 'the law was unconstitutional.', 'finding']],
  ],
  [
    'a forecast spelled like its base form, with a noun-phrase claim',
    ['The Federal Reserve forecast three rate increases next year.'],
    [['Federal Reserve', 'three rate increases next year.', 'projection']],
  ],
  [
    'an expectation with an object and an infinitive',
    ['The ministry expects exporters to raise prices by June.'],
    [['ministry', 'exporters to raise prices by June.', 'projection']],
  ],
  [
    'a noun-phrase expectation ends before the author’s comparison',
    ['Economists expected a sharp slowdown, much as the bank had warned.'],
    [['Economists', 'a sharp slowdown', 'projection']],
  ],
  [
    'British spelling of "signalled"',
    ['The central bank signalled that rates would stay on hold.'],
    [['central bank', 'rates would stay on hold.', 'projection']],
  ],
  [
    'an institution "sees" a figure',
    ['The central bank sees inflation at 2% next year.'],
    [['central bank', 'inflation at 2% next year.', 'projection']],
  ],
  [
    'an institution "saw" a trend',
    ['The IMF saw growth slowing in Asia.'],
    [['IMF', 'growth slowing in Asia.', 'projection']],
  ],
  [
    '"saw X as Y" is a belief',
    ['Critics saw the visit as an attempt to intimidate voters.'],
    [['Critics', 'the visit as an attempt to intimidate voters.', 'belief']],
  ],
  [
    '"what many saw as" in a relative clause',
    ['The party was punished for what many voters saw as a betrayal of its base.'],
    [['many voters', 'a betrayal of its base.', 'belief']],
  ],
  [
    'a finding as a possessed noun before a colon',
    [
      'The audit was published on Monday.',
      'Among its main findings: the agency lost track of 300 laptops.',
    ],
    [['audit', 'the agency lost track of 300 laptops.', 'finding']],
  ],
  [
    '"according to" a survey is a finding',
    ['According to the survey, most tenants pay more than a third of their income in rent.'],
    [['survey', 'most tenants pay more than a third of their income in rent.', 'finding']],
  ],
  [
    '"according to" projections is a projection',
    ['According to government projections, the population will shrink by 2050.'],
    [['government projections', 'the population will shrink by 2050.', 'projection']],
  ],
  [
    'tests corroborate',
    ['The tests corroborated the account of the witness.'],
    [['tests', 'the account of the witness.', 'finding']],
  ],
  [
    'eyewitness accounts give testimony',
    ['According to eyewitness accounts gathered by the group, soldiers fired into the crowd.'],
    [['eyewitness accounts', 'soldiers fired into the crowd.', 'testimony']],
  ],
  [
    'a quantity of analysts is no body of evidence',
    ['A number of analysts say the merger will collapse.'],
    [['A number of analysts', 'the merger will collapse.', 'speech']],
  ],
  [
    'an institution reports a case',
    [
      'Health authorities reported a second case of measles on Sunday after a school outbreak was confirmed.',
    ],
    [['Health authorities', 'a second case of measles on Sunday', 'speech']],
  ],
];

/** Testimony: courts as addressees and settings, accounts of how, describing. */
const TESTIMONY: Row[] = [
  [
    '"told the jury"',
    ['Smith told the jury that she had been threatened.'],
    [['Smith', 'she had been threatened.', 'testimony']],
  ],
  [
    '"told the federal jury" without "that"',
    ['Smith told the federal jury he was at home that night.'],
    [['Smith', 'he was at home that night.', 'testimony']],
  ],
  [
    '"said at her trial"',
    ['Smith said at her trial that she acted alone.'],
    [['Smith', 'she acted alone.', 'testimony']],
  ],
  [
    '"testified under oath"',
    ['Smith testified under oath that he never met the buyer.'],
    [['Smith', 'he never met the buyer.', 'testimony']],
  ],
  [
    '"recounted how"',
    ['Smith recounted how the fire spread through the house.'],
    [['Smith', 'how the fire spread through the house.', 'testimony']],
  ],
  [
    'describing X as Y ends before the next act',
    [
      'The victim’s mother testified, describing her son as brave and kind before describing for the jury the attack.',
    ],
    [['victim’s mother', 'her son as brave and kind', 'testimony']],
  ],
  [
    'a confession ends before the author’s next clause',
    ['Webb confessed to the theft and the jury took an hour to convict him.'],
    [['Webb', 'to the theft', 'testimony']],
  ],
  [
    'what a court is said to do is speech, not testimony',
    ['Smith said the court would rule soon.'],
    [['Smith', 'the court would rule soon.', 'speech']],
  ],
  [
    'what a statement says is speech, not a finding',
    ['The statement said sales fell in every region.'],
    [['statement', 'sales fell in every region.', 'speech']],
  ],
  [
    'a clause claim keeps its own "before"',
    ['Officials said the firm checked the data before releasing it.'],
    [['Officials', 'the firm checked the data before releasing it.', 'speech']],
  ],
];

/** Acts and perceptions that report nothing. */
const NEGATIVE: Array<[name: string, input: string[]]> = [
  ['a person "turns up" late', ['The mayor turned up late to the opening of the bridge.']],
  ['"turned up" a dial', ['She turned up the volume on the old radio.']],
  [
    'after "what" the verb has no object of its own',
    ['They want to know what the scans of the moon turn up this time.'],
  ],
  ['a company reveals a thing', ['The carmaker revealed its new electric van on Monday.']],
  ['a person finding a thing', ['Police found the car in a parking lot.']],
  ['reporting a thing to an addressee', ['The clinic reported two cases to the health board.']],
  ['a thing found after a preposition', ['After hours searched the car, they left.']],
  ['found dead', ['The man was found dead in his home.']],
  ['showed up', ['She showed up late to the meeting.']],
  ['people showing signs of illness', ['The other passengers showed no signs of the illness.']],
  ['the author’s "saw a rise"', ['Sales saw a rise in March.']],
  ['a witness’s perception', ['Witnesses saw the car speeding away.']],
  ['a region "saw" a trend', ['The region saw temperatures falling fast.']],
  ['"saw him as he left": a time', ['Smith saw him as he left the building.']],
  ['announcing a plan is an act', ['The mayor will announce a new housing strategy on Friday.']],
  ['a reflexive object', ['Smith found himself alone in the city.']],
  ['a pronoun judged to be so', ['She found him to be charming.']],
  ['found time to do something', ['The band found time to rehearse.']],
  ['a pronoun object of a person', ['Smith showed them the door.']],
  ['reporting a crime to police', ['Smith reported the theft to police.']],
  [
    'a verdict with no charge names only a person',
    ['A jury convicted the former mayor on Friday.'],
  ],
  ['a participle of a verdict verb', ['Smith, convicted of fraud in 2010, spoke to reporters.']],
  ['a person identifying a body is no finding', ['Smith identified the body on Monday.']],
  ['an order of goods is an act', ['Smith ordered two coffees and a sandwich.']],
  ['an order with an object and an infinitive', ['The captain ordered the crew to stay below.']],
  ['a pro-form claim', ['Smith admitted as much by agreeing to the terms.']],
  ['a person corroborating is no finding by itself', ['Smith corroborated the account.']],
  [
    'an aside closing on no relative keeps the phrase before it',
    ['The farmers, tired and angry, suggest the canal is drying up.'],
  ],
  ['a reflexive after a bare-clause verb', ['Smith found herself surrounded by reporters.']],
  ['a bare verb form after "one" is a noun', ['One project or the other would fail.']],
  ['describing a pronoun topic', ['Smith described it during a talk in Boston.']],
  [
    'describing a topic to an audience',
    ['Smith paused before describing for the jury the details of the fight.'],
  ],
  [
    'a noun after "and" inside a subject is not the subject',
    ['Work with monkeys and humans shows that decisions come at a threshold.'],
  ],
];

describe('findings and projections', () => {
  it.each(POSITIVE)('%s', (_name, input, expected) => {
    expect(classified(input)).toEqual(expected);
  });
});

describe('testimony', () => {
  it.each(TESTIMONY)('%s', (_name, input, expected) => {
    expect(classified(input)).toEqual(expected);
  });
});

describe('no record', () => {
  it.each(NEGATIVE)('%s', (_name, input) => {
    expect(classified(input)).toEqual([]);
  });
});

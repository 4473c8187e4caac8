import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/**
 * Appositives with a place inside ("a scientist at the lab in Austin, Texas, said") and a name
 * described by a phrase with a relative clause ("The group that owns X, Acme, says").
 */
const ROWS: Row[] = [
  [
    'a name before a role, after a place that ends the claim',
    'The ferry will stop in Dover, Ada Quist, head of the port board, said on Monday.',
    [['Ada Quist', 'The ferry will stop in Dover']],
  ],
  [
    'a state after the place stays in the appositive before a role',
    'Ben Orr, a pilot in Austin, Texas, said the runway was closed.',
    [['Ben Orr', 'the runway was closed.']],
  ],
  [
    'two names renaming a plural noun speak',
    'Two guards, Ann Roe and Ben Poe, told reporters that the gate was open.',
    [['Ann Roe and Ben Poe', 'the gate was open.']],
  ],
  [
    'one name renaming a plural noun is a lone name',
    'Two guards, Ann Roe, said the gate was open.',
    [['Ann Roe', 'the gate was open.']],
  ],
  [
    'not a list: places after a name end the phrase it opens',
    'Workers at Acme, Leeds and Dover, said the gate was open.',
    [['Workers at Acme', 'the gate was open.']],
  ],
  [
    'a city and its state inside the appositive',
    '“The ice is thinner than we thought,” lead author Mara Holt, a glaciologist at the survey office in Boulder, Colorado, said in a statement.',
    [['Mara Holt', 'The ice is thinner than we thought,']],
  ],
  [
    'a second place joined by "and"',
    '“The ice is thinner than we thought,” lead author Mara Holt, a glaciologist at the survey office in Boulder, Colorado, and the state college in Denver, Colo., said on Monday.',
    [['Mara Holt', 'The ice is thinner than we thought,']],
  ],
  [
    'a country after an institution, no locative',
    'Prof Mara Holt, of the University of Auckland, New Zealand, said the ice was thinner.',
    [['Mara Holt', 'the ice was thinner.']],
  ],
  [
    'a one-word country after an institution joined by "from"',
    'Dr Ada Quist from the University of Leeds, England, said the plant would close.',
    [['Ada Quist', 'the plant would close.']],
  ],
  [
    'an object before the renamed name ends the claim, not the name describing it',
    'Guards stopped the van at the gate, Ada Quist, a port official, said.',
    [['Ada Quist', 'Guards stopped the van at the gate']],
  ],
  [
    'a quotation before a speaker located in a city and its country',
    '“The ice is thin,” Ada Quist of the survey office in Bergen, Norway, said to reporters.',
    [['Ada Quist', 'The ice is thin,']],
  ],
  [
    'not a speaker: a place phrase after a quotation with no verb of saying',
    '“The ice is thin,” the crew at the survey office in Bergen, Norway, found out too late.',
    [],
  ],
  [
    'a phrase after a comma still describes the name',
    'The gate will reopen, her brother, Tom, said.',
    [['Tom', 'The gate will reopen']],
  ],
  [
    'not a place: a first name after a role noun',
    'Her mother, Georgia, said the plant would close.',
    [['Georgia', 'the plant would close.']],
  ],
  [
    'a quantifier appositive describing a group',
    'Many farmers, both young and old, told her they would sell the land.',
    [['Many farmers', 'they would sell the land.']],
  ],
  [
    'a list appositive with "including"',
    'Local officials, including the mayor, say the bridge will reopen in May.',
    [['Local officials', 'the bridge will reopen in May.']],
  ],
  [
    'not a place: a name after an organisation',
    'A spokesman for Norvale, Jane Roe, said the plant would close.',
    [['Jane Roe', 'the plant would close.']],
  ],
  [
    'a title and a company after a name are its appositive',
    'Rob Lane, President Norvale Europe, says the plant will close.',
    [['Rob Lane', 'the plant will close.']],
  ],
  [
    'kept: a titled name after a role phrase renames it',
    'The chairman of the Harbour Board, Dr. Ada Quist, said the plant would close.',
    [['Ada Quist', 'the plant would close.']],
  ],
  [
    'not a place: a name after a month',
    'In a letter sent in May, Ada Quist, the head of the growers’ union, said prices had collapsed.',
    [['Ada Quist', 'prices had collapsed.']],
  ],
  [
    'a noun phrase with a relative clause describes the name after it',
    'The label that owns her early albums, Crestline, says she may sing them on Sunday.',
    [['Crestline', 'she may sing them on Sunday.']],
  ],
  [
    'not a clause of its own before the name: the claim stays before the verb',
    'The plan that failed was the mayor’s, Ivo Marsh said.',
    [['Ivo Marsh', 'The plan that failed was the mayor’s']],
  ],
  [
    'an affiliation opened by "of" between commas',
    '“The samples were clean,” lead author Dr. Pia Lund, of the Vermont Water Board, said in a release.',
    [['Pia Lund', 'The samples were clean,']],
  ],
  [
    'an "of" phrase with no comma before it stays in the name',
    '“The samples were clean,” the Bank of Vermont said.',
    [['Bank of Vermont', 'The samples were clean,']],
  ],
  [
    'a role word after a lower-case modifier, no determiner',
    'Ada Quist, lead author on one of the papers, said the reef was recovering.',
    [['Ada Quist', 'the reef was recovering.']],
  ],
  [
    'a bare role phrase with no modifier',
    'Ivo Marsh, veep for retail sales, said that the chain would stay open.',
    [['Ivo Marsh', 'the chain would stay open.']],
  ],
  [
    'a speaker at an institution in a city, then an appositive',
    'Dr Ada Quist at the marine institute in Hobart, lead author on the paper, said the reef was recovering.',
    [['Ada Quist', 'the reef was recovering.']],
  ],
  [
    'a long relative clause opened by "who\'s"',
    "Marsh, who's voted against every one of the board's decisions this year to hold the rate at which the banks lend to one another between one and two percent, said the economy was slowing.",
    [['Marsh', 'the economy was slowing.']],
  ],
  [
    'kept: a capitalised title before a role word renames the phrase before it',
    'Her lawyer, Veteran Attorney Ivo Marsh, said the case was weak.',
    [['Ivo Marsh', 'the case was weak.']],
  ],
  [
    "a body after a person's role is where the role is held",
    'Dr Ada Quist, head of field studies, Norvale Research Institute, said the reef was recovering.',
    [['Ada Quist', 'the reef was recovering.']],
  ],
  [
    'kept: a name after a role phrase with no person before it renames it',
    'The head of field studies at the trust, Ada Quist, said the reef was recovering.',
    [['Ada Quist', 'the reef was recovering.']],
  ],
  [
    "kept: a personal name after a person's role is a second person",
    'Her lawyer, a partner at the firm, Ivo Marsh, said the case was weak.',
    [['Ivo Marsh', 'the case was weak.']],
  ],
  [
    "a work's title in quotation marks inside an appositive, its closing comma quoted",
    'Ada Quist, a professor at the college and author of the book "Reefs in Peril," said the reef was recovering.',
    [['Ada Quist', 'the reef was recovering.']],
  ],
  [
    "a work's title in quotation marks inside an appositive, its comma after the marks",
    'Ada Quist, author of "Reefs in Peril", said the reef was recovering.',
    [['Ada Quist', 'the reef was recovering.']],
  ],
  [
    'kept: quoted words that are no title are no appositive',
    '"We lost the game, the coach and the season," said Ivo Marsh.',
    [['Ivo Marsh', 'We lost the game, the coach and the season,']],
  ],
  [
    'kept: a long "which" clause after an object does not make it the speaker',
    'The police beat the protesters, which had blocked the roads into the capital for most of the past three weeks in anger at the sharp rise in the price of fuel, said Amnesty International.',
    [
      [
        'Amnesty International',
        'The police beat the protesters, which had blocked the roads into the capital for most of the past three weeks in anger at the sharp rise in the price of fuel',
      ],
    ],
  ],
  [
    'an adverb of focus before the describing phrase',
    'Tom Baker, also the former head of the port authority (PA), said the berths were full.',
    [['Tom Baker', 'the berths were full.']],
  ],
  [
    'an adverb of time before the describing phrase',
    'Ruth Ames, formerly an aide to the governor, said the vote was close.',
    [['Ruth Ames', 'the vote was close.']],
  ],
  [
    'an adverb opening a clause between commas leaves the subject after it',
    'Rain fell all night, then the river rose, the ranger said.',
    [['ranger', 'Rain fell all night, then the river rose']],
  ],
  [
    '"another" opens a describing phrase whatever its modifiers are tagged',
    'Ruth Ames, another early convert, believes she was cheated by the same dealer.',
    [['Ruth Ames', 'she was cheated by the same dealer.']],
  ],
  [
    'not a describing phrase: "another" opening a clause between commas',
    'The first bridge fell, another stood, the ranger said.',
    [['ranger', 'The first bridge fell, another stood']],
  ],
  [
    'an age between the name and its describing phrase',
    'Lena Marsh, 41, the owner of a bakery near where the fire began, said she heard a blast.',
    [['Lena Marsh', 'she heard a blast.']],
  ],
  [
    'an age between the name and its relative clause',
    'Omar Pell, 29, who drives a tow truck for a garage next door, said he saw the smoke.',
    [['Omar Pell', 'he saw the smoke.']],
  ],
  [
    'not an age: numbers in a list stay in the claim',
    'The rooms held 12, 14, and 16 people, the manager said.',
    [['manager', 'The rooms held 12, 14, and 16 people']],
  ],
];

describe('appositives with places', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

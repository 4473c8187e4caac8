import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';
import type { BlockKind } from '../types';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** Where an unquoted claim ends and the author resumes (failure class 5 of issue 11). */
const ROWS: Row[] = [
  [
    'a spaced dash starts the author’s aside',
    'The mayor said the bridge was safe — a sign of how little has changed.',
    [['mayor', 'the bridge was safe']],
  ],
  [
    'an unspaced em dash starts the author’s aside too',
    'The mayor said the bridge was safe for trucks—although no engineer has signed off on it.',
    [['mayor', 'the bridge was safe for trucks']],
  ],
  [
    'an unspaced en dash between numbers stays inside the claim',
    'The mayor said the bridge carried 2,000–3,000 trucks a day before the repairs began.',
    [['mayor', 'the bridge carried 2,000–3,000 trucks a day before the repairs began.']],
  ],
  [
    'a concession after a complete claim is the author’s',
    'The agency said the water was safe to drink, though residents still buy it bottled.',
    [['agency', 'the water was safe to drink']],
  ],
  [
    'a reason clause opened by "since" is the author’s',
    'Analysts expected the chipmaker to raise prices, since rivals have already done so.',
    [['Analysts', 'the chipmaker to raise prices']],
  ],
  [
    '"since" before a date is a time inside the claim',
    'The agency said the water has been safe to drink, since 2019 at least, in every district.',
    [['agency', 'the water has been safe to drink, since 2019 at least, in every district.']],
  ],
  [
    'a reason opened by "given" is the author’s',
    'Most residents feel the toll is unfair, given their long commute to the city.',
    [['Most residents', 'the toll is unfair']],
  ],
  [
    '"especially given that" after a quote closing on a comma',
    'The singer worried about covering a song like “Harbour Lights,” especially given that she had never sung jazz.',
    [['singer', 'about covering a song like “Harbour Lights,”']],
  ],
  [
    '"given" as a participle of the claim’s noun stays',
    'The nurse said small doses of formula, given for a short time, may ease the stress.',
    [['nurse', 'small doses of formula, given for a short time, may ease the stress.']],
  ],
  [
    'a closing "though" with no clause stays',
    'The agency said nothing had been decided yet, though.',
    [['agency', 'nothing had been decided yet, though.']],
  ],
  [
    'a dash that closes again is an aside inside the claim',
    'The mayor said the bridge — built in 1920 — was still safe for trucks.',
    [['mayor', 'the bridge — built in 1920 — was still safe for trucks.']],
  ],
  [
    'a semicolon ends the reported clause',
    'The coach said the team was tired; the schedule had been brutal all month.',
    [['coach', 'the team was tired']],
  ],
  [
    'a bracket starts the author’s note',
    'Ms. Reyes said the tests came back clean (the lab has since been closed).',
    [['Reyes', 'the tests came back clean']],
  ],
  [
    '", but" with a new subject after a complete clause',
    'The minister said the talks would resume in May, but the rebels have refused to attend.',
    [['minister', 'the talks would resume in May']],
  ],
  [
    '", but" with a pronoun subject and an irregular past',
    'The minister said the ship would arrive next year, but he gave no date for the handover.',
    [['minister', 'the ship would arrive next year']],
  ],
  [
    '", but" after a quote that closes on its comma',
    'The minister said the deal would be signed in “the old capital,” but the rebels have not agreed.',
    [['minister', 'the deal would be signed in “the old capital,”']],
  ],
  [
    'not a noun with a participle after ", but"',
    'The minister said the farms were safe, but seeds bought abroad carried the blight.',
    [['minister', 'the farms were safe, but seeds bought abroad carried the blight.']],
  ],
  [
    '", but" with a noun subject and a plural present',
    'The regulator said the dyes were not harmful, but several health agencies remain worried.',
    [['regulator', 'the dyes were not harmful']],
  ],
  [
    'not a possessive subject with a participle after ", but"',
    'The coach said Ruiz has trained all week, but the club’s leading scorer has not been cleared.',
    [['coach', 'Ruiz has trained all week, but the club’s leading scorer has not been cleared.']],
  ],
  [
    '", but" and a backshifted clause of the speaker stays',
    'Maria Lopez said prices would rise, but they would fall later.',
    [['Maria Lopez', 'prices would rise, but they would fall later.']],
  ],
  [
    '"but" and a refusal to say more, with no comma',
    'Officials said the lab made vaccines but would give no details about its funding.',
    [['Officials', 'the lab made vaccines']],
  ],
  [
    '"but did not give" after a quote closing on its comma',
    'The chief said the firm would launch a plan called “Edge,” but did not give any details.',
    [['chief', 'the firm would launch a plan called “Edge,”']],
  ],
  [
    'not "but" and a backshifted verb of the claim',
    'Maria Lopez said the talks had stalled but would resume next week.',
    [['Maria Lopez', 'the talks had stalled but would resume next week.']],
  ],
  [
    'not ", but" inside a list of names before the verb of the claim',
    'The minister said Ortega, but also Ruiz and Diaz, would attend the talks.',
    [['minister', 'Ortega, but also Ruiz and Diaz, would attend the talks.']],
  ],
  [
    '"but" and another verb of the speaker’s own',
    'The critic called the film “stunning,” but seemed tired of the praise.',
    [['critic', 'the film “stunning,”']],
  ],
  [
    'a phrase and a clause of its own before ", X said," are the claim',
    'During the flood it rose to four metres, the mayor said, and that was a record.',
    [['mayor', 'During the flood it rose to four metres']],
  ],
  [
    'a pronoun clause after the phrase: the claim is before the verb',
    'Over the summer it doubled in size, the mayor said.',
    [['mayor', 'Over the summer it doubled in size']],
  ],
  [
    'not a phrase alone before the speaker: the claim follows',
    'In a letter sent on Friday, the mayor said the river was safe.',
    [['mayor', 'the river was safe.']],
  ],
  [
    'a colon stays inside the claim',
    'The study found the opposite was true: early exposure prevented the allergy.',
    [['study', 'the opposite was true: early exposure prevented the allergy.']],
  ],
  [
    'a contrast after a dashed aside is the author’s',
    'The mayor said the bridge was safe for trucks — at least for now — but engineers have not inspected it.',
    [['mayor', 'the bridge was safe for trucks']],
  ],
  [
    'a concession after a dashed aside is the author’s',
    'The mayor said the bridge was safe — for now — even though engineers have not inspected it.',
    [['mayor', 'the bridge was safe']],
  ],
  [
    'a dashed aside with the claim’s verb after it stays',
    'The mayor said the old bridge — a landmark since 1920 — would stay open all winter.',
    [['mayor', 'the old bridge — a landmark since 1920 — would stay open all winter.']],
  ],
  [
    '", but it is" weighs the claim from outside',
    'Fans said the stadium was comfortable, but it is hard to reach by train.',
    [['Fans', 'the stadium was comfortable']],
  ],
  [
    '", but it would" goes on with the speaker’s forecast',
    'Fans said the stadium was comfortable, but it would need more trains on match days.',
    [['Fans', 'the stadium was comfortable, but it would need more trains on match days.']],
  ],
];

describe('clause end', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

type BlockRow = [name: string, input: Array<[BlockKind, string]>, expected: string[]];

/** A summary line joins two sources' claims with "while"; body prose may keep "while" in one. */
const WHILE_ROWS: BlockRow[] = [
  [
    'a standfirst: "while" and a second subject end the first claim',
    [['standfirst', 'The army says two soldiers died while the rebels claim the aircraft fell.']],
    ['two soldiers died'],
  ],
  [
    'a standfirst: "while" before a participle stays in the claim',
    [['standfirst', 'The army says two soldiers died while guarding the depot at night.']],
    ['two soldiers died while guarding the depot at night.'],
  ],
  [
    'a body paragraph keeps its "while" clause',
    [['paragraph', 'The army said two soldiers died while the convoy waited at the bridge.']],
    ['two soldiers died while the convoy waited at the bridge.'],
  ],
];

describe('summary lines joined by "while"', () => {
  it.each(WHILE_ROWS)('%s', (_name, input, expected) => {
    const army = simplify(input).filter((r) => r.speaker === 'army');
    expect(army.map((r) => r.content)).toEqual(expected);
  });
});

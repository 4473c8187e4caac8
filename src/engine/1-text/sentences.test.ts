import { describe, expect, it } from 'vitest';
import { datelineEnd, splitSentences } from './sentences';
import { findQuotes } from '../2-quotes/quotes';
import { tokenize } from './tokenize';

/** Datelines open a wire report's first paragraph and belong to no sentence's subject. */
const ROWS: Array<[text: string, rest: string | null]> = [
  ['OSLO (Reuters) - The council voted on Monday.', 'The council voted on Monday.'],
  ['PORT LOUIS — Officials said the storm had passed.', 'Officials said the storm had passed.'],
  ['ST. PAUL, Minn. (AP) — The governor said no.', 'The governor said no.'],
  ['LIMA -- The mine reopened.', 'The mine reopened.'],
  ['(Wire)Premier Yuri Vale left early.', 'Premier Yuri Vale left early.'],
  // Not datelines: an acronym subject, a headline in capitals, a bracket mid-sentence.
  ['NATO said the drills would go on.', null],
  ['WHO IS THE FAVOURITE?', null],
  ['A HIGH-powered team has been touring the region.', null],
  ['The union (Unite) said talks had failed.', null],
];

describe('datelineEnd', () => {
  it.each(ROWS)('%s', (text, rest) => {
    const tokens = tokenize(text);
    const end = datelineEnd(tokens);
    expect(end === 0 ? null : text.slice(tokens[end]?.start)).toEqual(rest);
  });
});

/** The sentences of one text, as strings. */
function sentencesOf(text: string): string[] {
  const tokens = tokenize(text);
  return splitSentences(tokens, findQuotes(text)).map((s) =>
    text.slice(tokens[s.from]?.start, tokens[s.to - 1]?.end),
  );
}

/** An abbreviation's period ends a sentence only where its class allows (`lexicon/abbreviations`). */
const SPLITS: Array<[text: string, count: number]> = [
  // Titles before a name, months before a day, initials, company and generational suffixes.
  ['The vote is on Nov. 6 and Ada Moss said so.', 1],
  ['Since Sept. 11 the town has changed.', 1],
  ['Gov. Lin Hale and Sen. Otto Brandt met Lt. Gen. Ray Cole.', 1],
  ['Sgt. Ivo Pell drove to Ft. Wayne and Mt. Hood.', 1],
  ['Dr. Nia Ruiz lives at No. 10 on the square.', 1],
  ['The coach was upset with holes Nos. 4 and 9 on the course.', 1],
  ['J.R. Tolman wrote that U.S. officials were wrong.', 1],
  ['Zeta Inc. and Oro Corp. and Lumo Co. and Vexa Ltd. agreed.', 1],
  ['Ben Okoro Jr. said the plan would work.', 1],
  ['Acme Inc. Chairman Al Bo said so.', 1],
  ['Nolo Mfg. (4411.TO) agreed to pay a fine.', 1],
  // A stock ticker's period, between digits and an exchange code, is no sentence end.
  ['Vexa Chem (0412.SE) agreed to plead guilty.', 1],
  ['Shares of Vexa (0412.SE) fell. The firm said nothing.', 2],
  // A real sentence end after such a word: the next word opens a sentence.
  ['She moved to the U.S. The move was hard.', 2],
  ['She moved to the US. It was hard.', 2],
  ['The plan will work, said Ben Okoro Jr. He then left.', 2],
  ['They left in Feb. Then they came back.', 2],
  ['He lives on Elm St. The house is old.', 2],
  ['The firm is Lumo Co. But it is small.', 2],
  ['The plant was sold to Nolo Mfg. The buyer said nothing.', 2],
  ['Sales rose 4.5 percent. Profit fell by 12.', 2],
  // A period inside a name written in capitals ("the ZX. ROAD RUNNER"), with two capitals after it.
  ['The ZX. ROAD RUNNER is a concept car, the maker said.', 1],
  ['The maker says the ZX. ROAD RUNNER could be built.', 1],
  // Not: one word in capitals after the period, or capitals only before it.
  ['The deal went to IBM. NASA said nothing.', 2],
  ['The deal went to IBM. Nasa Labs said nothing.', 2],
  ['He joined the ZX. ROAD crews later.', 2],
  // A title never ends one, even before a word that could open a sentence.
  ['He met Gen. The Duke of Avon.', 1],
  // A quoted question and its speaker, an appositive between the name and the verb.
  ['“Why sign it now?” Lu Wenbo, a former trade envoy, said on Monday.', 1],
  ['“Why sign it now?” Lu Wenbo said on Monday.', 1],
  // A title's or an initial's period inside the speaker's name, and a longer title before it.
  ['“Why sign it now?” Mr. Lu asked.', 1],
  ['“Why sign it now?” Ada F. Moss said.', 1],
  ['“Why sign it now?” Trade Minister Lu Wenbo said.', 1],
  // Not: a new sentence opening with a title and a name but no reporting verb.
  ['“Why sign it now?” Mr. Lu left the room.', 2],
  // Not: a new sentence after the question, with a comma but no reporting verb after it.
  ['“Why sign it now?” Then, she left the room.', 2],
  ['“Why sign it now?” Lu Wenbo, a former envoy, left the room.', 2],
  // A parenthesis closed right after a sentence's terminator ends that sentence with it.
  ['The show ran long. (Ada Moss admits there were two cuts.) It was the first of many.', 3],
  ['(Ada Moss says the film was late!) The crew was tired.', 2],
  // Not: a parenthesis closed inside a sentence, or a terminator inside one mid-sentence.
  ['The union (Unite) said talks had failed. Nobody else spoke.', 2],
  ['The firm (Vexa Co.) said talks had failed.', 1],
];

describe('splitSentences after abbreviations', () => {
  it.each(SPLITS)('%s', (text, count) => {
    expect(sentencesOf(text)).toHaveLength(count);
  });
});

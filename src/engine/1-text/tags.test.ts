import { describe, expect, it } from 'vitest';
import { buildBlockModel } from './model';

/** The tags of every word of one sentence, as "word/tag" pairs (punctuation left out). */
function tagged(text: string): string {
  const m = buildBlockModel(0, 'paragraph', text);
  return m.tokens
    .map((t, i) => (t.isWord ? `${t.text}/${m.tags[i]}` : ''))
    .filter(Boolean)
    .join(' ');
}

/** What the tagger must get right for the stages that read it: phrases and clause edges. */
describe('tagTokens', () => {
  it.each([
    [
      'a less common verb that takes an infinitive is still a verb ("strives")',
      'Rome strives to win.',
      'Rome/name strives/verb to/prep win/verb',
    ],
    [
      'a role noun between a noun and the name it titles',
      'Housing advocate Ann Roe spoke.',
      'Housing/name advocate/noun Ann/name Roe/name spoke/verb',
    ],
    [
      'determiner, adjective, noun, verb',
      'The political study shows a rise.',
      'The/det political/adj study/noun shows/verb a/det rise/noun',
    ],
    [
      'a verb form after a determiner is a noun',
      'The report said the warning came late.',
      'The/det report/noun said/verb the/det warning/noun came/verb late/noun',
    ],
    [
      'a capitalised modal before a past form is a surname',
      'Can said the vote was fair.',
      'Can/name said/verb the/det vote/noun was/aux fair/noun',
    ],
    [
      'a capitalised modal opening a question stays a modal',
      'Can the vote be fair?',
      'Can/aux the/det vote/noun be/aux fair/noun',
    ],
    [
      'a mid-sentence capital is a name',
      'Officials in Geneva said so.',
      'Officials/name in/prep Geneva/name said/verb so/sub',
    ],
    [
      '"that" after a noun and before a verb opens a relative clause',
      'Analysts that track the firm disagree.',
      'Analysts/name that/rel track/verb the/det firm/noun disagree/verb',
    ],
    [
      'a bare form alone after a colon at the end names a source',
      'The mayor resigned: report',
      'The/det mayor/noun resigned/verb report/noun',
    ],
    [
      'a bare form after a colon with an object stays a verb',
      'The mayor resigned: report the damage.',
      'The/det mayor/noun resigned/verb report/verb the/det damage/noun',
    ],
    [
      'a plural between a noun and a verb heads a compound noun',
      'The blood tests showed little.',
      'The/det blood/noun tests/noun showed/verb little/adj',
    ],
    [
      'kept: a name and its verb before an object',
      'Smith says the tests were bad.',
      'Smith/name says/verb the/det tests/noun were/aux bad/adj',
    ],
    [
      '"that" after a verb is a complementiser',
      'She said that prices rose.',
      'She/pron said/verb that/sub prices/noun rose/verb',
    ],
    [
      'auxiliaries and modals',
      'Prices could have risen.',
      'Prices/name could/aux have/aux risen/verb',
    ],
    [
      '-ly adverbs, but not -ly nouns',
      'The family quickly agreed.',
      'The/det family/noun quickly/adv agreed/verb',
    ],
    [
      'time words and numbers',
      'On Monday 12 people died.',
      'On/prep Monday/time 12/num people/noun died/verb',
    ],
    ['a contracted pronoun', 'It’s weighing a plan.', 'It’s/pron weighing/verb a/det plan/noun'],
  ])('%s', (_name, text, expected) => {
    expect(tagged(text)).toBe(expected);
  });
});

/** The tag of `word` in `text` (its first occurrence). */
function tagOf(text: string, word: string): string | undefined {
  const block = buildBlockModel(0, 'paragraph', text);
  const i = block.tokens.findIndex((t) => t.text === word);
  return block.tags[i];
}

describe('tagTokens: nouns from verb forms', () => {
  it.each([
    ['a verb form after a determiner is a noun', 'The report was late.', 'report', 'noun'],
    ['a bare verb form after "of" is a noun', 'A flurry of work shows it.', 'work', 'noun'],
    ['a bare verb form after a possessor is a noun', 'Lee’s work suggested it.', 'work', 'noun'],
    ['a verb after "to" stays a verb', 'They want to work here.', 'work', 'verb'],
    ['a past form after a possessor stays a verb', 'Smith’s aide reported it.', 'reported', 'verb'],
    ['an -ing form after "of" stays a verb', 'The cost of working rose.', 'working', 'verb'],
    ['a plural opening a clause after "after"', 'After scans showed it, we left.', 'scans', 'noun'],
    ['a plural after "because"', 'Because costs rose, we left.', 'costs', 'noun'],
    [
      'a hyphenated participle is an adjective',
      'Her long-awaited plan came.',
      'long-awaited',
      'adj',
    ],
    ['the noun after it stays a noun', 'His oft-repeated vow held.', 'vow', 'noun'],
    ['a prefixed participle stays a verb', 'The mayor was re-elected there.', 're-elected', 'verb'],
    ['an age in figures is a noun', 'The 37-year-old said no.', '37-year-old', 'noun'],
    ['so a verb after an age stays a verb', 'The 37-year-old said no.', 'said', 'verb'],
    ['a plain number stays a number', 'The 37 delegates left.', '37', 'num'],
    ['an "-al" noun is a noun', 'They sought approval quickly.', 'approval', 'noun'],
    ['an "-ive" noun is a noun', 'The town began an initiative.', 'initiative', 'noun'],
    ['an "-al" adjective stays one', 'They ran a national survey.', 'national', 'adj'],
    ['a plain adjective is an adjective', 'The new report says so.', 'new', 'adj'],
    ['so the noun after it is a noun', 'The new report says so.', 'report', 'noun'],
    [
      '"says" before an auxiliary stays a verb',
      'Costs, which Acme says will rise, fell.',
      'says',
      'verb',
    ],
    ['a plural between a noun and a verb is a noun', 'Blood tests showed it.', 'tests', 'noun'],
  ])('%s', (_name, text, word, tag) => {
    expect(tagOf(text, word)).toBe(tag);
  });
});

describe('tagTokens: negated auxiliaries', () => {
  it.each([
    ['a negated past auxiliary', 'The mayor didn’t reply.', 'didn’t', 'aux'],
    ['a negated modal', 'Voters won’t forget it.', 'won’t', 'aux'],
    ['a negated copula, straight apostrophe', "The plan isn't new.", "isn't", 'aux'],
    ['capitalised at the start, still no name', 'Don’t wait for us.', 'Don’t', 'aux'],
    ['"cannot" is a modal', 'We cannot stay.', 'cannot', 'aux'],
    ['a possessive is no negation', 'The town’s mayor left.', 'town’s', 'noun'],
  ])('%s', (_name, text, word, tag) => {
    expect(tagOf(text, word)).toBe(tag);
  });
});

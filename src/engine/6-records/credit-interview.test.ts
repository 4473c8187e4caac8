import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

const rows = (paragraphs: Array<string | ['headline', string]>) =>
  simplify(paragraphs).map((r) => [r.speaker, r.content]);

const HEADLINE: ['headline', string] = ['headline', 'Mara Quill on Getting the Harbour Back'];
const INTRO =
  'The city has spent a decade arguing over its waterfront. Architect Mara Quill has a plan.';

/** Three turns of the interview shape: enough to make an article an interview. */
const TURNS = [
  'When did you first see the harbour? I was nine, and my father worked on the ferries.',
  'Why does it matter to you now? We have lost every public pier but one.',
  'What would you build first? A covered market, because I think people need a reason to come.',
];
const ANSWERS = [
  ['Mara Quill', 'I was nine, and my father worked on the ferries.'],
  ['Mara Quill', 'We have lost every public pier but one.'],
  ['Mara Quill', 'A covered market, because I think people need a reason to come.'],
];

/** Interviews printed as question and answer with no speaker labels. */
describe('creditInterviewAnswers', () => {
  it('gives each answer to the person the headline and introduction name', () => {
    expect(rows([HEADLINE, INTRO, ...TURNS])).toEqual([...ANSWERS]);
  });

  it('splits a question put as a statement once the article is an interview', () => {
    expect(
      rows([
        HEADLINE,
        INTRO,
        ...TURNS,
        'Your first plan was turned down. You have called it a painful lesson. I learned to listen.',
      ]),
    ).toEqual([...ANSWERS, ['Mara Quill', 'I learned to listen.']]);
  });

  it('gives "you" of a question to the interviewee', () => {
    expect(
      rows([
        HEADLINE,
        INTRO,
        ...TURNS,
        'The old plan failed. You’ve called it a painful lesson. Why? Because we forgot the people who fish.',
      ]),
    ).toEqual([
      ...ANSWERS,
      ['Mara Quill', 'it a painful lesson.'],
      ['Mara Quill', 'Because we forgot the people who fish.'],
    ]);
  });

  it('gives speech the interviewee recounts in an answer to them as well', () => {
    expect(
      rows([
        HEADLINE,
        INTRO,
        ...TURNS.slice(0, 2),
        'What did you tell the council? We told them, “Open the pier.” I was ignored.',
      ]),
    ).toContainEqual(['Mara Quill', 'Open the pier.']);
  });

  it('leaves an op-ed with a few rhetorical questions alone', () => {
    expect(
      rows([
        HEADLINE,
        INTRO,
        'Do you remember the old pier? I do, and I miss it.',
        'Harbour planner Ian Stobbs said the budget would not stretch that far.',
        'Should you care? We all should.',
      ]),
    ).toEqual([['Ian Stobbs', 'the budget would not stretch that far.']]);
  });
});

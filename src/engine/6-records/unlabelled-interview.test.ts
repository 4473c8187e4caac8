import { describe, expect, it } from 'vitest';
import { buildBlockModel } from '../1-text/model';
import { interviewAnswers, questionAndAnswer, statementAndAnswer } from './unlabelled-interview';

const para = (text: string, index = 0) => buildBlockModel(index, 'paragraph', text);
const answerOf = (text: string, find = questionAndAnswer) => {
  const block = para(text);
  const qa = find(block);
  const first = qa === null ? undefined : block.tokens[qa.answer];
  return first === undefined ? null : block.text.slice(first.start);
};

/** Where a paragraph's opening questions end and the answer begins. */
describe('questionAndAnswer', () => {
  it.each([
    ['What did you read as a child? I read sea stories.', 'I read sea stories.'],
    [
      'Were there films you loved? Any that scared you? Jaws, mostly. I never swam again.',
      'Jaws, mostly. I never swam again.',
    ],
    [
      'Your plan is bold. Does it come from your childhood? It does. We lived by the docks.',
      'It does. We lived by the docks.',
    ],
    ['Did the mayor say “Not now”? Yes, and we waited.', 'Yes, and we waited.'],
  ])('%s', (text, answer) => {
    expect(answerOf(text)).toBe(answer);
  });
  it.each([
    // The question closes the paragraph: no answer in it.
    'The pier has been shut for years. Will you ever see it open?',
    // A source quoted after a rhetorical question answers nothing itself.
    'How was it sent so fast? “We skip the approval step,” the agency said.',
    // The question mark is inside a quotation.
    '“Why now?” Ann asked. The reply came a week later.',
    'No question here. Only statements about the harbour.',
  ])('no answer: %s', (text) => {
    expect(answerOf(text)).toBeNull();
  });
});

/** A question put as a statement: "you" sentences, then the first sentence that says "I". */
describe('statementAndAnswer', () => {
  it.each([
    ['You grew up by the docks. I did, until I was twelve.', 'I did, until I was twelve.'],
    [
      'Your first plan was turned down. It stung. My partner quit that week.',
      'My partner quit that week.',
    ],
  ])('%s', (text, answer) => {
    expect(answerOf(text, statementAndAnswer)).toBe(answer);
  });
  it.each([
    'I grew up by the docks. You would have liked it.',
    'The plan was turned down. I was not surprised.',
    'You and I both know the answer. We said so then.',
  ])('no answer: %s', (text) => {
    expect(answerOf(text, statementAndAnswer)).toBeNull();
  });
});

/** Only an article with several "you?" / "I" paragraphs is an interview. */
describe('interviewAnswers', () => {
  const turns = [
    'When did you start? I started at nine.',
    'Who taught you? My uncle, who fished.',
    'Do you still sail? We go out every summer.',
  ];
  it('finds every turn of an interview', () => {
    const models = ['Ann Lee has sailed for forty years.', ...turns].map((t, i) => para(t, i));
    expect([...interviewAnswers(models).keys()]).toEqual([1, 2, 3]);
  });
  it('leaves an article with two rhetorical questions alone', () => {
    const models = [turns[0] ?? '', 'The club closed in May.', turns[2] ?? ''].map((t, i) =>
      para(t, i),
    );
    expect(interviewAnswers(models).size).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

const rows = (paragraphs: string[]) =>
  simplify(paragraphs).map((r) => [r.speaker, r.cue, r.content]);

/** A labelled Q&A: the interviewee's answers are turns "Lee: ...". */
const qa = (answer: string) => [
  'Designer Maria Lopez spoke to us about her new line.',
  'Why did you start over?',
  'Lopez: Because the old studio had stopped taking risks with anything.',
  'What did the investors say?',
  `Lopez: ${answer}`,
];

/** "I said" inside an interviewee's answer is theirs; elsewhere the first person is the author. */
describe('licensedOwnVoice', () => {
  it('recounted speech in an answer is the interviewee’s', () => {
    expect(
      rows(qa('They asked for a plan. I told them, "The plan is the people." Nobody argued.')),
    ).toContainEqual(['Maria Lopez', 'told', 'The plan is the people.']);
  });
  it.each([
    ['a framing of the answer itself', 'I will say that the money came late and left early.'],
    ['the answer thinking aloud', 'I think they wanted a safer designer for the brand.'],
  ])('no record of its own: %s', (_, answer) => {
    const cues = rows(qa(answer)).map((r) => r[1]);
    expect(cues).toEqual([null, null]);
  });
  it('in an ordinary article "I said" stays the author’s', () => {
    expect(
      rows(['I told them, "The plan is the people." The designer Maria Lopez agreed.']).map(
        (r) => r[0],
      ),
    ).not.toContain('Maria Lopez');
  });
});

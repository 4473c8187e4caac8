/**
 * Stage 8e: magazine interviews printed as question and answer with no speaker labels. On the
 * page the question is bold; in the text each paragraph is the interviewer's question run
 * straight into the interviewee's answer:
 *
 *   What comic books did you read growing up? I read some Marvel, but I was more of a DC guy.
 *
 * No one paragraph is believed on its own (an op-ed asks "Are you ready? I was not." once): the
 * article must hold several paragraphs where a question that addresses "you" is answered in the
 * first person. From the first of them on, each paragraph that opens with questions has them
 * split from the answer after them, and the answer is the interviewee's: the person the
 * headline and the introduction name most. Claims with their own cue inside an answer keep their
 * speakers; "you" in a question ("You've called it a failure") is the interviewee.
 */
import type { BlockModel } from '../1-text/model';
import { grammaticalPerson } from '../lexicon/grammatical-person';
import { CLOSING_QUOTE_MARKS } from '../lexicon/words';

/** One paragraph's question and answer: the answer runs from token `answer` to the end. */
export interface QuestionAndAnswer {
  answer: number;
  /** The question addresses "you" (outside quotation marks). */
  asksYou: boolean;
  /** The answer speaks as "I" or "we" (outside quotation marks). */
  speaksFirst: boolean;
}

/** Most question sentences an interviewer's turn opens with. */
const MAX_QUESTIONS = 3;
/** Fewest paragraphs of the interview shape that make an article an interview. */
const MIN_TURNS = 3;
/** Words an answer needs ("It didn't." is one). */
const MIN_ANSWER_WORDS = 2;

/** What may close a question after its mark: quotation marks, guillemets, a parenthesis. */
const isCloser = (text: string) =>
  CLOSING_QUOTE_MARKS.has(text) || text === '\u00bb' || text === ')';

/** Does sentence `[from, to)` end in a question mark of the paragraph's own voice? */
function endsInQuestion(block: BlockModel, from: number, to: number): boolean {
  let k = to - 1;
  while (k > from && isCloser(block.tokens[k]?.text ?? '')) k -= 1;
  return block.tokens[k]?.text === '?' && block.quoted[k] !== true;
}

/** Does any token of `[from, to)` outside quotation marks have grammatical person `person`? */
function hasPerson(block: BlockModel, from: number, to: number, person: 1 | 2): boolean {
  for (let k = from; k < to; k += 1) {
    const t = block.tokens[k];
    if (t?.isWord === true && block.quoted[k] !== true && grammaticalPerson(t.lower) === person)
      return true;
  }
  return false;
}

/**
 * The paragraph's opening questions and the answer after them, or null: the question is the
 * paragraph's sentences up to the first that ends in "?" (and any questions straight after it),
 * and the answer starts with a capitalised word, not a quotation mark ("How was it sent? “We try
 * ...,” she said." quotes a source, it answers nothing itself).
 */
export function questionAndAnswer(block: BlockModel): QuestionAndAnswer | null {
  if (block.kind !== 'paragraph') return null;
  const { sentences } = block;
  let asked = -1;
  for (let s = 0; s < sentences.length - 1; s += 1) {
    const sentence = sentences[s];
    if (sentence === undefined) break;
    if (endsInQuestion(block, sentence.from, sentence.to)) {
      asked = s;
      break;
    }
  }
  if (asked < 0) return null;
  // "Were there worlds like that? Places where universes crossed?": both are the question.
  for (let n = 1; n < MAX_QUESTIONS; n += 1) {
    const next = sentences[asked + 1];
    if (next === undefined || asked + 2 >= sentences.length) break;
    if (!endsInQuestion(block, next.from, next.to)) break;
    asked += 1;
  }
  const answer = sentences[asked + 1]?.from;
  if (answer === undefined) return null;
  const first = block.tokens[answer];
  if (first === undefined || !first.isWord || !first.cap) return null;
  let words = 0;
  for (let k = answer; k < block.tokens.length && words < MIN_ANSWER_WORDS; k += 1)
    if (block.tokens[k]?.isWord === true) words += 1;
  if (words < MIN_ANSWER_WORDS) return null;
  return {
    answer,
    asksYou: hasPerson(block, 0, answer, 2),
    speaksFirst: hasPerson(block, answer, block.tokens.length, 1),
  };
}

/**
 * "You were seeing things that weren't explicit. Every now and then, I'd think ...": a question
 * put as a statement, no question mark. Inside an interview only, a paragraph whose opening
 * sentences address "you" and never speak as "I" is answered from its first sentence in the
 * first person; null when the paragraph has no such shape.
 */
export function statementAndAnswer(block: BlockModel): QuestionAndAnswer | null {
  if (block.kind !== 'paragraph') return null;
  const { sentences } = block;
  for (let s = 1; s < sentences.length; s += 1) {
    const sentence = sentences[s];
    if (sentence === undefined) break;
    if (!hasPerson(block, sentence.from, sentence.to, 1)) continue;
    const answer = sentence.from;
    if (!hasPerson(block, 0, answer, 2) || hasPerson(block, 0, answer, 1)) return null;
    return { answer, asksYou: true, speaksFirst: true };
  }
  return null;
}

/**
 * The answers of an unlabelled interview, by block index (the answer's first token), or an empty
 * map when the article is no such interview: fewer than `MIN_TURNS` paragraphs ask "you" and
 * answer as "I". Then every paragraph that opens with a question and answers it either way is a
 * turn (a question need not say "you": "Is that what makes them unique?"), and after the first
 * such turn a question put as a statement is one too (`statementAndAnswer`).
 */
export function interviewAnswers(models: readonly BlockModel[]): Map<number, number> {
  const found: Array<{ index: number; qa: QuestionAndAnswer | null }> = [];
  let turns = 0;
  for (const m of models) {
    const qa = questionAndAnswer(m);
    if (qa?.asksYou === true && qa.speaksFirst) turns += 1;
    found.push({ index: m.index, qa: qa ?? (turns > 0 ? statementAndAnswer(m) : null) });
  }
  const out = new Map<number, number>();
  if (turns < MIN_TURNS) return out;
  for (const { index, qa } of found)
    if (qa !== null && (qa.asksYou || qa.speaksFirst)) out.set(index, qa.answer);
  return out;
}

import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, content: string];

/** After "<claim>, and <verb>": more of the claim, or the speaker's next act. */
const ROWS: Row[] = [
  [
    'a bare form after "says" has the claim\'s plural subject',
    'Dana Whitlow says the crews repair the old bridges first, and leave the new ones for spring.',
    'the crews repair the old bridges first, and leave the new ones for spring.',
  ],
  [
    'a new clause with a subject of its own stays in the claim',
    'Dana Whitlow says the council has raised the fare twice since 2019, and future budgets will follow.',
    'the council has raised the fare twice since 2019, and future budgets will follow.',
  ],
  [
    'a backshifted modal after "said" continues the claim',
    'Prosecutor Ivo Brandt said he would bring fraud charges against the broker, and could even seek prison time.',
    'he would bring fraud charges against the broker, and could even seek prison time.',
  ],
  [
    'a negated modal after "said" is the speaker\'s refusal',
    'Prosecutor Ivo Brandt said he would bring fraud charges against the broker, and would not comment further.',
    'he would bring fraud charges against the broker',
  ],
  [
    'a third-person verb after "says" is the speaker\'s next act',
    'Dana Whitlow says the crews repair the old bridges first, and adds nothing about the cost.',
    'the crews repair the old bridges first',
  ],
  [
    'a past verb after "said" is the speaker\'s next act',
    'Dana Whitlow said the crews would repair the bridges, and refused questions from the press.',
    'the crews would repair the bridges',
  ],
  [
    'a bare verb after an "-ing" report is the claim\'s',
    'Some dentists are urging parents to limit sweets, especially at night, and brush teeth twice a day.',
    'parents to limit sweets, especially at night, and brush teeth twice a day.',
  ],
  [
    'a negated modal after an "-ing" report is the speaker\'s refusal',
    'The union is demanding a new contract for the drivers, and would not comment further.',
    'a new contract for the drivers',
  ],
];

describe('a second verb after ", and"', () => {
  it.each(ROWS)('%s', (_name, text, content) => {
    expect(simplify([text]).map((r) => r.content)[0]).toBe(content);
  });
});

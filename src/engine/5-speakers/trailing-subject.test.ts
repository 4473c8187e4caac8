import { describe, expect, it } from 'vitest';
import { buildBlockModel } from '../1-text/model';
import { trailingSubject } from './trailing-subject';
import { simplify } from '../testing/simplify';

/** Is the name whose last word is `last` a trailing clause's subject in `text`? */
function subjectIn(text: string, first: string, last: string): boolean {
  const block = buildBlockModel(0, 'paragraph', text);
  const start = block.tokens.findIndex((t) => t.text === first);
  const end = block.tokens.findIndex((t) => t.text === last);
  return trailingSubject(block, start, end, block.tokens.length);
}

describe('trailingSubject', () => {
  it.each([
    ['The delay was costly, Jon Rask, a former engineer, told reporters.', 'Jon', 'Rask', true],
    ['The delay was costly, Jon Rask of the Harbor Institute writes.', 'Jon', 'Rask', true],
    ["The delay was costly, Jon Rask of the city's Harbor Institute writes.", 'Jon', 'Rask', true],
    ['The delay was costly, Jon Rask later said.', 'Jon', 'Rask', true],
    // No comma before the name, or no verb of its own after it.
    ['The delay was costly for Jon Rask, a former engineer.', 'Jon', 'Rask', false],
    ['The board met Jon Rask and told him so.', 'Jon', 'Rask', false],
    ['The delay was costly, Jon Rask, who left, said.', 'Jon', 'Rask', false],
    ['They thanked Lena, Jon Rask and the crew.', 'Jon', 'Rask', false],
  ])('%s', (text, first, last, want) => {
    expect(subjectIn(text, first, last)).toBe(want);
  });
});

describe('a trailing clause subject is weighed for a later "he"', () => {
  it('the newcomer introduced before his verb outweighs the earlier speaker', () => {
    const out = simplify([
      '“We are working to return to flight,” spokesman Tom Hale said in a statement.',
      '“Brightsat is a long-time partner,” Hale said.',
      'The incident shows how one failure can hurt a launch firm, Jon Rask, Vela Systems CEO and a founding member of Orbix, told Harbor News.',
      '“This one was particularly hard,” he said.',
    ]);
    expect(out.map((r) => r.speaker)).toEqual(['Tom Hale', 'Tom Hale', 'Jon Rask', 'Jon Rask']);
  });
});

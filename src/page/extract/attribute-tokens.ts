/**
 * Class and id attribute values cut into lower-case words ("articleBody main_content" → article,
 * body, main, content): the words the rule tables in rules.ts are matched against.
 */

/**
 * Only ASCII characters: where lower-casing the whole value equals lower-casing each character
 * (similarity.ts tests words with the same pattern).
 */
export const ASCII_ONLY = /^[\0-\x7f]*$/u;

/**
 * Split an attribute value into lower-case letter tokens, also splitting camelCase. Runs for every
 * class and id extraction reads: ASCII values (nearly all) are scanned by character code and cut
 * into slices, with no string built per character.
 */
export function attributeTokens(value: string): string[] {
  if (!ASCII_ONLY.test(value)) return unicodeTokens(value);
  const lower = value.toLowerCase();
  const tokens: string[] = [];
  let start = -1;
  let prevLower = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const isUpper = code >= 65 && code <= 90;
    if (!isUpper && !(code >= 97 && code <= 122)) {
      if (start >= 0) tokens.push(lower.slice(start, i));
      start = -1;
      prevLower = false;
      continue;
    }
    if (isUpper && prevLower && start >= 0) {
      tokens.push(lower.slice(start, i));
      start = -1;
    }
    if (start < 0) start = i;
    prevLower = !isUpper;
  }
  if (start >= 0) tokens.push(lower.slice(start));
  return tokens;
}

/** `attributeTokens` for any script (a letter is a character with distinct cases); the slow path. */
export function unicodeTokens(value: string): string[] {
  const tokens: string[] = [];
  let current = '';
  let prevLower = false;
  for (const ch of value) {
    const lower = ch.toLowerCase();
    const isLetter = lower !== ch.toUpperCase();
    if (!isLetter) {
      if (current) tokens.push(current);
      current = '';
      prevLower = false;
      continue;
    }
    const isUpper = ch !== lower;
    if (isUpper && prevLower && current) {
      tokens.push(current);
      current = '';
    }
    current += lower;
    prevLower = !isUpper;
  }
  if (current) tokens.push(current);
  return tokens;
}

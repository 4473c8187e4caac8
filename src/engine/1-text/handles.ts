/**
 * User names as the web writes them: "@skyfan22", "jayk1984", "elmo666". A forum or social-media
 * user speaks under such a name, in lower case, so neither a capital nor a lexicon marks it as a
 * name. Its shape does: an at-sign in front (the tokenizer keeps it in the word), or letters run
 * together with digits.
 */
import type { Token } from './tokenize';

/**
 * Is this word a user name ("@skyfan22", "jayk1984"), not a word or a number ("mp3", "4g")? By
 * character codes: the speaker and mention passes ask it of many lower-case words.
 */
export function isHandle(t: Token): boolean {
  const w = t.text;
  if (!t.isWord || t.cap || w.length < 4 || w.length > 30) return false;
  const first = w.charCodeAt(0);
  if (first === 64) return true;
  if (first < 97 || first > 122) return false;
  let letters = 0;
  let digits = 0;
  for (let i = 0; i < w.length; i += 1) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += 1;
    else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) letters += 1;
    else return false;
  }
  return digits > 0 && letters >= 3;
}

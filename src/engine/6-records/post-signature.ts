/**
 * A claim that is an embedded post's signature line is no claim. Pages that embed a tweet or an
 * Instagram post print the poster's display name, handle and date under it ("— Ann Lee (@annlee)
 * May 3, 2017", "A photo posted by Ann (@annlee) on May 3, 2017 at 9:10am PST"); when the display
 * name is not a name the credit-line stage can read ("tall glass of tea", a lower-case nickname),
 * the line stays a block of its own and reads as a cue-less continuation of the previous speaker.
 * The handle and date make the shape: prose never writes them this way.
 */

/** Handle, then the date, with an optional "on" and time of day: the signature's last part. */
const SIGNATURE_END =
  /\(@\w{1,30}\)\s{0,3}(?:on\s)?\s{0,2}\p{L}{3,9}\.?\s\d{1,2},\s\d{4}(?:\s+at\s+\d{1,2}:\d{2}\s?[ap]m(?:\s[A-Z]{2,4})?)?\s*$/u;

/** Words a signature's display part may have ("A photo posted by xoxo, Joanne"). */
const MAX_NAME_WORDS = 8;

/** Is `text` (a claim's text) only an embedded post's signature line? */
export function isPostSignature(text: string): boolean {
  const match = SIGNATURE_END.exec(text);
  if (match === null) return false;
  const name = text.slice(0, match.index).replace(/^[\s\u2014\u2013-]+/u, '');
  // A sentence before the handle ("... he wrote. (@annlee) May 3, 2017") is a post, not a name.
  if (/[.!?]\s/u.test(name)) return false;
  const words = name.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  return words.length <= MAX_NAME_WORDS;
}

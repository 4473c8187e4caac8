/**
 * Text evidence of news reporting, read from a few paragraphs: reporting phrases ("said",
 * "according to") and a dateline opening ("LONDON —", "MOSCOW (AP) —", "PARIS, April 4. /TASS/.").
 * Plain string scans without regular expressions, so hostile page text costs linear time.
 */

/** Reporting phrases in the Latin-script languages of the corpus, matched with a leading space. */
export const REPORTING_PHRASES = [
  ' said',
  ' says',
  ' told',
  'according to',
  ' a déclaré',
  ' selon ',
  ' sagte',
  ' sagt ',
  ' dijo',
  ' según',
  ' disse',
  ' segundo ',
] as const;

/** Reporting words of Chinese and Japanese news ("表示" said, "记者" reporter, "によると" according to). */
export const CJK_REPORTING_PHRASES = [
  '表示',
  '记者',
  '報道',
  '报道',
  '据悉',
  '新华社',
  'によると',
  '述べた',
  '発表した',
] as const;

/** First code point of the CJK blocks: a paragraph opening at or above it is read as CJK. */
const CJK_START = 0x2e80;
/** How many leading characters decide the script. */
const CJK_PROBE = 8;

/** Wire-service credits that open a dispatch. */
const AGENCY_CREDITS = [
  '(AP)',
  '(Reuters)',
  '(AFP)',
  '(UPI)',
  '/TASS/',
  '(CNN)',
  '(dpa)',
  '(Xinhua)',
];

/** How far into a paragraph a dateline may run. */
const DATELINE_WINDOW = 60;

/** Read as CJK when any of the first few characters is (openings may be quotes or digits). */
export function isCjk(text: string): boolean {
  for (let i = 0; i < Math.min(text.length, CJK_PROBE); i++) {
    if (text.charCodeAt(i) >= CJK_START) return true;
  }
  return false;
}

/** How many reporting phrases a text contains (CJK phrases when the text opens in CJK). */
export function countReportingPhrases(text: string, cjk = isCjk(text)): number {
  const lower = cjk ? text : text.toLowerCase();
  let count = 0;
  for (const phrase of cjk ? CJK_REPORTING_PHRASES : REPORTING_PHRASES) {
    for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + phrase.length)) {
      count++;
    }
  }
  return count;
}

/** Dash marks that end a dateline's place. */
const DATELINE_DASHES = [' — ', ' – ', ' -- ', ' - '];

/** A word of three or more cased letters, none lower-case ("MOSCOW", "U.S.-MEXICO"). */
function isUpperWord(word: string): boolean {
  if (word.toUpperCase() !== word) return false;
  let letters = 0;
  for (let i = 0; i < word.length && letters < 3; i++) {
    const ch = word.charAt(i);
    if (ch.toUpperCase() !== ch.toLowerCase()) letters++;
  }
  return letters >= 3;
}

/**
 * True when a paragraph opens with a place in capitals and a dash, or a wire credit. Plain loops,
 * no closures: it runs cold on every page load, where each function costs a compile.
 */
export function opensWithDateline(text: string): boolean {
  const head = text.slice(0, DATELINE_WINDOW);
  for (const credit of AGENCY_CREDITS) if (head.includes(credit)) return true;
  let dash = -1;
  for (const mark of DATELINE_DASHES) {
    const at = head.indexOf(mark);
    if (at > 0 && (dash < 0 || at < dash)) dash = at;
  }
  if (dash < 0) return false;
  const comma = head.indexOf(',');
  const place = head.slice(0, comma >= 0 && comma < dash ? comma : dash);
  let words = 0;
  for (const word of place.split(' ')) {
    if (!word) continue;
    if (++words > 4 || !isUpperWord(word)) return false;
  }
  return words > 0;
}

/** The longest a dateline standing alone may be. */
const DATELINE_LINE = 40;

/**
 * True when a whole (short) paragraph is a dateline: a place in capitals with its region or
 * country after a comma ("BAAR, SWITZERLAND", "SAN JOSE, CALIF."), two or three parts, each of
 * at most four words in capitals. A lone word in capitals ("ADVERTISEMENT") is no dateline.
 */
export function isDatelineLine(text: string): boolean {
  if (text.length > DATELINE_LINE || !text.includes(',')) return false;
  const parts = text.split(',');
  if (parts.length > 3) return false;
  for (const part of parts) {
    let words = 0;
    for (const word of part.split(' ')) {
      if (!word) continue;
      if (++words > 4 || !isUpperWord(word)) return false;
    }
    if (words === 0) return false;
  }
  return true;
}

/** First- and second-person words: reporting is written in the third person. */
const PERSONAL_WORDS = ['i', "i'm", "i've", 'me', 'my', 'we', 'our', 'us', 'you', 'your', "you're"];

/**
 * Everything between words, for `countVoice`: runs of non-letters, plus apostrophes that do not
 * follow a letter (an opening quote). Each alternative starts with a character the other cannot,
 * so matching is linear.
 */
const BETWEEN_WORDS = /[^a-z']+(?:'+[^a-z']*)*/gu;

function occurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length - 1)) {
    count++;
  }
  return count;
}

/**
 * Words and first/second-person words of a text (apostrophes folded to '). Runs on every page
 * load, cold: native string operations do the work (one replace, then a few indexOf scans), so no
 * per-character loop runs in the interpreter.
 */
export function countVoice(text: string): { words: number; personal: number } {
  // " tok tok ... tok ": one space before, between and after the words.
  const spaced = ` ${text.toLowerCase().replaceAll('\u2019', "'")} `.replace(BETWEEN_WORDS, ' ');
  const words = spaced.length - spaced.replaceAll(' ', '').length - 1;
  let personal = 0;
  for (const word of PERSONAL_WORDS) personal += occurrences(spaced, ` ${word} `);
  return { words, personal };
}

/**
 * Stage 2: find quotations in a block: straight, curly, angle and low-9 double quotes, and single
 * quotes told apart from apostrophes by what flanks them. A quote left open at the end of a block
 * runs to the end (the multi-paragraph convention: the next paragraph reopens it).
 */
import { lazySet } from '../lexicon/lazy';

/** One quotation in a block. */
export interface Quote {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just past the closing mark (block end when unclosed). */
  end: number;
  innerStart: number;
  innerEnd: number;
  /** No closing mark in this block: the quote continues in the next paragraph. */
  unclosed: boolean;
}

// All members are above U+00AA (findDoubleQuotes relies on it to skip plain characters).
const DOUBLE_OPEN = lazySet(() => ['\u201c', '\u00ab', '\u201e']);
const DOUBLE_CLOSE = lazySet(() => ['\u201d', '\u00bb']);
const LETTER = /[\p{L}\p{N}]/u;
const SPACE_OR_OPEN = /[\s([{\u2014\u2013\-\u201c"]/u;

function isOpeningContext(text: string, i: number): boolean {
  const prev = text[i - 1];
  return prev === undefined || SPACE_OR_OPEN.test(prev);
}

/**
 * 'he says, ”and there were ...”': a right double mark typed where a left one belongs, after a
 * space or at the start and right before a letter, opens a quotation (the mirror of '“' closing).
 */
function misturnedOpening(text: string, i: number): boolean {
  return text[i] === '\u201d' && isOpeningContext(text, i) && LETTER.test(text[i + 1] ?? '');
}

/**
 * 'Kaine."So that is ...': a straight mark typed with no space after a sentence's final stop and
 * right before a capital opens the next quotation (only reached when no quote is open).
 */
function openingAfterStop(text: string, i: number): boolean {
  return TERMINAL_STOP.test(text[i - 1] ?? '') && CAPITAL.test(text[i + 1] ?? '');
}

const TERMINAL_STOP = /[.!?]/;
const CAPITAL = /\p{Lu}/u;

/** The characters `findDoubleQuotes` reads: '"', "'" and every code unit from U+00AB up. */
const DOUBLE_CANDIDATES = /["'\u00ab-\uffff]/g;

/** The characters `findSingleQuotes` reads. */
const SINGLE_CANDIDATES = /['\u2018\u2019]/g;

/**
 * The first offset from `from` on whose character `re` (global, one character) matches, else -1.
 * The quote scans visit only their candidate marks: a page has a few per paragraph, and a native
 * search skips the rest several times faster than a loop reading every character's code.
 */
function nextAt(re: RegExp, text: string, from: number): number {
  re.lastIndex = from;
  return re.test(text) ? re.lastIndex - 1 : -1;
}

function closesSingle(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  return prev !== undefined && !/\s/.test(prev) && (next === undefined || !LETTER.test(next));
}

function findDoubleQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  let open = -1;
  // Every double quotation mark is '"', a doubled "'" or above U+00AA: the loop visits only those.
  for (
    let i = nextAt(DOUBLE_CANDIDATES, text, 0);
    i >= 0;
    i = nextAt(DOUBLE_CANDIDATES, text, i + 1)
  ) {
    const code = text.charCodeAt(i);
    if (code !== 0x22 && code !== 0x27 && code < 0xab) continue;
    // An apostrophe matters only as the first of a closing pair inside an open quote.
    if (code === 0x27 && (open < 0 || text.charCodeAt(i + 1) !== 0x27)) continue;
    const ch = text[i] ?? '';
    const straight = ch === '"';
    if (open < 0) {
      if (
        DOUBLE_OPEN.has(ch) ||
        (straight && isOpeningContext(text, i)) ||
        (straight && i === 0) ||
        (straight && openingAfterStop(text, i)) ||
        misturnedOpening(text, i)
      ) {
        open = i;
      }
      continue;
    }
    // "voters,’’ Moy said", "thrilled,'' she said": two closing single marks (curly or typewriter)
    // stand for a closing double one.
    const single = ch === '\u2019' || ch === "'";
    if (single && text[i + 1] === ch && !LETTER.test(text[i + 2] ?? '')) {
      quotes.push({ start: open, end: i + 2, innerStart: open + 1, innerEnd: i, unclosed: false });
      open = -1;
      i += 1;
      continue;
    }
    // '""Tim's years ...': an opening mark typed twice opens one quotation, not an empty one.
    if (straight && i === open + 1 && text[open] === '"' && LETTER.test(text[i + 1] ?? '')) {
      open = i;
      continue;
    }
    const closing =
      DOUBLE_CLOSE.has(ch) ||
      straight ||
      (ch === '\u201c' && i > 0 && !/\s/.test(text[i - 1] ?? ' ') && !isOpeningContext(text, i));
    if (closing) {
      quotes.push({ start: open, end: i + 1, innerStart: open + 1, innerEnd: i, unclosed: false });
      open = -1;
    }
  }
  if (open >= 0) {
    quotes.push({
      start: open,
      end: text.length,
      innerStart: open + 1,
      innerEnd: text.length,
      unclosed: true,
    });
  }
  return quotes;
}

function insideAny(quotes: readonly Quote[], i: number): boolean {
  return quoteAt(quotes, i) !== undefined;
}

function findSingleQuotes(text: string, outer: readonly Quote[]): Quote[] {
  const quotes: Quote[] = [];
  let open = -1;
  for (
    let i = nextAt(SINGLE_CANDIDATES, text, 0);
    i >= 0;
    i = nextAt(SINGLE_CANDIDATES, text, i + 1)
  ) {
    const code = text.charCodeAt(i);
    if (code !== 0x27 && code !== 0x2018 && code !== 0x2019) continue;
    const ch = text[i];
    if (insideAny(outer, i)) {
      open = -1;
      continue;
    }
    const next = text[i + 1];
    if (open < 0) {
      const opens =
        (ch === '\u2018' || ch === "'") &&
        isOpeningContext(text, i) &&
        next !== undefined &&
        LETTER.test(next);
      if (opens) open = i;
      continue;
    }
    if ((ch === '\u2019' || ch === "'") && closesSingle(text, i)) {
      quotes.push({ start: open, end: i + 1, innerStart: open + 1, innerEnd: i, unclosed: false });
      open = -1;
    }
  }
  return quotes;
}

/** All top-level quotations of a block, in order. */
export function findQuotes(text: string): Quote[] {
  const doubles = findDoubleQuotes(text);
  const singles = findSingleQuotes(text, doubles);
  return [...doubles, ...singles].sort((a, b) => a.start - b.start);
}

/** The quotation containing `offset` (binary search over sorted, non-overlapping quotes). */
export function quoteAt(quotes: readonly Quote[], offset: number): Quote | undefined {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid];
    if (q === undefined) return undefined;
    if (offset < q.start) hi = mid - 1;
    else if (offset >= q.end) lo = mid + 1;
    else return q;
  }
  return undefined;
}

/**
 * Hostile article text for the engine, as data: the fragments fuzzing draws from and the named
 * pathological inputs. Kept apart from the tests so the fuzz, the extremes table and the scaling
 * check all attack the engine with the same material.
 */

/** Every quotation mark the engine might pair: straight, curly, low-9, angle, CJK, primes. */
export const QUOTE_MARKS = [
  '"',
  "'",
  '\u201c',
  '\u201d',
  '\u2018',
  '\u2019',
  '\u201e',
  '\u201a',
  '\u00ab',
  '\u00bb',
  '\u2039',
  '\u203a',
  '\u300c',
  '\u300d',
  '\u2032',
  '\u2033',
  '`',
] as const;

/** Characters that render as nothing or steer layout: zero-width, joiners, marks, BOM, bidi. */
export const INVISIBLES = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u034f',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202e',
  '\u2066',
  '\u2069',
] as const;

/** Words and phrases the patterns key on, so fuzzing reaches deep into the pipeline. */
export const CUE_WORDS = [
  ' said ',
  ' says ',
  ' told reporters ',
  ' according to ',
  ' insisted ',
  ' claimed ',
  ' reportedly ',
  ' allegedly ',
  ' is said to ',
  ' officials said ',
  ' a source said ',
  ' he said. ',
  ' she added: ',
  ', he said.',
  ' Mr ',
  ' Dr. ',
  ' U.S. ',
  ' the minister ',
  ' John Smith ',
  ' Smith ',
  ' the Defense Ministry ',
  ' they ',
  ' it ',
];

/** Non-Latin text: right-to-left scripts, CJK, combining marks, emoji with joiners and flags. */
export const SCRIPTS = [
  'قال الوزير إن المحادثات',
  'אמר השר כי',
  'سخنگوی وزارت گفت',
  '外交部发言人表示',
  '「発言」と述べた',
  'Ва́ня сказа́л',
  'e\u0301\u0302\u0303',
  '\u{1F468}\u200d\u{1F469}\u200d\u{1F467}',
  '\u{1F1FA}\u{1F1E6}',
  '\u{1F600}',
  '\ud800',
  '\udfff',
];

/** Sentence furniture. */
export const PUNCTUATION = [
  '.',
  ',',
  ':',
  ';',
  '!',
  '?',
  '\u2026',
  ' \u2014 ',
  '(',
  ')',
  '\n',
  ' ',
];

/** Named inputs that have broken text engines before, each sized to hurt a quadratic loop. */
export const EXTREMES: ReadonlyArray<readonly [string, () => string]> = [
  ['empty', () => ''],
  ['only spaces', () => ' '.repeat(10_000)],
  ['10,000 straight quotes in a row', () => '"'.repeat(10_000)],
  ['10,000 curly openers', () => '\u201c'.repeat(10_000)],
  ['10,000 curly closers', () => '\u201d'.repeat(10_000)],
  ['10,000 apostrophes', () => "'".repeat(10_000)],
  ['10,000 mixed marks', () => QUOTE_MARKS.join('').repeat(600)],
  ['1 MB with no spaces or punctuation', () => 'a'.repeat(1_000_000)],
  ['1 MB of one capitalised word', () => 'A'.repeat(1_000_000)],
  [
    'nested quotes 500 deep',
    () => '\u201c\u2018"\u00ab'.repeat(500) + 'x' + '\u00bb"\u2019\u201d'.repeat(500),
  ],
  ['unbalanced openers with cues', () => '"He said that '.repeat(2_000)],
  ['cue after every word', () => 'Smith said '.repeat(5_000)],
  ['quote then cue, repeated', () => '"It is fine," Smith said. '.repeat(2_000)],
  ['according to, chained', () => 'according to '.repeat(5_000) + 'the ministry.'],
  ['sentence of periods', () => '. '.repeat(20_000)],
  ['abbreviations only', () => 'U.S. Mr. Dr. '.repeat(5_000)],
  ['10,000-character word in a quote', () => `"${'x'.repeat(10_000)}," he said.`],
  ['right-to-left article', () => `${SCRIPTS[0]} «${SCRIPTS[1]}» ${SCRIPTS[2]}. `.repeat(500)],
  ['emoji and joiners', () => `\u{1F468}\u200d\u{1F469} said "\u{1F600}\u200b" `.repeat(2_000)],
  ['zero-width everywhere', () => 'S\u200bm\u200di\u2060t\ufeffh said "h\u200bi". '.repeat(2_000)],
  ['lone surrogates', () => '\ud800"\udc00 said \udbff'.repeat(2_000)],
  ['bidi overrides around a quote', () => '\u202e"reversed"\u202c, Smith said. '.repeat(1_000)],
];

import { describe, expect, it } from 'vitest';
import { norm } from './echo';

/** The regex split `norm` used before its scan: the scan must cut every text the same way. */
function bySplit(s: string): string[] {
  const stem = (w: string) => {
    const cut = /ing$/.test(w) ? 3 : /(?:ed|es)$/.test(w) ? 2 : /s$/.test(w) ? 1 : 0;
    const kept = w.length - cut >= 3 ? w.length - cut : w.length;
    return w.slice(0, Math.min(kept, 5));
  };
  const out: string[] = [];
  for (const word of s.toLowerCase().split(/[^\p{L}\p{N}'\u2019]+/u)) {
    const parts = word.split(/['\u2019]/u);
    if (parts.length === 1) {
      if (word.length > 0) out.push(stem(word));
      continue;
    }
    parts.forEach((part, k) => {
      if (part.length > (k === 0 ? 0 : 2)) out.push(stem(part));
    });
  }
  return out;
}

describe('norm', () => {
  it.each([
    ['He asked for it', ['he', 'ask', 'for', 'it']],
    ['he’s asking for it', ['he', 'ask', 'for', 'it']],
    ['“Burned her up,” she said.', ['burn', 'her', 'up', 'she', 'said']],
    ['  —  ', []],
    ['', []],
    ['Zoë’s café reopened', ['zoë', 'café', 'reope']],
    ['they’re 40,000 strong', ['they', '40', '000', 'stron']],
  ])('%s → %j', (text, words) => {
    expect(norm(text)).toEqual(words);
  });

  it.each([
    'Plain ASCII words, with punctuation; and digits 123.',
    'Curly “quotes” and ‘single’ ones — dashes – too…',
    'Accents: Ngozi Okonjo-Iweala, São Paulo, Łódź, Ελλάδα, Москва.',
    'Astral letters: 𝐀𝐁𝐂 and 𠀀 ideographs, emoji 😀 between words.',
    'Combining marks: cafe\u0301 and n\u0303o; soft\u00adhyphen; İstanbul.',
    "Don't won't ma'am o'clock rock'n'roll 'quoted'",
    'Mixed: A/B, x=y, #tag @user http://example.com/path?q=1',
  ])('cuts %s as the regex split does', (text) => {
    expect(norm(text)).toEqual(bySplit(text));
  });

  it('agrees with the regex split on generated texts', () => {
    const pieces = [
      'a',
      'Bc',
      'déf',
      '’',
      "'",
      ' ',
      ',',
      '—',
      '1',
      'ß',
      'İ',
      '𝐀',
      '😀',
      'ing',
      'ed',
      '\u0301',
    ];
    let seed = 7;
    for (let n = 0; n < 500; n += 1) {
      let text = '';
      for (let k = 0; k < 12; k += 1) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += pieces[seed % pieces.length];
      }
      expect(norm(text)).toEqual(bySplit(text));
    }
  });
});

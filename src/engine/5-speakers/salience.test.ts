import { describe, expect, it } from 'vitest';
import { Salience, type Fit, type MentionRole } from './salience';

type Mention = [person: string, role: MentionRole, sentence: number];
type Row = [
  what: string,
  mentions: Mention[],
  at: number,
  fit: Record<string, Fit>,
  want: string | null,
];

/** Which person the model picks at sentence `at` after the mentions, people not in `fit` open. */
const ROWS: Row[] = [
  [
    'the subject of the last sentence beats a name in passing',
    [
      ['smith', 'subject', 1],
      ['jones', 'other', 1],
    ],
    2,
    {},
    'smith',
  ],
  [
    'a speaker outweighs the subject beside it',
    [
      ['jones', 'subject', 1],
      ['smith', 'speaker', 1],
    ],
    2,
    {},
    'smith',
  ],
  [
    'a name inside a claim counts least',
    [
      ['smith', 'other', 1],
      ['jones', 'claim', 1],
    ],
    2,
    {},
    'smith',
  ],
  [
    'a subject just now beats a speaker three sentences back',
    [
      ['smith', 'speaker', 1],
      ['jones', 'subject', 4],
    ],
    5,
    {},
    'jones',
  ],
  [
    'a speaker one sentence back beats a name in passing just now',
    [
      ['smith', 'speaker', 3],
      ['jones', 'other', 4],
    ],
    5,
    {},
    'smith',
  ],
  [
    'mentions add up',
    [
      ['smith', 'other', 1],
      ['smith', 'other', 2],
      ['jones', 'other', 2],
    ],
    3,
    {},
    'smith',
  ],
  [
    'a tie goes to the later mention',
    [
      ['smith', 'other', 1],
      ['jones', 'other', 1],
    ],
    2,
    {},
    'jones',
  ],
  [
    'a clashing gender is skipped',
    [
      ['smith', 'speaker', 1],
      ['jones', 'other', 1],
    ],
    2,
    { smith: 'clash' },
    'jones',
  ],
  [
    'a known agreement outweighs an open one of equal weight',
    [
      ['smith', 'other', 1],
      ['jones', 'other', 1],
    ],
    2,
    { smith: 'agrees' },
    'smith',
  ],
  [
    'but not a much heavier open one',
    [
      ['smith', 'other', 1],
      ['jones', 'speaker', 1],
    ],
    2,
    { smith: 'agrees' },
    'jones',
  ],
  ['everyone clashing gives nobody', [['smith', 'speaker', 1]], 2, { smith: 'clash' }, null],
];

describe('Salience', () => {
  it.each(ROWS)('%s', (_what, mentions, at, fit, want) => {
    const s = new Salience<string>((p) => p);
    for (const [p, role, sentence] of mentions) s.note(p, role, sentence);
    expect(s.best(at, (p) => fit[p] ?? 'open')?.person ?? null).toBe(want);
  });

  it('holds a handful of people, forgetting the weakest', () => {
    const s = new Salience<string>((p) => p);
    s.note('lead', 'speaker', 10);
    for (let i = 0; i < 12; i += 1) s.note(`p${i}`, 'other', i);
    expect(s.best(10, (p) => (p === 'lead' ? 'open' : 'clash'))?.person).toBe('lead');
    expect(s.best(10, (p) => (p === 'p0' ? 'open' : 'clash'))).toBeNull();
  });

  it('keeps the latest value for a person and tells who came last', () => {
    const s = new Salience<{ key: string; v: number }>((p) => p.key);
    s.note({ key: 'smith', v: 1 }, 'other', 1);
    s.note({ key: 'jones', v: 1 }, 'other', 1);
    s.replace({ key: 'smith', v: 2 });
    expect(s.best(1, (p) => (p.key === 'smith' ? 'open' : 'clash'))?.person.v).toBe(2);
    expect(s.latest()?.key).toBe('jones');
  });
});

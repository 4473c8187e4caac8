/**
 * Participles of the passive attribution frame "X is seen by Y as Z", "X has been described as
 * 'heartbreaking' by Y": verbs of describing, judging and perceiving, whose agent is the source.
 */
import { lazyMap, LazyMap, lazySet, LazySet } from './lazy';
import { inflect } from './verbs';

/** Past participles that take "as" and a "by" agent. */
// prettier-ignore
export const PASSIVE_FRAMES: LazySet<string> = lazySet<string>(() => [
  'described', 'seen', 'regarded', 'viewed', 'considered', 'branded', 'labelled', 'labeled',
  'called', 'dubbed', 'hailed', 'touted', 'characterized', 'characterised', 'portrayed',
  'depicted', 'perceived', 'denounced', 'condemned', 'criticized', 'criticised', 'praised',
  'reviled', 'derided', 'dismissed', 'lauded', 'celebrated', 'cited', 'identified', 'deemed',
  'judged', 'rated', 'ranked', 'painted', 'cast', 'billed', 'presented', 'treated', 'remembered',
]);

/** Participles of judging whose "by" agent gives a reason: "criticized by X for Y", "accused by X of Y". */
export const REASON_FRAMES: LazyMap<string, string> = lazyMap<string, string>(() => [
  ...(
    'criticized criticised condemned praised blamed faulted lauded hailed applauded slammed ' +
    'attacked denounced commended thanked'
  )
    .split(' ')
    .map((w) => [w, 'for'] as const),
  ['accused', 'of'],
  ['suspected', 'of'],
  // Verdicts: "convicted by a Milan court of kidnapping", the court's finding is the charge.
  ['convicted', 'of'],
  ['acquitted', 'of'],
]);

/**
 * Verbs of judging whose active "V X as Y" states the subject's view of X ("portrayed the strike
 * as an attack", "has dismissed the protests as the work of ..."): the judgement is the claim.
 */
// prettier-ignore
const ACTIVE_AS_ENTRIES: ReadonlyArray<readonly [string, (readonly [string, string])?]> = [
  ['view'], ['portray'], ['depict'], ['brand'], ['paint'], ['cast', ['cast', 'cast']],
  ['characterize'], ['characterise'], ['perceive'], ['define'], ['label'], ['dismiss'],
  ['tout'], ['hail'], ['frame'], ['present'], ['denounce'], ['pitch'],
  // "regarded Page as their boss", "described the adverts as a first wave", "identifies the
  // ringleader as John Doe", "lists her as founder", "recognized the comet as a candidate",
  // "remembers it as a trying time", "greeted the news as a step forward", "cited the backlash
  // as proof": a view or an account of X, stated as "as Y".
  ['regard'], ['describe'], ['identify'], ['list'], ['recognize'], ['recognise'], ['remember'],
  ['greet'], ['cite'],
];

/** Finite forms and participles (no "-ing") of the active "V X as Y" verbs, to their lemma. */
export const ACTIVE_AS_FORMS: LazyMap<string, string> = lazyMap<string, string>(() =>
  ACTIVE_AS_ENTRIES.flatMap(([lemma, irregular]) =>
    inflect(lemma, irregular)
      .filter((form) => !form.endsWith('ing'))
      .map((form) => [form, lemma] as const),
  ),
);

/**
 * Participles of judging in a relative or fronted passive ("Comet Lee, which has been called a
 * potential comet of the century, ...", "a man who was considered a flight risk by police",
 * "Long considered one of the great snubs, the band ..."), each with the words that must follow
 * it before the judgement. The holders of the view are left out (or named by a "by" agent).
 * "called" only after "been": "which is called Laramidia" is a name the author gives.
 */
// prettier-ignore
export const JUDGED_PARTICIPLES: LazyMap<string, readonly string[]> = lazyMap<
  string,
  readonly string[]
>(() => [
  ['considered', []], ['deemed', []], ['described', ['as']], ['regarded', ['as']],
  ['seen', ['as']], ['viewed', ['as']], ['perceived', ['as']], ['characterized', ['as']],
  ['characterised', ['as']], ['billed', ['as']], ['thought', ['of', 'as']],
  ['referred', ['to', 'as']], ['called', []],
]);

/**
 * A charge or a verdict passed on in the passive with no agent ("was accused Wednesday of trying
 * to deceive voters", "was found guilty of heading a group"): the participle, the preposition of
 * the charge, and who holds it when no "by" names them — a verdict is a court's, a charge or an
 * accusation someone's left unnamed. Not "suspected": a suspicion is the author's background.
 */
export interface AccusationFrame {
  prep: string;
  source: string;
}

/** Participles (and "guilty" after "found") of charge and verdict passives. */
export const ACCUSATION_PASSIVES: LazyMap<string, AccusationFrame> = lazyMap<
  string,
  AccusationFrame
>(() => [
  ['accused', { prep: 'of', source: 'unnamed source' }],
  ['charged', { prep: 'with', source: 'unnamed source' }],
  ['convicted', { prep: 'of', source: 'court' }],
  ['guilty', { prep: 'of', source: 'court' }],
]);

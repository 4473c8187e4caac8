/**
 * Participles of the passive attribution frame "X is seen by Y as Z", "X has been described as
 * 'heartbreaking' by Y": verbs of describing, judging and perceiving, whose agent is the source.
 */
import { lazyMap, LazyMap, lazySet, LazySet } from './lazy';

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
]);

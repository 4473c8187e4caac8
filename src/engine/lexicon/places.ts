/**
 * Words that make a capitalised name a place rather than a person ("New Zealand", "Saudi Arabia",
 * "Los Angeles", "Ivory Coast"). A place that "says" something is its government speaking. Each
 * word counts only in its own position, so "Virginia Woolf" stays a person.
 */
import { lazySet, LazySet } from './lazy';

/** Words that open place names, never a person's name. */
// prettier-ignore
const FIRST = (
  'new north south east west central northern southern eastern western upper lower greater ' +
  'saudi united el las los san santa sao saint sri hong costa puerto sierra burkina cape port ' +
  'fort mount gulf czech dominican ivory papua trinidad bosnia tel abu'
);

/** Words that close place names. */
// prettier-ignore
const LAST = (
  'arabia korea zealand africa america europe asia republic kingdom states emirates island ' +
  'islands coast leone lanka rica salvador faso guinea herzegovina tobago vegas angeles francisco ' +
  'diego kong city county valley bay province region territory territories strip peninsula sea ' +
  'ocean river lake mountains heights springs falls harbour harbor square avenue road bridge ' +
  'airport station'
);

const FIRST_WORDS: LazySet<string> = lazySet<string>(() => FIRST.split(' '));
const LAST_WORDS: LazySet<string> = lazySet<string>(() => LAST.split(' '));

/** Do these lower-cased name words (two or more) name a place? */
export function isPlaceName(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  return FIRST_WORDS.has(words[0] ?? '') || LAST_WORDS.has(words[words.length - 1] ?? '');
}

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

/**
 * One-word names of states and of US states ("England", "Maryland"), which follow a city or an
 * institution between commas ("of the University of Leeds, England,"). Some are also first names
 * ("Georgia"), so they count as places only where a place is expected.
 */
// prettier-ignore
const REGIONS = (
  'afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain ' +
  'bangladesh belarus belgium bolivia brazil bulgaria cambodia cameroon canada chile china ' +
  'colombia croatia cuba cyprus denmark ecuador egypt england estonia ethiopia finland france ' +
  'germany ghana greece hungary iceland india indonesia iran iraq ireland israel italy jamaica ' +
  'japan jordan kazakhstan kenya kuwait latvia lebanon libya lithuania luxembourg malaysia mali ' +
  'malta mexico mongolia morocco mozambique myanmar nepal netherlands nigeria norway oman pakistan ' +
  'panama peru philippines poland portugal qatar romania russia rwanda scotland senegal serbia ' +
  'singapore slovakia slovenia somalia spain sudan sweden switzerland syria taiwan tanzania ' +
  'thailand tunisia turkey uganda ukraine uruguay uzbekistan venezuela vietnam wales yemen zambia ' +
  'zimbabwe uk us usa alabama alaska arizona arkansas california colorado connecticut delaware ' +
  'florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland ' +
  'massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma ' +
  'oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming ' +
  'ontario quebec alberta bavaria catalonia queensland victoria tasmania ' +
  // The abbreviations news style gives US states after a city ("Cambridge, Mass.,").
  'ala ariz ark calif colo conn fla ill ind kan ky mass mich minn miss mont neb nev okla ore ' +
  'penn tenn wash wis wyo'
);

const REGION_WORDS: LazySet<string> = lazySet<string>(() => REGIONS.split(' '));

/** Do these lower-cased name words name a place: a state or country, or a multi-word place? */
export function isRegionName(words: readonly string[]): boolean {
  return words.length === 1 ? REGION_WORDS.has(words[0] ?? '') : isPlaceName(words);
}

/**
 * Nouns that voice a demand: writings, protests and the crowds that make them. Right before a
 * verb of requesting in "-ing" ("a petition calling for tight limits", "protesters demanding
 * that he go", "reports urging new rules") the noun is that verb's subject, as in a relative
 * clause ("a petition that calls for ..."); a plain "a man urging calm" is left to the verb rules.
 */
import { lazySet, type LazySet } from './lazy';

/**
 * Writings that carry their author's words: as a main verb's object ("released a petition
 * calling for ...") they speak for the main clause's subject.
 */
// prettier-ignore
export const WRITINGS: LazySet<string> = lazySet(() => [
  'petition', 'petitions', 'letter', 'letters', 'report', 'reports', 'resolution', 'resolutions',
  'motion', 'motions', 'statement', 'statements', 'editorial', 'editorials', 'banner', 'banners',
  'placard', 'placards', 'sign', 'signs', 'poster', 'posters', 'advert', 'adverts',
]);

/** Protests and the people who make them, which voice their own demands. */
// prettier-ignore
const PROTESTS = [
  'campaign', 'campaigns', 'protest', 'protests', 'rally', 'rallies', 'demonstration',
  'demonstrations', 'march', 'marches', 'slogan', 'slogans', 'chant', 'chants', 'protester',
  'protesters', 'protestor', 'protestors', 'demonstrator', 'demonstrators', 'marchers', 'crowd',
  'crowds', 'activists', 'groups',
];

/** Every noun that voices a demand: the writings and the protests. */
export const VOICING_NOUNS: LazySet<string> = lazySet(() => [...WRITINGS, ...PROTESTS]);

/** Lemmas of requesting whose reduced "-ing" takes a voicing noun as subject ("urging", "calling for"). */
// prettier-ignore
export const REQUEST_LEMMAS: LazySet<string> = lazySet(() => [
  'urge', 'demand', 'call', 'call for', 'call on', 'appeal', 'appeal for', 'press for', 'push for',
  'plead', 'plead for', 'ask', 'ask for', 'request',
]);

/**
 * Messages that carry a claim of their own right before a reporting verb in "-ing" ("Lee's tweet
 * calling her a fraud", "a blog post reaffirming the ban", "signed certifications attesting they
 * had checked"): the message is that verb's subject, as in "a tweet that called her a fraud".
 */
// prettier-ignore
export const MESSAGE_NOUNS: LazySet<string> = lazySet(() => [
  'tweet', 'tweets', 'post', 'posts', 'message', 'messages', 'email', 'emails', 'e-mail',
  'e-mails', 'memo', 'memos', 'note', 'notes', 'ad', 'ads', 'advert', 'adverts', 'advertisement',
  'advertisements', 'commercial', 'commercials', 'video', 'videos', 'graph', 'graphs', 'chart',
  'charts', 'certification', 'certifications', 'filing', 'filings', 'release', 'releases',
  'op-ed', 'column', 'columns', 'essay', 'essays', 'speech', 'speeches', 'text', 'texts',
  ...WRITINGS,
]);

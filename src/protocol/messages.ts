/**
 * The one message contract between content script, background and popup.
 *
 * Each message name maps to its payload and its reply; `send*` and `onMessages` are typed against
 * this map, so a renamed field or a new message is a compile error everywhere it is used. Nothing
 * else in the extension passes string message names around.
 */
import type { ExtractionResult, TextBlock } from '../engine/types';
import type { HighlightPlan } from '../page/highlight/plan';
import type { CategoryToggles, Detection } from '../page/types';
import type { PackedJson } from './compact';

/** Where an annotation's time went, in milliseconds: for the benchmark and the popup's footer. */
export interface AnnotationTimings {
  /** Each stage as the content script timed it (`engine`: the round trip to the background). */
  detect: number;
  extract: number;
  engine: number;
  highlight: number;
  /** Of `engine`, the engine's own run in the background; the rest is messaging and waiting. */
  engineRun: number;
  /** Detection's start to the highlights registered, wall clock: the stages and the pauses. */
  total: number;
}

/** The background's answer to `extract`. */
export interface EngineReply {
  /** What to draw, as offsets: the page builds its ranges from these numbers alone. */
  plan: HighlightPlan;
  /**
   * Where the records wait: the page collects them with `records` once its highlights are drawn
   * (packed records are most of the bytes, and messaging a string costs about 0.1 ms per KB).
   */
  ticket: number;
  /** Milliseconds the engine itself ran (`AnnotationTimings.engineRun`). */
  engineMs: number;
}

/** What the content script knows about its page. */
export type PageReport =
  | { status: 'working'; url: string; title: string }
  | { status: 'disabled-site'; url: string; title: string; host: string }
  | {
      status: 'not-news';
      url: string;
      title: string;
      detection: Detection;
      /**
       * Milliseconds the content script spent deciding (extract only when detection said news but
       * no article was found): what a non-news page pays, for the benchmark.
       */
      timings?: { detect: number; extract?: number };
    }
  | {
      status: 'annotated';
      url: string;
      title: string;
      detection: Detection;
      /** True when the reader asked to annotate a page detection rejected. */
      forced: boolean;
      blocks: TextBlock[];
      result: ExtractionResult;
      timings: AnnotationTimings;
    };

/** Messages handled by the content script (sent by the popup or background to a tab). */
export interface ContentProtocol {
  /** Liveness check: lets the popup tell "not injected yet" from "nothing found". */
  ping: { payload: null; reply: { ready: true } };
  getReport: { payload: null; reply: PageReport };
  setCategories: { payload: CategoryToggles; reply: null };
  /** Scroll to an attribution and flash it; false if its text is no longer in the page. */
  jumpToClaim: { payload: { id: number }; reply: boolean };
  /** Annotate even though detection said the page is not news. */
  annotateAnyway: { payload: null; reply: PageReport };
  /** Step to the next (+1) or previous (-1) claim. */
  stepClaim: { payload: { direction: 1 | -1 }; reply: null };
  /** Show or hide all highlights at once (keyboard command). */
  toggleHighlights: { payload: null; reply: null };
}

/** Messages handled by the background script (sent by content scripts). */
export interface BackgroundProtocol {
  /** A tab's claim count changed: update its toolbar badge. */
  reportClaims: { payload: { count: number }; reply: null };
  /**
   * Run the attribution engine on an article's blocks. The engine lives in the background: one
   * instance per browser, compiled and warmed up once, instead of a cold copy in every page.
   */
  extract: { payload: { blocks: TextBlock[] }; reply: EngineReply };
  /**
   * Collect the records of an `extract` answer, packed against the blocks sent (offsets and ids,
   * no repeated text) as one string decoded only when the popup or the hover card needs them.
   * Null when they are gone (collected already, or the background restarted): ask `extract` again.
   */
  records: { payload: { ticket: number }; reply: PackedJson<ExtractionResult> | null };
  /**
   * A page was judged news and its article is being extracted: start the engine now (a stopped
   * background wakes up, a fresh one compiles and warms its engine) so it is ready when `extract`
   * comes. Pages not judged news never send it.
   */
  warm: { payload: null; reply: null };
}

export type ContentMessage = keyof ContentProtocol;
export type BackgroundMessage = keyof BackgroundProtocol;

/** The envelope actually sent over runtime messaging. */
export interface Envelope<M extends string = string> {
  sourcelight: 1;
  type: M;
  payload: unknown;
}

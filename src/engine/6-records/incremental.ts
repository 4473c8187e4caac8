/**
 * The engine as a sequence of bounded slices, so the content script can run it on a long article
 * without one long main-thread task. The engine has no clock (no DOM, no Node types): a slice is a
 * budget of work units — characters of block text per stage — and the caller measures time.
 *
 * How the controller drives it: call `next()` until `done`, and give the browser the main thread
 * back whenever the current task has run for about a frame's worth of time (so no task comes near
 * the 50 ms long-task line, and input stays responsive on long articles):
 *
 *   const run = extractAttributionsInSlices(blocks); // DEFAULT_SLICE_BUDGET per slice
 *   let taskStart = performance.now();
 *   let step = run.next();
 *   while (step.done !== true) {
 *     if (performance.now() - taskStart > 8) {
 *       await yieldToBrowser(); // scheduler.yield() where it exists, else setTimeout(r, 0)
 *       if (signal.aborted) return; // page navigated or content script torn down
 *       taskStart = performance.now();
 *     }
 *     step = run.next();
 *   }
 *   const result = step.value; // exactly what extractAttributions(blocks) returns
 *
 * Short articles finish inside the first task with no yield at all. Abandon a run by no longer
 * calling `next()`: the generator holds no resources. The blocks must not change during a run.
 */
import { ArticleState, processBlock } from './article';
import { headlineEchoes } from '../2-quotes/echo';
import { crossheadEchoes } from '../2-quotes/crosshead-echo';
import { creditPullQuotes } from '../2-quotes/pull-quote';
import { creditReportedDisplay, resolveDisplaySpeakers } from '../5-speakers/display';
import { creditAllegedToAccuser } from '../5-speakers/accuser';
import { creditBlockQuotes } from './credit-lines';
import { creditInlinePosts } from './inline-posts';
import { creditVoices } from './voices';
import { creditTranscriptTurns } from './speaker-labels';
import { ownVoiceStarts } from './own-voice-turns';
import { creditInterviewAnswers, findInterview } from './credit-interview';
import { EntityResolver } from '../5-speakers/entities';
import { findHedges } from '../3-cues/hedging';
import { buildBlockModel, type BlockModel } from '../1-text/model';
import { collectNamesInSteps } from '../5-speakers/collect-names';
import { midSentenceCaps } from '../5-speakers/opening-caps';
import type { KnownName } from '../5-speakers/known-names';
import type { Resolved } from './nesting';
import { toAttribution } from './records';
import { holdsPageCode } from './page-code';
import { isPostSignature } from './post-signature';
import type { ExtractionResult, Hedge, TextBlock } from '../types';

/** How to cut the work: `sliceBudget` characters of block text per slice (per stage). */
export interface SliceOptions {
  sliceBudget?: number;
}

/**
 * Characters per slice: about 1,300 words, a few milliseconds even cold (`npm run bench:engine`
 * prints the longest slice of a 100,000-word article); the caller still measures real time.
 */
export const DEFAULT_SLICE_BUDGET = 8_000;

/** Counts work units and says when a slice is full. */
class Meter {
  private used = 0;
  constructor(private readonly budget: number) {}
  /** Add work; true when the slice is full (and the count restarts). */
  spend(units: number): boolean {
    this.used += units;
    if (this.used < this.budget) return false;
    this.used = 0;
    return true;
  }
}

/** Already sorted by block? (Then the stable sort would change nothing; usually no echoes.) */
function inBlockOrder(records: readonly Resolved[]): boolean {
  for (let i = 1; i < records.length; i += 1) {
    if ((records[i - 1]?.raw.block ?? 0) > (records[i]?.raw.block ?? 0)) return false;
  }
  return true;
}

/**
 * Find every attributed claim in an article, yielding between slices of at most about
 * `sliceBudget` characters of work; the generator's return value is the full result.
 */
export function* extractAttributionsInSlices(
  blocks: readonly TextBlock[],
  options: SliceOptions = {},
): Generator<void, ExtractionResult, void> {
  const meter = new Meter(Math.max(1, options.sliceBudget ?? DEFAULT_SLICE_BUDGET));
  const models: BlockModel[] = [];
  for (let i = 0; i < blocks.length; i += 1) {
    const b = blocks[i];
    if (b === undefined) continue;
    models.push(buildBlockModel(i, b.kind, b.text));
    if (meter.spend(b.text.length)) yield;
  }
  const naming = collectNamesInSteps(models);
  let names: Map<string, KnownName> | undefined;
  while (names === undefined) {
    const step = naming.next();
    if (step.done === true) names = step.value;
    else if (meter.spend(step.value)) yield;
  }
  const state = new ArticleState(new EntityResolver(names), names, midSentenceCaps(models));
  state.interview = findInterview(models, names);
  state.ownVoice = ownVoiceStarts(models, state.interview);
  for (let i = 0; i < models.length; i += 1) {
    const model = models[i];
    if (model === undefined) continue;
    processBlock(state, model, models[i - 1]);
    if (meter.spend(model.text.length)) yield;
  }
  // Pull quotes first, so display echoes of their words copy the right speaker.
  creditPullQuotes(models, state.out);
  const echoes = [...headlineEchoes(models, state.out), ...crossheadEchoes(models, state.out)];
  // Echoes belong to display blocks near the top: merge them in by block, keeping body order;
  // markup or script data leaked into the text yields quote-like stretches that are no claims.
  // An embedded post's signature line left uncredited is no claim either.
  const records = [...state.out, ...echoes].filter((r) => {
    const text = models[r.raw.block]?.text.slice(r.raw.start, r.raw.end) ?? '';
    return !holdsPageCode(text) && !isPostSignature(text);
  });
  // Role nouns read before the article named who held the role ("The French president ...").
  const moved = state.resolver.mergeForwardRoles(new Set(records.map((r) => r.speaker)));
  for (const r of records) {
    r.speaker = moved.get(r.speaker) ?? r.speaker;
    if (r.via !== undefined) r.via = moved.get(r.via) ?? r.via;
  }
  // "Browns player on the fight: ...": the body names the described display speaker.
  resolveDisplaySpeakers(models, records, (id) => state.resolver.get(id)?.type);
  // "X reportedly ...": the outlet the article's top credits with the report.
  creditReportedDisplay(models, records, (id) => state.resolver.get(id)?.type);
  // "X allegedly ...": the prosecutors, indictment or suit the article cites.
  creditAllegedToAccuser(records, (id) => state.resolver.get(id));
  // "> A bold attempt ... [ Engadget ]": block quotes credited on the line after them.
  creditBlockQuotes(models, records, state.resolver);
  // "Power is back. — Ann Lee (@annlee) May 3, 2017": a post and its signature on one line.
  creditInlinePosts(models, records, state.resolver);
  // "JANE DOE: The money was wasted ...": transcript and Q&A turns labelled with their speaker.
  creditTranscriptTurns(models, records, state.resolver);
  // "What did you read? I read some Marvel.": an interview's answers with no speaker labels.
  creditInterviewAnswers(models, records, state.resolver, state.interview);
  // "Ann Lee, Leeds, UK" over "I worked at the mill ...": first-person accounts under their author.
  creditVoices(models, records, state.resolver);
  if (!inBlockOrder(records)) records.sort((a, b) => a.raw.block - b.raw.block);
  const hedges: Hedge[] = [];
  /** Hedges of each block, for the `hedged` flag: a claim only looks at its own block. */
  const hedgesByBlock: Hedge[][] = [];
  for (const model of models) {
    const found = findHedges(model);
    for (const h of found) hedges.push(h);
    hedgesByBlock.push(found);
    if (meter.spend(model.text.length)) yield;
  }
  const attributions = [];
  for (let id = 0; id < records.length; id += 1) {
    const r = records[id];
    if (r === undefined) continue;
    const block = models[r.raw.block];
    if (block === undefined) throw new Error('attribution outside the article');
    const a = toAttribution(block, r, id);
    a.hedged =
      (hedgesByBlock[r.raw.block] ?? []).some(
        (h) => h.start >= a.content.start - 40 && h.end <= a.content.end + 40,
      ) || a.cue?.class === 'hedging';
    attributions.push(a);
    if (meter.spend(a.content.end - a.content.start)) yield;
  }
  const used = new Set<number>();
  for (const a of attributions) {
    used.add(a.speaker);
    if (a.via !== null) used.add(a.via);
  }
  return { attributions, entities: state.resolver.list().filter((e) => used.has(e.id)), hedges };
}

/** Run a sliced extraction to the end in one go (Node, tests, the CLI). */
export function runToEnd<T>(run: Generator<void, T, void>): T {
  for (;;) {
    const step = run.next();
    if (step.done === true) return step.value;
  }
}

/**
 * The engine's contract: article text in, attribution records out.
 *
 * Everything here is plain data (JSON-serializable) so the same records travel from the engine to
 * the content script's highlighter, across the message protocol to the popup, and out of the CLI.
 * Every span is an offset pair into the text of one input block, so the page layer can map it back
 * to a DOM range without re-searching the text.
 */

/** What part of the article a block of text is; cues differ by kind (headlines drop "said"). */
export type BlockKind =
  'headline' | 'standfirst' | 'paragraph' | 'blockquote' | 'crosshead' | 'listItem';

/** One block of article text, in reading order. */
export interface TextBlock {
  kind: BlockKind;
  text: string;
}

/** A half-open range `[start, end)` of UTF-16 offsets into `blocks[block].text`. */
export interface Span {
  block: number;
  start: number;
  end: number;
}

/** `direct`: entirely quoted; `indirect`: reported speech; `mixed`: partly quoted. */
export type AttributionKind = 'direct' | 'indirect' | 'mixed';

/**
 * How the attributing words frame the claim:
 * - `neutral`: say, tell, state, add, according to;
 * - `loaded`: evaluative verbs that frame the speaker (claim, insist, admit, concede, allege, boast);
 * - `hedging`: distancing the outlet from the claim (reportedly, allegedly, is said to);
 * - `stance`: beliefs and positions rather than speech (believe, hope, worry, deny, reject, condemn).
 */
export type CueClass = 'neutral' | 'loaded' | 'hedging' | 'stance';

/**
 * What the claim is, whatever words frame it: `speech` (said, told, announced), `projection`
 * (forecast, expect, estimate), `belief` (think, fear, regard as), `finding` (a study found, a poll
 * showed) or `testimony` (testified, recounted, recalled).
 */
export type ClaimClass = 'speech' | 'projection' | 'belief' | 'finding' | 'testimony';

/** Source types, as in the gold annotation scheme. */
export type EntityType =
  'person' | 'organization' | 'government' | 'media' | 'document' | 'anonymous' | 'unknown';

/** A stretch of text with its location. */
export interface TextSpan extends Span {
  text: string;
}

/** The attributing words ("said", "told reporters", "according to", "insisted"). */
export interface Cue extends TextSpan {
  /** Dictionary form of the head word ("insist" for "insisted", "according to"). */
  lemma: string;
  class: CueClass;
}

/** A source of claims, merged across all its mentions in the article. */
export interface Entity {
  id: number;
  /** Canonical name: the fullest form the article gives ("Emmanuel Macron"). */
  name: string;
  type: EntityType;
  /** Other surface forms seen ("Macron", "the French president", "Mr Macron"). */
  aliases: string[];
  /** Every place the entity is named or referred to, in reading order. */
  mentions: TextSpan[];
}

/** One attributed claim. */
export interface Attribution {
  id: number;
  kind: AttributionKind;
  /** What kind of claim it is (from the cue's meaning; `speech` for a cue-less quote). */
  claim: ClaimClass;
  /** The claim itself (quotation marks of a direct quote excluded). */
  content: TextSpan;
  /** The quoted stretches inside `content` (all of it for `direct`, none for `indirect`). */
  quotes: Span[];
  /** The attributing words; null for a quote that continues the previous speaker with no cue. */
  cue: Cue | null;
  /** Entity id of the source. */
  speaker: number;
  /** Where the source is named for this claim (a pronoun, surname, role noun...), if anywhere. */
  speakerMention: TextSpan | null;
  /** Entity id the claim was relayed through ("the ministry said Lecornu insisted ..."). */
  via: number | null;
  /** The claim is distanced by a hedge (reportedly, allegedly, "is said to"). */
  hedged: boolean;
  /** 0..1: how sure the engine is of this record (pattern strength, speaker resolution). */
  confidence: number;
}

/** A hedge word or phrase found in the text, whether or not it attaches to an attribution. */
export interface Hedge extends TextSpan {
  lemma: string;
}

/** Everything the engine finds in one article. */
export interface ExtractionResult {
  attributions: Attribution[];
  entities: Entity[];
  hedges: Hedge[];
}

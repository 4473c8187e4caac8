/**
 * Run the engine over a gold set and score it: micro-averaged counts for the side-by-side summary,
 * and the article-by-article table with every miss, speaker error and false positive.
 */
import { extractAttributions } from '../../src/engine/index';
import type { GoldDocument } from './load';
import { prf, scoreDocument, type DocumentScore, type PredictedRecord } from './score';

/** Micro-averaged counts over a set. */
export interface SetScore {
  gold: number;
  predicted: number;
  content: number;
  right: number;
}

/** The engine's records for one article, in the scorer's terms. */
function predictions(doc: GoldDocument): PredictedRecord[] {
  const result = extractAttributions(doc.article.blocks);
  const names = new Map(result.entities.map((e) => [e.id, e.name]));
  return result.attributions.map((a) => ({
    speaker: names.get(a.speaker) ?? '',
    content: a.content.text,
    mention: a.speakerMention?.text ?? '',
  }));
}

function scored(doc: GoldDocument): { preds: PredictedRecord[]; score: DocumentScore } {
  const preds = predictions(doc);
  return { preds, score: scoreDocument(preds, doc.attributions, doc.entities) };
}

/** Score every article of a set, summed. */
export function scoreSet(docs: readonly GoldDocument[]): SetScore {
  const total: SetScore = { gold: 0, predicted: 0, content: 0, right: 0 };
  for (const doc of docs) {
    const { score } = scored(doc);
    total.gold += score.gold;
    total.predicted += score.predicted;
    total.content += score.contentMatches;
    total.right += score.attributedRight;
  }
  return total;
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

function row(label: string, gold: number, predicted: number, content: number, right: number) {
  const c = prf(content, predicted, gold);
  const a = prf(right, predicted, gold);
  return `${label.padEnd(28)} ${String(gold).padStart(4)} ${String(predicted).padStart(4)} | ${pct(c.precision)} ${pct(c.recall)} ${pct(c.f1)} | ${pct(a.precision)} ${pct(a.recall)} ${pct(a.f1)}`;
}

/** Article-by-article table of one set; with `verbose`, every error under its article. */
export function printArticles(
  docs: readonly GoldDocument[],
  options: { verbose: boolean; only: string | undefined },
): void {
  const total: SetScore = { gold: 0, predicted: 0, content: 0, right: 0 };
  console.log(
    'article                      gold pred | content P    R    F1 | attrib P    R    F1',
  );
  for (const doc of docs) {
    if (options.only !== undefined && doc.id !== options.only) continue;
    const { preds, score: s } = scored(doc);
    total.gold += s.gold;
    total.predicted += s.predicted;
    total.content += s.contentMatches;
    total.right += s.attributedRight;
    console.log(row(doc.id, s.gold, s.predicted, s.contentMatches, s.attributedRight));
    if (options.verbose) printErrors(doc, preds, s);
  }
  console.log(row('MICRO', total.gold, total.predicted, total.content, total.right));
}

function printErrors(doc: GoldDocument, preds: readonly PredictedRecord[], s: DocumentScore) {
  const matchedG = new Map(s.pairs.map((p) => [p.gold, p]));
  const matchedP = new Set(s.pairs.map((p) => p.predicted));
  doc.attributions.forEach((g, i) => {
    const pair = matchedG.get(i);
    if (pair === undefined) console.log(`   MISS  [${g.speaker}] ${g.cue} | ${g.content}`);
    else if (!pair.speakerRight)
      console.log(
        `   SPKR  gold [${g.speaker}] pred [${preds[pair.predicted]?.speaker}] <${preds[pair.predicted]?.mention}> | ${g.content.slice(0, 80)}`,
      );
  });
  preds.forEach((p, i) => {
    if (!matchedP.has(i)) console.log(`   FP    [${p.speaker}] ${p.content}`);
  });
}

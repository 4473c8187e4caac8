/**
 * `npm run eval [-- --verbose] [--only=ID] [--dir DIR]`: score the engine on every annotated article
 * of a corpus directory (default ../shared/corpus/dev relative to the project root; the blind
 * held-out sets are tests/heldout and tests/heldout/sealed) with the README's rule, printing
 * per-article and micro-averaged precision / recall / F1 for content and attribution.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractAttributions } from '../src/engine/index';
import { loadGold } from './eval/load';
import { prf, scoreDocument, type PredictedRecord } from './eval/score';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.find((a) => a.startsWith('--only='))?.slice(7);
/** `--dir=PATH`, `--dir PATH` or a bare PATH; the dev set by default. */
function corpusDir(): string {
  const eq = args.find((a) => a.startsWith('--dir='))?.slice(6);
  const flag = args.indexOf('--dir');
  const spaced = flag >= 0 ? args[flag + 1] : undefined;
  const bare = args.find((a, i) => !a.startsWith('--') && (flag < 0 || i !== flag + 1));
  return eq ?? spaced ?? bare ?? '../shared/corpus/dev';
}
const dir = resolve(root, corpusDir());

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
let gold = 0;
let predicted = 0;
let content = 0;
let right = 0;
console.log('article                      gold pred | content P    R    F1 | attrib P    R    F1');
for (const doc of loadGold(dir)) {
  if (only !== undefined && doc.id !== only) continue;
  const result = extractAttributions(doc.article.blocks);
  const names = new Map(result.entities.map((e) => [e.id, e.name]));
  const preds: PredictedRecord[] = result.attributions.map((a) => ({
    speaker: names.get(a.speaker) ?? '',
    content: a.content.text,
  }));
  const s = scoreDocument(preds, doc.attributions, doc.entities);
  gold += s.gold;
  predicted += s.predicted;
  content += s.contentMatches;
  right += s.attributedRight;
  const c = prf(s.contentMatches, s.predicted, s.gold);
  const a = prf(s.attributedRight, s.predicted, s.gold);
  console.log(
    `${doc.id.padEnd(28)} ${String(s.gold).padStart(4)} ${String(s.predicted).padStart(4)} | ${pct(c.precision)} ${pct(c.recall)} ${pct(c.f1)} | ${pct(a.precision)} ${pct(a.recall)} ${pct(a.f1)}`,
  );
  if (!verbose) continue;
  const matchedG = new Map(s.pairs.map((p) => [p.gold, p]));
  const matchedP = new Set(s.pairs.map((p) => p.predicted));
  doc.attributions.forEach((g, i) => {
    const pair = matchedG.get(i);
    if (pair === undefined) console.log(`   MISS  [${g.speaker}] ${g.cue} | ${g.content}`);
    else if (!pair.speakerRight)
      console.log(
        `   SPKR  gold [${g.speaker}] pred [${preds[pair.predicted]?.speaker}] | ${g.content.slice(0, 80)}`,
      );
  });
  preds.forEach((p, i) => {
    if (!matchedP.has(i)) console.log(`   FP    [${p.speaker}] ${p.content}`);
  });
}
const c = prf(content, predicted, gold);
const a = prf(right, predicted, gold);
console.log(
  `${'MICRO'.padEnd(28)} ${String(gold).padStart(4)} ${String(predicted).padStart(4)} | ${pct(c.precision)} ${pct(c.recall)} ${pct(c.f1)} | ${pct(a.precision)} ${pct(a.recall)} ${pct(a.f1)}`,
);

/**
 * `tsx scripts/eval/check-gold.ts GOLD.json...`: check hand-made gold without running the engine —
 * the JSON shape, entity types, every speaker and `via` a listed entity, and every content copied
 * from the page as the annotator read it (`reader.ts`). Prints one line per problem; exit 1 if any.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { readerLines, readerText } from './reader';
import { goldProblems, type GoldFile } from './gold-shape';

let bad = 0;
for (const path of process.argv.slice(2)) {
  const gold = JSON.parse(readFileSync(path, 'utf8')) as GoldFile;
  const lines = readerLines(readerText(resolve(dirname(path), gold.file)));
  const problems = goldProblems(gold, lines);
  for (const p of problems) console.log(`${path}: ${p}`);
  if (problems.length === 0) console.log(`${path}: ok (${gold.attributions.length} attributions)`);
  bad += problems.length;
}
process.exit(bad > 0 ? 1 : 0);

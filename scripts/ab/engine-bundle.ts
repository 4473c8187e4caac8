/**
 * One tree's engine for the A/B scripts: `src/engine/index.ts` of a source tree (an old commit
 * unpacked with `git archive`, or the working tree) bundled by esbuild into `outDir` and imported,
 * so two engines run side by side in one Node process under the same load.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import type { ExtractionResult, TextBlock } from '../../src/engine/types';

/** The engine's one-call entry point, as each tree exports it. */
export type Extract = (blocks: TextBlock[]) => ExtractionResult;

/** Bundle `root`'s engine as `outDir/name.mjs` and return its `extractAttributions`. */
export async function loadEngine(name: string, root: string, outDir: string): Promise<Extract> {
  const outfile = join(outDir, `${name}.mjs`);
  await build({
    entryPoints: [join(root, 'src/engine/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'error',
  });
  return ((await import(outfile)) as { extractAttributions: Extract }).extractAttributions;
}

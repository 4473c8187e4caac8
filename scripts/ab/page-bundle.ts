import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Bundles an entry's source (imports of one tree's page code) into a script to evaluate in a
 * tab: minified for whitespace and syntax as the extension's build is, but with names kept so
 * profiles and coverage can name functions; `sourceURL` lets CDP replies pick it out.
 */
export async function pageBundle(entrySource: string, sourceURL: string): Promise<string> {
  const entry = join(mkdtempSync(join(tmpdir(), 'page-bundle-')), 'entry.ts');
  writeFileSync(entry, entrySource);
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    minifyWhitespace: true,
    minifySyntax: true,
  });
  return `${out.outputFiles[0]!.text}\n//# sourceURL=${sourceURL}`;
}

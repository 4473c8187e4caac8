import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** The source files the content script's bundle is made of (WXT's own modules left out). */
async function contentScriptInputs(): Promise<string[]> {
  const out = await build({
    entryPoints: ['src/page/content.ts'],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    external: ['wxt', 'wxt/*', '@wxt-dev/*'],
    logLevel: 'silent',
  });
  return Object.keys(out.metafile.inputs);
}

describe('the content script bundle', () => {
  // The engine runs in the background: a page never parses or compiles it, and the script every
  // page loads stays small. An import that pulls the engine back in must fail here, not in a bench.
  it('holds the page layer but none of the engine', async () => {
    const inputs = await contentScriptInputs();
    expect(inputs).toContain('src/page/controller.ts');
    expect(inputs).toContain('src/page/detect/index.ts');
    expect(inputs.filter((path) => path.startsWith('src/engine/'))).toEqual([]);
  });
});

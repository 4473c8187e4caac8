/**
 * Builds the popup preview page (src/popup/testing/preview.tsx): the real components, styles and
 * strings over a fixed report, bundled at run time with Vite so specs can load it from the test
 * server without the extension's content script being involved.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { build, type Rolldown } from 'vite';
import type { PageReport } from '../../../src/protocol/messages';
import { englishMessages } from '../../../src/popup/testing/translate';
import { PROJECT_ROOT } from '../server';

/** The preview bundle's JavaScript. */
async function bundle(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root: PROJECT_ROOT,
    plugins: [preact()],
    build: {
      write: false,
      minify: false,
      lib: {
        entry: resolve(PROJECT_ROOT, 'src/popup/testing/preview.tsx'),
        formats: ['iife'],
        name: 'preview',
      },
    },
  });
  const results = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  const chunk = results
    .flatMap((result) => result.output)
    .find((item): item is Rolldown.OutputChunk => item.type === 'chunk');
  if (!chunk) throw new Error('preview: no JavaScript produced');
  return chunk.code;
}

/** JSON safe inside a script element: no `<` can close it. */
const asJson = (text: string) => text.replace(/</g, '\\u003c');
/** Code safe inside a script element (a `<` in code cannot be escaped like in JSON). */
const asCode = (text: string) => text.replace(/<\/(script)/gi, '<\\/$1');

/** The HTML of a preview page showing `report` with the popup's own stylesheet. */
export async function previewPage(report: PageReport): Promise<string> {
  const css = readFileSync(resolve(PROJECT_ROOT, 'src/popup/popup.css'), 'utf8');
  const data = JSON.stringify({ report, messages: englishMessages() });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="color-scheme" content="light dark"><title>Sourcelight</title>
<style>${css}</style></head><body><div id="app"></div>
<script>globalThis.PREVIEW = ${asJson(data)};</script>
<script>${asCode(await bundle())}</script></body></html>`;
}

/** Raw and gzipped sizes of what the Chrome build ships, grouped by entry point. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

export interface BundleSize {
  name: string;
  raw: number;
  gzip: number;
}

/** Every .js, .css and .html file of the build, largest first. */
export function bundleSizes(): BundleSize[] {
  return files(BUILD)
    .filter((f) => /\.(?:js|css|html)$/.test(f))
    .map((f) => {
      const bytes = readFileSync(f);
      return {
        name: relative(BUILD, f),
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
      };
    })
    .sort((a, b) => b.raw - a.raw);
}

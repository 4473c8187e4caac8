/**
 * Load the annotated articles of a corpus directory: each `<id>/gold.json` with the engine input
 * built from the file it names (plain text, or saved HTML — gzipped or not — through the CLI's
 * article loader, so the engine reads what the extension would extract).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { blocksFromHtml, blocksFromText, type LoadedArticle } from '../../src/cli/article';
import type { GoldEntity } from './score';

/** One gold attribution as the corpus writes it. */
export interface GoldAttribution {
  speaker: string;
  kind: string;
  cue: string;
  content: string;
  via?: string;
  loaded?: boolean;
}

/** One annotated article. */
export interface GoldDocument {
  id: string;
  entities: Record<string, GoldEntity>;
  attributions: GoldAttribution[];
  article: LoadedArticle;
}

/** Every annotated article under `dir`, sorted by id. */
export function loadGold(dir: string): GoldDocument[] {
  return readdirSync(dir)
    .filter((id) => existsSync(join(dir, id, 'gold.json')))
    .sort()
    .map((id) => {
      const goldPath = join(dir, id, 'gold.json');
      const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as {
        file: string;
        entities: Record<string, GoldEntity>;
        attributions: GoldAttribution[];
      };
      const file = resolve(dirname(goldPath), gold.file);
      const raw = readFileSync(file);
      const text = file.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
      const html = /\.html?(?:\.gz)?$/.test(file);
      const article = html ? blocksFromHtml(text) : blocksFromText(text);
      return { id, entities: gold.entities, attributions: gold.attributions, article };
    });
}

/**
 * An in-memory connector for component tests: it plays a scripted sequence of page reports (or
 * failures), keeps settings like synced storage would, and records every call so tests can check
 * what the popup asked the page to do.
 */
import { CATEGORIES, type CategoryToggles } from '../../page/types';
import type { PageReport } from '../../protocol/messages';
import {
  ConnectorFailure,
  type Connector,
  type ConnectorError,
  type PopupSettings,
} from '../connector';

/** One scripted answer to `getReport`. */
export type ScriptedAnswer = PageReport | ConnectorError;

export interface FakeOptions {
  /** Answers to successive `getReport` calls; the last one repeats. */
  reports: ScriptedAnswer[];
  /** What `annotateAnyway` returns. */
  forced?: PageReport;
  settings?: Partial<PopupSettings>;
  /** What `jumpToClaim` answers. */
  jumpFinds?: boolean;
  /** Storage fails: `loadSettings` and `saveSettings` reject. */
  storageFails?: boolean;
}

export interface FakeConnector extends Connector {
  readonly calls: { method: string; args: unknown[] }[];
  readonly copied: string[];
  readonly downloads: { fileName: string; mimeType: string; text: string }[];
  readonly stored: PopupSettings;
}

/** Every category on: the shipped default. */
export function allCategories(on = true): CategoryToggles {
  return Object.fromEntries(CATEGORIES.map((category) => [category, on])) as CategoryToggles;
}

/** Builds a fake connector playing `options`. */
export function createFakeConnector(options: FakeOptions): FakeConnector {
  const calls: FakeConnector['calls'] = [];
  const copied: string[] = [];
  const downloads: FakeConnector['downloads'] = [];
  let stored: PopupSettings = {
    categories: allCategories(),
    disabledSites: [],
    ...options.settings,
  };
  let next = 0;
  const record = (method: string, ...args: unknown[]) => calls.push({ method, args });
  const answer = (scripted: ScriptedAnswer | undefined): Promise<PageReport> => {
    if (scripted === undefined) return Promise.reject(new Error('fake: no report scripted'));
    if (typeof scripted === 'string') return Promise.reject(new ConnectorFailure(scripted));
    return Promise.resolve(structuredClone(scripted));
  };
  return {
    calls,
    copied,
    downloads,
    get stored() {
      return stored;
    },
    getReport() {
      record('getReport');
      const scripted = options.reports[Math.min(next, options.reports.length - 1)];
      next += 1;
      return answer(scripted);
    },
    async inject() {
      record('inject');
    },
    annotateAnyway() {
      record('annotateAnyway');
      return answer(options.forced);
    },
    async setCategories(categories) {
      record('setCategories', categories);
    },
    async jumpToClaim(id) {
      record('jumpToClaim', id);
      return options.jumpFinds ?? true;
    },
    async loadSettings() {
      record('loadSettings');
      if (options.storageFails) throw new Error('fake: storage unavailable');
      return structuredClone(stored);
    },
    async saveSettings(patch) {
      record('saveSettings', patch);
      if (options.storageFails) throw new Error('fake: storage unavailable');
      stored = { ...stored, ...structuredClone(patch) };
      return structuredClone(stored);
    },
    async copyText(text) {
      record('copyText', text);
      copied.push(text);
    },
    download(fileName, mimeType, text) {
      record('download', fileName);
      downloads.push({ fileName, mimeType, text });
    },
  };
}

/**
 * Scans the built extension (.output/<target>/) for anything that could reach the network or run
 * code from text: remote URLs, `eval`, `new Function`, `fetch`, `XMLHttpRequest`, `WebSocket`,
 * `sendBeacon`, `importScripts` and their kin. JavaScript is parsed (TypeScript's parser), so
 * comments and licence text are ignored and only code and string literals count. The few URL strings
 * a bundle may legitimately hold — XML namespaces, content-script match patterns, the store pages
 * the popup recognises (compared, never fetched) — are allowed by exact value below.
 *
 * Run: `npx tsx scripts/scan-bundles.ts [dir...]` (defaults to both builds); exits 1 on a finding.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import ts from 'typescript';

/** One suspicious thing in one file. */
export interface Finding {
  file: string;
  what: string;
}

/** Browser APIs that send or receive bytes, or load code. */
export const NETWORK_APIS = new Set([
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'WebTransport',
  'EventSource',
  'sendBeacon',
  'importScripts',
  'RTCPeerConnection',
]);

/** URL strings allowed by exact value, each for a reason that involves no request. */
export const ALLOWED_URLS = new Set([
  // XML namespaces Preact passes to createElementNS.
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/XML/1998/namespace',
  // Content-script match patterns.
  'http://*/*',
  'https://*/*',
  // Store pages where browsers forbid content scripts: the popup compares the tab URL to these.
  'https://chrome.google.com/webstore',
  'https://chromewebstore.google.com/',
  'https://addons.mozilla.org/',
  'https://microsoftedge.microsoft.com/addons',
]);

/** Scheme-qualified or protocol-relative network URLs inside a string. */
const REMOTE_URL = /\b(?:https?|wss?|ftp):\/\/[^\s"'`<>)]*/giu;

function remoteUrls(text: string): string[] {
  return [...text.matchAll(REMOTE_URL)].map((m) => m[0]).filter((url) => !ALLOWED_URLS.has(url));
}

function nameOf(node: ts.Node): string | null {
  if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
    return node.argumentExpression.text;
  }
  return null;
}

/** Findings in one JavaScript source (a bundle or chunk). */
export function scanScript(file: string, source: string): Finding[] {
  const out: Finding[] = [];
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) {
      for (const url of remoteUrls(node.text)) out.push({ file, what: `remote URL ${url}` });
      if (NETWORK_APIS.has(node.text)) out.push({ file, what: `network API name "${node.text}"` });
    } else if (ts.isIdentifier(node) && NETWORK_APIS.has(node.text)) {
      out.push({ file, what: `network API ${node.text}` });
    } else if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const callee = nameOf(node.expression);
      if (callee === 'eval') out.push({ file, what: 'eval(' });
      if (callee === 'Function') out.push({ file, what: 'Function constructor' });
      const timer = callee === 'setTimeout' || callee === 'setInterval';
      const first = node.arguments?.[0];
      if (timer && first && ts.isStringLiteralLike(first)) {
        out.push({ file, what: `${callee} with a code string` });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** Findings in a page, stylesheet or JSON file: any remote URL at all, CSS imports. */
export function scanText(file: string, text: string): Finding[] {
  const out = remoteUrls(text).map((url) => ({ file, what: `remote URL ${url}` }));
  if (extname(file) === '.css' && /@import/iu.test(text)) out.push({ file, what: '@import' });
  if (extname(file) === '.html') {
    const { document } = parseHTML(text);
    for (const script of document.querySelectorAll('script')) {
      if (!script.hasAttribute('src') && (script.textContent ?? '').trim() !== '') {
        out.push({ file, what: 'inline script' });
      }
    }
  }
  return out;
}

/** The manifest may not loosen the default content security policy. */
export function scanManifest(file: string, text: string): Finding[] {
  const manifest = JSON.parse(text) as { content_security_policy?: unknown };
  const csp = JSON.stringify(manifest.content_security_policy ?? '');
  const out = scanText(file, text);
  for (const bad of ['unsafe-eval', 'wasm-unsafe-eval', 'http:', 'https:', '*']) {
    if (csp.includes(bad)) out.push({ file, what: `content_security_policy allows ${bad}` });
  }
  return out;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

/** Every finding in one built extension directory. */
export function scanBuild(dir: string): Finding[] {
  return files(dir).flatMap((full) => {
    const file = relative(dir, full);
    const ext = extname(full);
    if (ext === '.js' || ext === '.mjs') return scanScript(file, readFileSync(full, 'utf8'));
    if (file === 'manifest.json') return scanManifest(file, readFileSync(full, 'utf8'));
    if (['.html', '.css', '.json', '.svg'].includes(ext)) {
      return scanText(file, readFileSync(full, 'utf8'));
    }
    return [];
  });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const root = resolve(import.meta.dirname, '..');
  const dirs = process.argv.slice(2);
  const targets = dirs.length > 0 ? dirs : ['.output/chrome-mv3', '.output/firefox-mv3'];
  let total = 0;
  for (const dir of targets) {
    const findings = scanBuild(resolve(root, dir));
    total += findings.length;
    for (const f of findings) console.log(`${dir}/${f.file}: ${f.what}`);
    console.log(`${dir}: ${findings.length} finding(s)`);
  }
  process.exitCode = total > 0 ? 1 : 0;
}

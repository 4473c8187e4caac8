/**
 * The bundle scanner must flag every way code could reach the network or run text as code, and stay
 * quiet on comments, licence text and the allowed URL strings — else the privacy scan of the build
 * (tests/e2e/specs/privacy.e2e.ts) proves nothing.
 */
import { describe, expect, it } from 'vitest';
import { scanManifest, scanScript, scanText } from '../../../scripts/scan-bundles';

const FLAGGED: Array<[string, string, string]> = [
  ['a remote URL in a string', 'const u = "https://tracker.example/p";', 'remote URL'],
  ['a remote URL in a template', 'const u = `wss://x.example/${id}`;', 'remote URL'],
  ['fetch', 'fetch("/a");', 'network API fetch'],
  ['fetch through globalThis', 'globalThis["fetch"]("/a");', 'network API name'],
  ['XMLHttpRequest', 'new XMLHttpRequest();', 'XMLHttpRequest'],
  ['WebSocket', 'new WebSocket(u);', 'WebSocket'],
  ['sendBeacon', 'navigator.sendBeacon(u, d);', 'sendBeacon'],
  ['importScripts', 'importScripts(u);', 'importScripts'],
  ['EventSource', 'new EventSource(u);', 'EventSource'],
  ['eval', 'eval(text);', 'eval('],
  ['indirect eval', 'window.eval(text);', 'eval('],
  ['new Function', 'new Function("a", body);', 'Function constructor'],
  ['Function call', 'Function(body)();', 'Function constructor'],
  ['setTimeout with a string', 'setTimeout("run()", 5);', 'code string'],
];

const CLEAN: Array<[string, string]> = [
  ['a licence comment', '/*! Licence: https://opensource.org/licenses/MIT */ let a = 1;'],
  ['a line comment', '// see https://example.org/docs\nlet a = 1;'],
  ['an XML namespace', 'document.createElementNS("http://www.w3.org/2000/svg", "svg");'],
  ['match patterns', 'const matches = ["http://*/*", "https://*/*"];'],
  ['a property named like an API, not called', 'const o = { fetched: 1, fetchy: 2 };'],
  ['setTimeout with a function', 'setTimeout(() => run(), 5);'],
  ['a relative path', 'const icon = "/icon/16.png";'],
];

describe('scanScript', () => {
  it.each(FLAGGED)('flags %s', (_name, source, what) => {
    expect(
      scanScript('x.js', source)
        .map((f) => f.what)
        .join('\n'),
    ).toContain(what);
  });

  it.each(CLEAN)('passes %s', (_name, source) => {
    expect(scanScript('x.js', source)).toEqual([]);
  });
});

describe('scanText and scanManifest', () => {
  it.each([
    ['a remote stylesheet', 'x.html', '<link rel="stylesheet" href="https://cdn.example/a.css">'],
    ['an inline script', 'x.html', '<script>alert(1)</script>'],
    ['a remote font', 'x.css', '@font-face { src: url(https://fonts.example/f.woff2) }'],
    ['a CSS import', 'x.css', '@import "other.css";'],
  ])('flags %s', (_name, file, text) => {
    expect(scanText(file, text)).not.toEqual([]);
  });

  it('passes a local module script', () => {
    expect(scanText('x.html', '<script type="module" src="/chunks/popup.js"></script>')).toEqual(
      [],
    );
  });

  it.each([
    ['unsafe-eval', { content_security_policy: { extension_pages: "script-src 'unsafe-eval'" } }],
    ['a remote script source', { content_security_policy: "script-src 'self' https://cdn.x" }],
    ['a remote update URL', { update_url: 'https://updates.example/x.xml' }],
  ])('flags a manifest with %s', (_name, manifest) => {
    expect(scanManifest('manifest.json', JSON.stringify(manifest))).not.toEqual([]);
  });

  it('passes a manifest with match patterns only', () => {
    const manifest = { content_scripts: [{ matches: ['http://*/*', 'https://*/*'] }] };
    expect(scanManifest('manifest.json', JSON.stringify(manifest))).toEqual([]);
  });
});

/**
 * A static file server on 127.0.0.1 for end-to-end tests: the shared corpus under `/corpus/`, the
 * project's fixtures under `/fixtures/`, and pages that specs build at run time under routes they
 * register. Nothing leaves the loopback interface.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const CORPUS_ROOT = resolve(PROJECT_ROOT, '../shared/corpus');
const FIXTURES_ROOT = resolve(PROJECT_ROOT, 'tests/fixtures');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.md': 'text/plain; charset=utf-8',
};

/** A page built by a spec: returns the HTML to serve. */
export type RouteHandler = () => string | Promise<string>;

export interface TestServer {
  origin: string;
  /** Serve `html` (or what the handler returns) at `path`. */
  route(path: string, handler: RouteHandler): void;
  /** Every path requested so far, for tests that check what the page loaded. */
  requests: string[];
  close(): Promise<void>;
}

function inside(root: string, relative: string): string | null {
  const full = normalize(join(root, decodeURIComponent(relative)));
  return full === root || full.startsWith(root + sep) ? full : null;
}

/**
 * Saved real pages still carry their publishers' scripts, trackers and remote assets: block them all,
 * so a test page neither reaches the network nor navigates away. Extension scripts are not affected.
 */
export const SAVED_PAGE_CSP =
  "default-src 'self' data: 'unsafe-inline'; script-src 'none'; frame-src 'none'; object-src 'none'";

async function serveFile(res: ServerResponse, file: string | null, csp?: string): Promise<void> {
  if (file && (await stat(file).catch(() => null))?.isFile()) {
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'text/plain; charset=utf-8',
      ...(csp ? { 'content-security-policy': csp } : {}),
    });
    res.end(await readFile(file));
    return;
  }
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, RouteHandler>();
  const requests: string[] = [];
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const route = routes.get(path);
    if (route) {
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      res.end(await route());
    } else if (path.startsWith('/corpus/')) {
      await serveFile(res, inside(CORPUS_ROOT, path.slice('/corpus/'.length)), SAVED_PAGE_CSP);
    } else if (path.startsWith('/fixtures/')) {
      await serveFile(res, inside(FIXTURES_ROOT, path.slice('/fixtures/'.length)));
    } else {
      await serveFile(res, null);
    }
  };
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    route: (path, handler) => void routes.set(path, handler),
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

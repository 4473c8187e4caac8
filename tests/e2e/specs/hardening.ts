/**
 * Support for the hardening specs (privacy, isolation, awkward and hostile pages): a logging HTTP
 * proxy that every browser request is routed through, browsers launched bare (no extension) for
 * with/without comparisons, and small polling helpers.
 */
import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo, Socket } from 'node:net';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_QUIET_ARGS, type BrowserName, type TestPage } from '../browsers';

/** One request the proxy saw: `GET http://host/path` or `CONNECT host:443`. */
export interface ProxiedRequest {
  method: string;
  url: string;
}

export interface LoggingProxy {
  /** `127.0.0.1:PORT`, for browser proxy settings. */
  address: string;
  log: ProxiedRequest[];
  close(): Promise<void>;
}

/**
 * An HTTP proxy on 127.0.0.1 that logs every request and forwards only those aimed at `upstream`
 * (the test server's origin); everything else — any other host, any CONNECT tunnel — is logged and
 * refused, so nothing leaves the machine even if something tries.
 */
export async function startLoggingProxy(upstream: string): Promise<LoggingProxy> {
  const target = new URL(upstream);
  const log: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();
  const forward = (req: IncomingMessage, res: import('node:http').ServerResponse) => {
    const url = req.url ?? '';
    log.push({ method: req.method ?? 'GET', url });
    const parsed = URL.canParse(url) ? new URL(url) : null;
    if (parsed === null || parsed.host !== target.host) {
      res.writeHead(502).end();
      return;
    }
    const upstreamReq = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: parsed.pathname + parsed.search,
        method: req.method,
        headers: req.headers,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstreamReq.on('error', () => res.writeHead(502).end());
    req.pipe(upstreamReq);
  };
  const server = createServer(forward);
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('connect', (req: IncomingMessage, socket: Socket) => {
    log.push({ method: 'CONNECT', url: req.url ?? '' });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise((done) => {
        for (const s of sockets) s.destroy();
        server.close(() => done());
      }),
  };
}

/** Chromium flags that send every request, loopback included, through `proxy`. */
export function chromiumProxyArgs(proxy: string): string[] {
  return [`--proxy-server=http://${proxy}`, '--proxy-bypass-list=<-loopback>'];
}

/** Firefox prefs that send every request, loopback included, through `proxy`. */
export function firefoxProxyPrefs(proxy: string): Record<string, string | number | boolean> {
  const [host = '127.0.0.1', port = '0'] = proxy.split(':');
  return {
    'network.proxy.type': 1,
    'network.proxy.http': host,
    'network.proxy.http_port': Number(port),
    'network.proxy.ssl': host,
    'network.proxy.ssl_port': Number(port),
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.share_proxy_settings': true,
  };
}

/** A browser without the extension, for with/without comparisons. */
export interface BareBrowser {
  open(url: string): Promise<TestPage>;
  /** Console errors from every page, as the harness collects them with the extension. */
  consoleErrors: string[];
  close(): Promise<void>;
}

/** Launch `name` the way the harness does, minus the extension, with optional extra args/prefs. */
export async function launchBare(
  name: BrowserName,
  options: { proxy?: string } = {},
): Promise<BareBrowser> {
  const consoleErrors: string[] = [];
  if (name === 'chromium') {
    const profile = mkdtempSync(join(tmpdir(), 'sourcelight-bare-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: [...CHROMIUM_QUIET_ARGS, ...(options.proxy ? chromiumProxyArgs(options.proxy) : [])],
    });
    context.on('page', (p) =>
      p.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text())),
    );
    return {
      consoleErrors,
      open: async (url) => {
        const page = await context.newPage();
        await page.goto(url);
        return {
          evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
          waitFor: async (fn, arg, timeout = 15_000) =>
            void (await page.waitForFunction(fn as never, arg, { timeout })),
          click: (selector) => page.click(selector),
          press: (key) => page.keyboard.press(key),
          screenshot: async (path) => void (await page.screenshot({ path })),
          bringToFront: () => page.bringToFront(),
          close: () => page.close(),
          raw: { kind: 'playwright', page },
        };
      },
      close: async () => {
        await context.close();
        await rm(profile, { recursive: true, force: true });
      },
    };
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    headless: true,
    executablePath: '/usr/lib/firefox-esr/firefox-esr',
    extraPrefsFirefox: options.proxy ? firefoxProxyPrefs(options.proxy) : {},
  });
  return {
    consoleErrors,
    open: async (url) => {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
      await page.goto(url);
      return {
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        waitFor: async (fn, arg, timeout = 15_000) =>
          void (await page.waitForFunction(fn as never, { timeout, polling: 100 }, arg)),
        click: (selector) => page.click(selector),
        press: (key) => page.keyboard.press(key as never),
        screenshot: async (path) => void (await page.screenshot({ path })),
        bringToFront: () => page.bringToFront(),
        close: () => page.close(),
        raw: { kind: 'puppeteer', page },
      };
    },
    close: () => browser.close(),
  };
}

/** Wait `ms` milliseconds (settling time for things that must NOT happen). */
export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

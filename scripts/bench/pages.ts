/**
 * The benchmark's pages on the loopback test server: the TASS fixture and generated articles of
 * 2,000 and 100,000 words at `/bench/NAME.html`, and the shared corpus under `/corpus/` (tools name
 * a corpus page by its path, e.g. `readability/yahoo-2/source.html`).
 */
import { startServer, type TestServer } from '../../tests/e2e/server';
import { tassPage } from '../../tests/fixtures/pages/tass';
import { generateNewsPage } from './generate';

export async function startBenchServer(): Promise<TestServer> {
  const server = await startServer();
  server.route('/bench/tass.html', () => tassPage());
  server.route('/bench/2k.html', () => generateNewsPage(2_000));
  server.route('/bench/100k.html', () => generateNewsPage(100_000));
  return server;
}

/** A page's path on that server: a bench page by name, or a corpus page by its path. */
export function benchPath(name: string): string {
  return name.includes('/') ? `/corpus/${name}` : `/bench/${name}.html`;
}

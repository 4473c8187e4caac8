// Printed after `npm run build`: where each browser loads the unpacked extension from.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const chrome = resolve('.output/chrome-mv3');
const firefox = resolve('.output/firefox-mv3/manifest.json');
if (!existsSync(chrome) || !existsSync(firefox)) {
  console.error('Build output missing: the build failed.');
  process.exit(1);
}
console.log(`
Sourcelight is built.
  Chrome/Chromium: chrome://extensions → Developer mode → Load unpacked → ${chrome}
  Firefox:         about:debugging#/runtime/this-firefox → Load Temporary Add-on… → ${firefox}
`);

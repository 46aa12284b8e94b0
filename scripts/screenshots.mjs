// `npm run screenshots`: the phone pictures in README, taken from the built site in the same Chromium the tests use.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './find-chromium.mjs';

const port = 4339;
const shots = [
  ['/kl/flytning-og-cpr/', 'docs/guide-kl-phone.png'],
  ['/da/flytning-og-cpr/', 'docs/guide-da-phone.png'],
  ['/da/', 'docs/home-da-phone.png'],
  ['/kl/forste-uger/med-boern/arbejde/', 'docs/journey-kl-phone.png'],
];

const server = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore' });
try {
  for (let i = 0; i < 50; i++) {
    if (
      await fetch(`http://127.0.0.1:${port}/da/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({ executablePath: (await findChromium()).path, args: CHROMIUM_FLAGS });
  const page = await browser.newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
  for (const [path, file] of shots) {
    await page.goto(`http://127.0.0.1:${port}${path}`);
    await page.screenshot({ path: file });
    console.log(`${file}: ${path} at 360 × 740 CSS px`);
  }
  await browser.close();
} finally {
  server.kill();
}

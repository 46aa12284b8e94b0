// Finds a real Chromium for the browser tests: Playwright's own download does not work on this machine.
// Order: $CHROMIUM_PATH, the system's Chromium (Debian: apt install chromium), then the Chromium build that
// @sparticuz/chromium brings from the npm registry, so a fresh `npm install` is always enough.
import { existsSync } from 'node:fs';

const SYSTEM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** @returns {Promise<{ path: string, source: string }>} */
export async function findChromium() {
  if (process.env.CHROMIUM_PATH) return { path: process.env.CHROMIUM_PATH, source: '$CHROMIUM_PATH' };
  const system = SYSTEM.find((path) => existsSync(path));
  if (system) return { path: system, source: 'system package' };
  const { default: chromium } = await import('@sparticuz/chromium');
  return { path: await chromium.executablePath(), source: 'npm package @sparticuz/chromium' };
}

/** Flags for a headless Chromium on a machine without a display or outside network. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

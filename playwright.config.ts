import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './scripts/find-chromium.mjs';

const chromium: { path: string; source: string } = await findChromium();
if (!process.env.TEST_WORKER_INDEX) console.log(`Browser tests use Chromium from ${chromium.source}: ${chromium.path}`);

const port = Number(process.env.PREVIEW_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromium.path, args: CHROMIUM_FLAGS },
  },
  // The CMS tests drive a dev server that rebuilds as files change: they run last, alone, so the
  // 2-core machine is not busy with the other tests at the same time.
  projects: [
    { name: 'site', testIgnore: /cms\.spec\.ts/ },
    { name: 'cms', testMatch: /cms\.spec\.ts/, dependencies: ['site'] },
  ],
  webServer: [
    { command: `astro preview --host 127.0.0.1 --port ${port} --ignore-lock`, url: `http://127.0.0.1:${port}/da/`, reuseExistingServer: false, timeout: 60_000 },
    // The README's run command (site + CMS + local backend), in a copy of the project: see tests/e2e/cms.spec.ts.
    { command: 'node scripts/cms-test-server.mjs', url: 'http://127.0.0.1:4331/admin/', reuseExistingServer: false, timeout: 120_000 },
  ],
});

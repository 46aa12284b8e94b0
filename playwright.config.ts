import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './scripts/find-chromium.mjs';
import { FIXTURE_SITE, STAFF_EDITS_SITE, THREE_LANGUAGES_SITE } from './tests/e2e/builds';
import type { Site } from './tests/e2e/site';

const chromium: { path: string; source: string } = await findChromium();
if (!process.env.TEST_WORKER_INDEX) console.log(`Browser tests use Chromium from ${chromium.source}: ${chromium.path}`);

const port = Number(process.env.PREVIEW_PORT ?? 4329);

/** Specs that hold for any valid content: they run on the real site and on the staff-edits copy. */
const CONTENT_INDEPENDENT =
  /e2e\/(accessibility|phones|languages|journey|help-block|no-javascript|security|print|feeds|search-engines|video|two-taps|system-words)\.spec\.ts$/;
/** Specs for other projects, kept out of the real site's run. */
const NOT_SITE = [/cms\.spec\.ts/, /\/fixture\//, /\/staff-edits\//, /\/three-languages\//, /\.setup\.ts$/];

export default defineConfig<{ site: Site }>({
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
  projects: [
    // The real site, built by `npm test` into dist/ and served by astro preview: only tests that hold for any valid content.
    { name: 'site', testIgnore: NOT_SITE },
    // The fixture site under tests/fixtures/site, built once by its setup project: behaviour that depends on the state of content.
    { name: 'fixture-build', testDir: 'tests/e2e/fixture', testMatch: /\.setup\.ts$/ },
    {
      name: 'fixture',
      testDir: 'tests/e2e/fixture',
      testIgnore: /\.setup\.ts$/,
      dependencies: ['fixture-build'],
      use: { site: FIXTURE_SITE },
    },
    // The proof that staff's normal edits keep the suite green: the content-independent specs on an edited copy of the real content.
    { name: 'staff-edits-build', testDir: 'tests/e2e/staff-edits', testMatch: /\.setup\.ts$/ },
    {
      name: 'staff-edits',
      testMatch: [CONTENT_INDEPENDENT, /staff-edits\/.*\.spec\.ts$/],
      dependencies: ['staff-edits-build'],
      use: { site: STAFF_EDITS_SITE },
    },
    // A third language added to the fixture site: only the language table and content change.
    { name: 'three-languages-build', testDir: 'tests/e2e/three-languages', testMatch: /\.setup\.ts$/ },
    {
      name: 'three-languages',
      testDir: 'tests/e2e/three-languages',
      testIgnore: /\.setup\.ts$/,
      dependencies: ['three-languages-build'],
      use: { site: THREE_LANGUAGES_SITE },
    },
    // The CMS tests drive a dev server that rebuilds as files change: they run last, alone, so the
    // 2-core machine is not busy with the other tests at the same time.
    { name: 'cms', testMatch: /cms\.spec\.ts/, dependencies: ['site'] },
  ],
  webServer: [
    {
      command: `astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
      url: `http://127.0.0.1:${port}/da/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    // The README's run command (site + CMS + local backend), in a copy of the project: see tests/e2e/cms.spec.ts.
    { command: 'node scripts/cms-test-server.mjs', url: 'http://127.0.0.1:4331/admin/', reuseExistingServer: false, timeout: 120_000 },
  ],
});

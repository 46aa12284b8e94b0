// `npm test`: everything CI runs, in order, stopping at the first failure. The first, third, fourth and fifth
// steps are `npm run check`.
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

const steps = [
  ['Type and content check', 'astro', ['check']],
  ['Unit tests', 'vitest', ['run']],
  // --force: Astro caches validated content and would miss a change to the schemas in src/lib/schemas.ts.
  ['Build', 'astro', ['build', '--force']],
  ['Search index', 'node', ['scripts/search-index.mjs']],
  ['Site check: links, anchors, hreflang, HTML', 'node', ['scripts/check-site.mjs']],
  ['Browser tests', 'playwright', ['test']],
];

const chromium = await findChromium();
console.log(`Chromium for the browser tests: ${chromium.path} (${chromium.source})`);
process.env.CHROMIUM_PATH = chromium.path;

for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${status}).`);
    process.exit(status ?? 1);
  }
}
console.log('\n✓ All checks and tests passed.');

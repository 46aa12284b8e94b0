// The steps of `npm run build`, `npm run check` and `npm test`, written once: package.json, scripts/test.mjs and
// the bench's build measure (scripts/measure-build.mjs) all run them from here.
// Usage: node scripts/steps.mjs build|check
import { spawnSync } from 'node:child_process';

const astro = 'node_modules/astro/bin/astro.mjs';
/** Each step: what it is called, and the Node script it runs with its arguments (paths from the project root). */
export const STEPS = {
  lint: ['Lint (ESLint)', ['node_modules/eslint/bin/eslint.js', '.']],
  format: ['Format check (Prettier)', ['node_modules/prettier/bin/prettier.cjs', '--check', '.']],
  typeCheck: ['Type and content check', [astro, 'check']],
  unit: ['Unit tests', ['node_modules/vitest/vitest.mjs', 'run']],
  // astro build, with --force when code, public/ or packages changed since the last build here (the script says why).
  build: ['Build', ['scripts/astro-build.mjs']],
  searchIndex: ['Search index', ['scripts/search-index.mjs']],
  // The service worker and the sizes of the save buttons, from the finished pages (issue 18).
  serviceWorker: ['Service worker (Workbox)', ['scripts/service-worker.mjs']],
  siteCheck: ['Site check: links, anchors, hreflang, HTML', ['scripts/check-site.mjs']],
  // Prints what to re-read; never fails (scripts/age-report.mjs).
  ageReport: ['Age of facts: sources not read within maxSourceAgeMonths', ['scripts/age-report.mjs']],
  browser: ['Browser tests', ['node_modules/@playwright/test/cli.js', 'test']],
};

export const BUILD = [STEPS.build, STEPS.searchIndex, STEPS.serviceWorker];
export const CHECK = [STEPS.typeCheck, ...BUILD, STEPS.siteCheck, STEPS.ageReport];
export const TEST = [STEPS.lint, STEPS.format, STEPS.typeCheck, STEPS.unit, ...BUILD, STEPS.siteCheck, STEPS.ageReport, STEPS.browser];

/** Runs steps in order with this Node, stopping at the first failure (the process exits with its status). */
export function runSteps(steps, { announce = true, stdio = 'inherit' } = {}) {
  for (const [name, args] of steps) {
    if (announce) console.log(`\n▶ ${name}: node ${args.join(' ')}`);
    const { status } = spawnSync(process.execPath, args, { stdio, env: process.env });
    if (status !== 0) {
      console.error(`\n✗ ${name} failed (exit ${status}).`);
      process.exit(status ?? 1);
    }
  }
}

if (import.meta.main) {
  const which = { build: BUILD, check: CHECK }[process.argv[2]];
  if (!which) throw new Error('usage: node scripts/steps.mjs build|check');
  runSteps(which);
}

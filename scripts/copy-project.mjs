// A throwaway copy of the project that builds like the real one (sharing node_modules), for tests and the
// bench to change content in without touching the real content/ folder.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BUILD, STEPS } from './steps.mjs';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..');
const PARTS = ['src', 'content', 'public', 'cms', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json', '.htmlvalidate.json'];

/**
 * Copies the project into `dir` (made afresh), or into a new temporary folder named after `prefix`.
 * With `fixture` (a folder holding content/ and public/videos/, e.g. tests/fixtures/site), the copy's content
 * and videos are the fixture's instead of the real ones.
 * @param {{ dir?: string, prefix?: string, fixture?: string }} [options]
 * @returns {string} the copy's folder
 */
export function copyProject({ dir, prefix = 'copy', fixture } = {}) {
  if (dir) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  const target = dir ?? mkdtempSync(join(tmpdir(), `ny-i-aalborg-${prefix}-`));
  for (const part of PARTS) cpSync(join(PROJECT_ROOT, part), join(target, part), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(target, 'node_modules'));
  if (fixture) {
    for (const part of ['content', 'public/videos']) {
      rmSync(join(target, part), { recursive: true, force: true });
      if (existsSync(join(fixture, part))) cpSync(join(fixture, part), join(target, part), { recursive: true });
    }
  }
  return target;
}

/** Runs a Node script with its arguments in `dir`; returns its exit status and everything it printed. */
/** @param {string} dir @param {string[]} args */
export function runIn(dir, args) {
  const result = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** Runs Astro (`build` or `sync`) in a copy made by copyProject. */
export const astroIn = (/** @type {string} */ dir, /** @type {'build' | 'sync'} */ command = 'build') =>
  runIn(dir, [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), command]);

/**
 * Builds a copy as `npm run build` does (scripts/steps.mjs), or only `astro build` with `search: false`, and with
 * `check` runs the site check of `npm run check` too. Stops at the first step that fails; returns its status and
 * the output of every step run.
 */
/** @param {string} dir @param {{ search?: boolean, check?: boolean }} [options] */
export function buildCopy(dir, { search = true, check = false } = {}) {
  const steps = [...(search ? BUILD : [STEPS.build]), ...(check ? [STEPS.siteCheck] : [])];
  let output = '';
  for (const [, args] of steps) {
    const result = runIn(dir, args);
    output += result.output;
    if (result.status !== 0) return { status: result.status, output };
  }
  return { status: 0, output };
}

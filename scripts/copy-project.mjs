// A throwaway copy of the project that builds like the real one (sharing node_modules), for tests and the
// bench to change content in without touching the real content/ folder.
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..');
const PARTS = ['src', 'content', 'public', 'cms', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json', '.htmlvalidate.json'];

/** Copies the project into `dir` (made afresh), or into a new temporary folder named after `prefix`. */
export function copyProject({ dir, prefix = 'copy' } = {}) {
  if (dir) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  const target = dir ?? mkdtempSync(join(tmpdir(), `ny-i-aalborg-${prefix}-`));
  for (const part of PARTS) cpSync(join(PROJECT_ROOT, part), join(target, part), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(target, 'node_modules'));
  return target;
}

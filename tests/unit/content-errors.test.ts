// A staff member's mistake must stop the build with a message that names the file and the field.
// Each case copies the project, breaks one thing the way a person might, and runs Astro on the copy.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const copies: string[] = [];

function brokenCopy(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-error-'));
  copies.push(dir);
  for (const part of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, part), join(dir, part), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const path = join(dir, file);
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {}
  writeFileSync(path, edit(text));
  return dir;
}

function astro(dir: string, command: 'sync' | 'build') {
  const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
  const run = spawnSync(process.execPath, [astroBin, command], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: run.status, output: run.stdout + run.stderr };
}

afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const GUIDE = 'content/guides/da/flytning-og-cpr.mdx';

describe('content mistakes stop the build with the file and the field named', () => {
  it('a guide without a title', () => {
    const { status, output } = astro(brokenCopy(GUIDE, (t) => t.replace(/^title: .*\n/m, '')), 'sync');
    expect(status).not.toBe(0);
    expect(output).toContain(GUIDE);
    expect(output).toMatch(/title.*is missing/);
  });

  it('an unknown theme', () => {
    const { status, output } = astro(brokenCopy(GUIDE, (t) => t.replace(/^theme: .*$/m, 'theme: weather')), 'sync');
    expect(status).not.toBe(0);
    expect(output).toContain(GUIDE);
    expect(output).toMatch(/theme.*must be one of: arrival, housing/);
  });

  it('a date written the Danish way', () => {
    const { status, output } = astro(brokenCopy(GUIDE, (t) => t.replace(/^updated: .*$/m, 'updated: 22-11-2026')), 'sync');
    expect(status).not.toBe(0);
    expect(output).toContain(GUIDE);
    expect(output).toMatch(/updated.*YYYY-MM-DD/);
  });

  it('a translation marked reviewed without saying by whom', () => {
    const file = 'content/guides/kl/flytning-og-cpr.mdx';
    const { status, output } = astro(brokenCopy(file, (t) => t.replace('status: draft', 'status: reviewed')), 'sync');
    expect(status).not.toBe(0);
    expect(output).toContain(file);
    expect(output).toMatch(/reviewedBy.*a reviewed translation needs reviewedBy and reviewedOn/);
  });

  it('an interface text missing from the Greenlandic strings', () => {
    const file = 'content/ui/kl.yml';
    const { status, output } = astro(brokenCopy(file, (t) => t.replace(/^home_link: .*\n/m, '')), 'sync');
    expect(status).not.toBe(0);
    expect(output).toContain(file);
    expect(output).toMatch(/home_link.*is missing/);
  });

  it('a Greenlandic guide with no Danish original, and a link to an organisation that does not exist', () => {
    const dir = brokenCopy('content/guides/kl/ukendt-guide.mdx', () =>
      readFileSync(join(root, 'content/guides/kl/flytning-og-cpr.mdx'), 'utf8'),
    );
    writeFileSync(join(dir, GUIDE), readFileSync(join(root, GUIDE), 'utf8').replace('borgerservice-aalborg', 'borgerservise'));
    const { status, output } = astro(dir, 'build');
    expect(status).not.toBe(0);
    expect(output).toContain('content/guides/kl/ukendt-guide.mdx: there is no Danish original content/guides/da/ukendt-guide.mdx');
    expect(output).toContain(`${GUIDE}: organisations: "borgerservise" does not exist`);
  });
});

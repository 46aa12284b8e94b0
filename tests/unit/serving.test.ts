// The serving rules (src/lib/serving.ts): rules that never overlap (Cloudflare Pages merges overlapping ones), the
// search page the only one with WebAssembly, and the admin policy of a build for a Git host.
import { describe, expect, test } from 'vitest';
import { adminCsp, readerCsp } from '../../src/lib/security';
import { headersFile, IMMUTABLE, redirectsFile, servingRules, WORKER_CACHE } from '../../src/lib/serving';

const files = [
  'index.html',
  '404.html',
  'favicon.svg',
  '_astro/a.css',
  'admin/index.html',
  'da/index.html',
  'da/404.html',
  'da/feed.xml',
  'da/mitid/index.html',
  'da/mitid/udskriv/index.html',
  'da/soeg/index.html',
  'kl/index.html',
  'kl/soeg/index.html',
  'kl/mitid/index.html',
  'og/da/mitid.jpg',
];
const rules = servingRules({ files, moved: [['/da/mit-id/', '/da/mitid/']], frames: [] });

/** Whether a _headers pattern matches an address, as Cloudflare Pages matches it (one splat). */
const matches = (pattern: string, path: string) => new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace('*', '.*')}$`).test(path);

describe('serving rules', () => {
  test('no address gets two policies', () => {
    const addresses = files.map((f) => `/${f.replace(/index\.html$/, '')}`).concat(['/pagefind/pagefind.js', '/da/findes-ikke/x']);
    for (const address of addresses) {
      const hits = rules.paths.filter((rule) => matches(rule.path, address)).map((rule) => rule.path);
      expect(hits.length, `${address}: ${hits.join(', ')}`).toBeLessThanOrEqual(1);
    }
  });

  test("only the search pages get 'wasm-unsafe-eval' among reader pages", () => {
    const wasm = rules.paths
      .filter((r) => r.kind !== 'engine' && r.headers['Content-Security-Policy']!.includes('wasm-unsafe-eval'))
      .map((r) => r.path);
    expect(wasm).toEqual(['/da/soeg/*', '/kl/soeg/*']);
  });

  test("hashed assets are cached for a year; _headers leaves the hosts' revalidating default elsewhere", () => {
    const text = headersFile(rules);
    expect(text).toContain(`/_astro/*\n  ! Content-Security-Policy\n  Content-Security-Policy: default-src 'none'`);
    expect(text).toContain(`/pagefind/fragment/*\n  Cache-Control: ${IMMUTABLE}`);
    // The two hashed folders of Pagefind and /_astro/*, and the service worker, asked for again on every visit.
    expect(text).toContain(
      `/sw.js\n  ! Content-Security-Policy\n  Content-Security-Policy: ${readerCsp({ header: true })}\n  Cache-Control: ${WORKER_CACHE}`,
    );
    expect(text.match(/Cache-Control/g)).toHaveLength(4);
  });

  test('_headers: the reader policy site-wide, other kinds detach it; as many rules for 1000 guides as for one', () => {
    const text = headersFile(rules);
    expect(text).toMatch(/^\/\*\n( {2}.*\n)* {2}Content-Security-Policy: default-src 'self'/);
    expect(text).toContain(
      "/da/soeg/*\n  ! Content-Security-Policy\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'",
    );
    const count = (t: string) => t.split('\n').filter((line) => line.startsWith('/')).length;
    const many = files.concat(Array.from({ length: 1000 }, (_, i) => [`da/guide-${i}/index.html`, `kl/guide-${i}/index.html`]).flat());
    expect(count(headersFile(servingRules({ files: many, moved: [], frames: [] })))).toBe(count(text));
  });

  test('a statement address from the settings cannot break out of a config line', () => {
    const hostile = servingRules({ files, moved: [], frames: [], statement: 'https://was.digst.dk/a b";} return 200 $host;{' });
    const to = hostile.redirects.find((r) => r.from === '/was')!.to;
    expect(to).toBe('https://was.digst.dk/a%20b%22;%7D%20return%20200%20%24host;%7B');
    expect(to).not.toMatch(/[\s"{}$]/);
  });

  test('_redirects: 301 for a former address, /was to our statement unless the settings name one, 404 per language', () => {
    expect(redirectsFile(rules)).toBe(
      '/da/mit-id/ /da/mitid/ 301\n/was /da/tilgaengelighed/ 302\n/was/ /da/tilgaengelighed/ 302\n/kl/* /kl/404.html 404\n/da/* /da/404.html 404\n',
    );
    const own = servingRules({ files, moved: [], frames: [], statement: 'https://www.was.digst.dk/ny-i-aalborg' });
    expect(redirectsFile(own)).toContain('/was https://www.was.digst.dk/ny-i-aalborg 302');
  });
});

describe('admin policy', () => {
  test('the local backend only in a build without a Git host', () => {
    expect(adminCsp()).toContain("connect-src 'self' http://127.0.0.1:8081;");
    expect(adminCsp({ PUBLIC_CMS_BACKEND: 'github' })).toContain("connect-src 'self' https://api.github.com https://api.netlify.com;");
    const gitlab = adminCsp({
      PUBLIC_CMS_BACKEND: 'gitlab',
      PUBLIC_CMS_API_ROOT: 'https://git.aalborg.dk/api/v4',
      PUBLIC_CMS_BASE_URL: 'https://git.aalborg.dk',
    });
    expect(gitlab).toContain("connect-src 'self' https://git.aalborg.dk;");
    expect(gitlab).not.toContain('127.0.0.1');
  });
});

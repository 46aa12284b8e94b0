import { gzipSync } from 'node:zlib';
import { allPages, expect, isRedirect, layoutPages, test } from './site';

// Reading pages ship one script: the registration of the offline worker (src/components/OfflineScript.astro), one
// module file that runs after the content. Only the journey (ticks), the search page, the offline page and a
// provider video's play button add their own. schema.org data is not run. (A guide read without JavaScript:
// tests/e2e/fixture/reading.spec.ts.)
test('no page ships JavaScript but the worker registration, the journey, the search page, the offline page and a provider video', async ({
  page,
  site,
  request,
}) => {
  test.setTimeout(300_000);
  const scriptsOf: Record<string, string[]> = {};
  // Former addresses are left out: they send the reader on at once.
  for (const path of allPages(site).filter(
    (p) => !/\/(forste-uger(\/.+)?|soeg|offline)\/$/.test(p) && !(p.endsWith('/') && isRedirect(site, p)),
  )) {
    await page.goto(path);
    if ((await page.locator('.provider-video').count()) > 0) continue;
    scriptsOf[path] = await page
      .locator('script:not([type="application/ld+json"])')
      .evaluateAll((scripts) => scripts.map((s) => `${s.getAttribute('type')} ${s.getAttribute('src') ?? 'inline'}`));
  }
  const registration = scriptsOf['/']!;
  expect(registration).toHaveLength(1);
  expect(registration[0]).toMatch(/^module \/_astro\/[^ ]+\.js$/);
  // The same file on every page of the site's layout and on "/", and nothing else anywhere.
  expect(
    Object.entries(scriptsOf)
      .filter(([, scripts]) => scripts.length && scripts.join() !== registration.join())
      .map(([path]) => path),
  ).toEqual([]);
  const layout = new Set(layoutPages(site));
  expect(
    Object.entries(scriptsOf)
      .filter(([path, scripts]) => layout.has(path) && !scripts.length)
      .map(([path]) => path),
  ).toEqual([]);
  // At most 1 KB over the wire.
  const body = await (await request.get(registration[0]!.split(' ')[1]!)).body();
  expect(gzipSync(body, { level: 9 }).length).toBeLessThanOrEqual(1024);
});

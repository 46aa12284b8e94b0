// Every guide has a video, for any valid content. (How a video plays, its captions and transcript, and provider
// videos behind a play button: tests/e2e/fixture/video.spec.ts.)
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, guides, test } from './site';

test('every guide shows its video, and each file we host is under 1 MB', async ({ page, site }) => {
  for (const { slug, da } of guides(site)) {
    await page.goto(`/da/${slug}/`);
    if (da.video?.kind === 'provider') {
      await expect(page.locator('.provider-video'), slug).toHaveCount(1);
      continue;
    }
    const sources = await page.locator('video source').evaluateAll((ss) => ss.map((s) => s.getAttribute('src')!));
    expect(sources.length, slug).toBeGreaterThan(0);
    for (const src of sources) {
      expect(statSync(join(site.dist, src)).size, src).toBeLessThan(1_000_000);
    }
  }
});

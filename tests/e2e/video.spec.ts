import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { parseWebVtt } from '../../src/lib/webvtt';
import { copyProject, PROJECT_ROOT as root } from '../../scripts/copy-project.mjs';
import { serve } from '../../scripts/static-server.mjs';
import { LANGS } from './site';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const GUIDE = (lang: string) => `/${lang}/mitid/`;

test.describe('a video we host ourselves', () => {
  for (const lang of LANGS) {
    test(`${lang}: captions in both languages, the page's on by default, no video bytes before play, and it plays`, async ({ page, request }) => {
      const fetched: string[] = [];
      page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
      await page.goto(GUIDE(lang));
      const video = page.locator('video.topic-video__player');
      await expect(video).toHaveAttribute('preload', 'none');
      await expect(video).toHaveAttribute('controls', '');
      const tracks = await video.locator('track').evaluateAll((ts) =>
        ts.map((t) => ({ lang: t.getAttribute('srclang'), src: t.getAttribute('src')!, isDefault: t.hasAttribute('default'), kind: t.getAttribute('kind') })),
      );
      expect(tracks.map((t) => t.lang).sort()).toEqual(['da', 'kl']);
      expect(tracks.filter((t) => t.isDefault).map((t) => t.lang)).toEqual([lang]);
      expect(tracks.every((t) => t.kind === 'captions')).toBe(true);
      for (const track of tracks) expect(parseWebVtt(await (await request.get(track.src)).text()).length).toBeGreaterThan(0);
      expect(fetched.filter((p) => /\.(mp4|webm)$/.test(p))).toEqual([]);

      await video.evaluate((v: HTMLVideoElement) => {
        v.muted = true;
        return v.play();
      });
      await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 15_000 }).toBeGreaterThan(0.5);
      const showing = await video.evaluate((v: HTMLVideoElement) => [...v.textTracks].filter((t) => t.mode === 'showing').map((t) => t.language));
      expect(showing).toEqual([lang]);
    });

    test(`${lang}: the transcript is in the page's language, closed by default and part of the page text`, async ({ page }) => {
      await page.goto(GUIDE(lang));
      const transcript = page.locator('details.transcript');
      await expect(transcript).not.toHaveAttribute('open');
      const captionFile = await page.locator(`video track[srclang="${lang}"]`).getAttribute('src');
      const firstCue = parseWebVtt(readFileSync(join('public', captionFile!), 'utf8'))[0]!.text;
      await transcript.locator('summary').click();
      await expect(transcript).toContainText(firstCue.slice(0, 20));
      await expect(page.locator('[data-pagefind-body] details.transcript')).toHaveCount(1);
    });
  }

  test('every guide has a video, and each file is under 1 MB', async ({ page, request }) => {
    const guides = readdirSync('content/guides/da').map((f) => f.replace('.mdx', ''));
    for (const slug of guides) {
      await page.goto(`/da/${slug}/`);
      const sources = await page.locator('video source').evaluateAll((ss) => ss.map((s) => s.getAttribute('src')!));
      expect(sources.length, slug).toBeGreaterThan(0);
      for (const src of sources) {
        const size = Number((await request.head(src)).headers()['content-length']);
        expect(size, src).toBeLessThan(1_000_000);
      }
    }
  });
});

test.describe('a provider video behind a placeholder', () => {
  // One copy of the site, built once and served on one port, for all tests in this group.
  test.describe.configure({ mode: 'serial' });
  // A copy of the site whose MitID guide points at provider videos. The ids are test fixtures, never published.
  let dir: string;
  let server: Server;
  const PORT = 4361;
  const base = `http://127.0.0.1:${PORT}`;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    dir = copyProject({ prefix: 'provider-video' });
    for (const [slug, video] of [
      ['mitid', 'kind: provider\n  provider: youtube\n  id: TESTFIXTURE'],
      ['digital-post', 'kind: provider\n  provider: vimeo\n  id: "100000001"'],
    ]) {
      const file = join(dir, `content/guides/da/${slug}.mdx`);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/kind: file\n(\s+(mp4|webm): .*\n)+/, `${video}\n`));
    }
    const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(build.stdout + build.stderr);
    server = await serve(join(dir, 'dist'), PORT);
  });
  test.afterAll(() => {
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const lang of LANGS) {
    test(`${lang}: nothing goes to YouTube until play is pressed; then only its privacy-mode player`, async ({ page }) => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      // The machine is offline: answer for the provider at the network layer and record what was asked.
      await page.route('https://www.youtube-nocookie.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>player</title><p>player</p>' }));
      await page.goto(`${base}${GUIDE(lang)}`);
      await expect(page.locator('.provider-video__notice')).toContainText('Google');
      await expect(page.locator('.provider-video__poster')).toHaveAttribute('src', /^\/videos\//);
      expect(requests.filter((u) => !u.startsWith(base))).toEqual([]);
      expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations.map((v) => v.id)).toEqual([]);

      await page.getByRole('button', { name: /YouTube/ }).click();
      const frame = page.locator('iframe.provider-video__frame');
      await expect(frame).toHaveAttribute('src', /^https:\/\/www\.youtube-nocookie\.com\/embed\/TESTFIXTURE\?/);
      await expect.poll(() => requests.filter((u) => !u.startsWith(base))).toEqual([expect.stringMatching(/^https:\/\/www\.youtube-nocookie\.com\/embed\/TESTFIXTURE/)]);
      expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations.map((v) => v.id)).toEqual([]);
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  }

  test('Vimeo plays with dnt=1, and the page policy allows only that player', async ({ page }) => {
    await page.route('https://player.vimeo.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>player</title>' }));
    await page.goto(`${base}/da/digital-post/`);
    expect(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')).toContain('frame-src https://player.vimeo.com');
    await page.getByRole('button', { name: /Vimeo/ }).click();
    await expect(page.locator('iframe')).toHaveAttribute('src', /^https:\/\/player\.vimeo\.com\/video\/100000001\?dnt=1/);
  });

  test('the placeholder adds at most 1 KB gzip of JavaScript to a guide', async ({ page, request }) => {
    await page.goto(`${base}/da/mitid/`);
    const scripts = await page.locator('script[src]').evaluateAll((ss) => ss.map((s) => s.getAttribute('src')!));
    expect(scripts.length).toBe(1);
    const bytes = gzipSync(await (await request.get(`${base}${scripts[0]}`)).body(), { level: 9 }).length;
    expect(bytes).toBeLessThanOrEqual(1024);
  });

  test('without JavaScript the placeholder is a plain link to the video', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/kl/mitid/`);
    await expect(page.locator('.provider-video a')).toHaveAttribute('href', 'https://www.youtube.com/watch?v=TESTFIXTURE');
    await expect(page.locator('iframe')).toHaveCount(0);
    await context.close();
  });
});

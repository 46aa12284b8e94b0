// Content is hostile input (a CMS login can be stolen): a copy of the site built with texts that try to break out
// of every place they land (HTML text, attributes, the schema.org <script>, the Greenlandic text pass, the feed)
// must show those texts literally, and no page may navigate, open a dialog or reach another host.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildCopy, copyProject } from '../../scripts/copy-project.mjs';
import { serve } from '../../scripts/static-server.mjs';
import { FIXTURE } from './builds';

const REFRESH = '</script><meta http-equiv=refresh content="0;url=https://example.org/">';
// Unquoted, it survives JSON.stringify unchanged: the form that sent Chromium away from the old schema.org block.
const REFRESH_BARE = '</script><meta http-equiv=refresh content=0;url=https://example.org/>';
const IMG = '<img src=x onerror=alert(1)>';
const QUOTE = '" > MitID <script>alert(1)</script>';
const APOSTROPHE = `'><meta http-equiv=refresh content="0;url=https://example.org/">`;
// In a copy of the fixture site (tests/fixtures/site): a place, and a translated guide with a picture that names it.
const ORG = 'hjaelpestedet';
const GUIDE = 'flyt-hertil';
const TEXT = {
  name: { da: `Borgerservice ${REFRESH_BARE} ${IMG}`, kl: `Borgerservice ${REFRESH} ${QUOTE}` },
  helpsWith: { da: `Flytning & CPR ${REFRESH} ${IMG}`, kl: `Nuunneq > MitID ${APOSTROPHE} ${IMG}` },
  address: `Boulevarden 13, 9000 Aalborg ${REFRESH_BARE}`,
  title: `Nuunnerit nalunaarutigiuk ${QUOTE} ${APOSTROPHE}`,
  imageAlt: `Titartagaq ${QUOTE} ${APOSTROPHE}`,
  note: `Nutaaq ]]></content><script>alert(1)</script> ${REFRESH}`,
  breadcrumb: 'Maaniipputit > MitID " > CPR',
  searchLoading: `Ujarlertoqarpoq > MitID ${QUOTE}`,
};

/** Sets one top-level YAML key (with any indented lines under it) to a value, written as JSON, which YAML reads too. */
function setYaml(file: string, key: string, value: unknown) {
  const text = readFileSync(file, 'utf8');
  const line = new RegExp(`^${key}:.*(\\n[ \\t]+.*)*`, 'm');
  writeFileSync(
    file,
    line.test(text)
      ? text.replace(line, () => `${key}: ${JSON.stringify(value)}`)
      : text.replace(/^(---\n)?/, (start) => `${start}${key}: ${JSON.stringify(value)}\n`),
  );
}

/** The text as a reader sees it, without the soft hyphens the Greenlandic text pass adds. */
const shown = (text: string | null) => text?.replaceAll('\u00AD', '');

test.describe('hostile but allowed content', () => {
  test.describe.configure({ mode: 'serial' });
  let dir: string;
  let server: Server;
  let base: string;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    dir = copyProject({ prefix: 'hostile', fixture: FIXTURE });
    const org = join(dir, `content/organisations/${ORG}.yml`);
    setYaml(org, 'name', TEXT.name);
    setYaml(org, 'helpsWith', TEXT.helpsWith);
    setYaml(org, 'address', { street: TEXT.address, postcode: '9000', town: 'Aalborg' });
    const kl = join(dir, `content/guides/kl/${GUIDE}.mdx`);
    setYaml(kl, 'title', TEXT.title);
    setYaml(kl, 'imageAlt', TEXT.imageAlt);
    for (const lang of ['da', 'kl']) {
      const file = join(dir, `content/guides/${lang}/${GUIDE}.mdx`);
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(/^( {4}note: ).*$/m, (_, start) => start + JSON.stringify(TEXT.note)),
      );
    }
    const ui = join(dir, 'content/ui/kl.yml');
    setYaml(ui, 'breadcrumb_label', TEXT.breadcrumb);
    setYaml(ui, 'search_loading', TEXT.searchLoading);
    const build = buildCopy(dir, { search: false });
    if (build.status !== 0) throw new Error(build.output);
    server = await serve(join(dir, 'dist'), 0);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(() => {
    server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  // What each page does that it must not: recorded from the start of each test, checked after each page.
  const events = { dialogs: [] as string[], navigations: [] as string[], elsewhere: [] as string[] };
  test.beforeEach(async ({ page }) => {
    page.on('dialog', (dialog) => {
      events.dialogs.push(dialog.message());
      dialog.dismiss();
    });
    page.on('framenavigated', (frame) => events.navigations.push(frame.url()));
    page.on('request', (request) => {
      if (!request.url().startsWith(base)) events.elsewhere.push(request.url());
    });
    // The machine is offline anyway; this keeps a test from waiting on a host that does not answer.
    await page.route(
      (url) => !url.href.startsWith(base),
      (route) => route.abort(),
    );
  });

  /** Opens a page and fails on a dialog, a navigation away, a request to another host or an injected element. */
  async function open(page: Page, path: string) {
    for (const list of Object.values(events)) list.length = 0;
    const url = `${base}${path}`;
    await page.goto(url);
    // A refresh to another site would fire within this time (the attack used a delay of 0).
    await page.waitForTimeout(1_000);
    expect(page.url()).toBe(url);
    expect(events).toEqual({ dialogs: [], navigations: [url], elsewhere: [] });
    const injected = 'meta[http-equiv="refresh" i], img[src="x"], [onerror], script:not([src]):not([type="application/ld+json"])';
    expect(await page.locator(injected).count()).toBe(0);
  }

  for (const lang of ['da', 'kl'] as const) {
    test(`${lang}: the place's page shows its name, what it helps with and its address as text, and its schema.org data holds them`, async ({
      page,
    }) => {
      await open(page, `/${lang}/steder/${ORG}/`);
      expect(shown(await page.locator('h1').textContent())).toBe(TEXT.name[lang]);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', TEXT.helpsWith[lang]);
      const main = shown(await page.locator('main').textContent());
      expect(main).toContain(TEXT.helpsWith[lang]);
      expect(main).toContain(TEXT.address);
      const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
      expect(data).toMatchObject({ name: TEXT.name[lang], description: TEXT.helpsWith[lang], address: { streetAddress: TEXT.address } });
    });

    test(`${lang}: the guide, its print version and the home page show the texts literally`, async ({ page }) => {
      await open(page, `/${lang}/${GUIDE}/`);
      if (lang === 'kl') {
        expect(shown(await page.locator('h1').textContent())).toBe(TEXT.title);
        await expect(page.locator('main img').first()).toHaveAttribute('alt', TEXT.imageAlt);
        await expect(page.locator('nav.breadcrumbs')).toHaveAttribute('aria-label', TEXT.breadcrumb);
      }
      expect(shown(await page.locator('main').textContent())).toContain(TEXT.name[lang]);

      await open(page, `/${lang}/${GUIDE}/udskriv/`);
      if (lang === 'kl') expect(shown(await page.locator('h1').textContent())).toBe(TEXT.title);
      expect(shown(await page.locator('main').textContent())).toContain(TEXT.name[lang]);

      await open(page, `/${lang}/`);
      if (lang === 'kl') expect(shown(await page.locator(`main a[href="/kl/${GUIDE}/"]`).first().textContent())).toBe(TEXT.title);
    });

    test(`${lang}: the change notes on the changes page and in the feed stay text`, async ({ page }) => {
      await open(page, `/${lang}/aendringer/`);
      expect(shown(await page.locator('main').textContent())).toContain(TEXT.note);
      const xml = await (await page.request.get(`${base}/${lang}/feed.xml`)).text();
      const feed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        return {
          error: doc.getElementsByTagName('parsererror').length,
          scripts: doc.getElementsByTagName('script').length,
          contents: [...doc.getElementsByTagName('content')].map((c) => c.textContent),
          titles: [...doc.getElementsByTagName('title')].map((t) => t.textContent),
        };
      }, xml);
      expect(feed).toMatchObject({ error: 0, scripts: 0 });
      expect(feed.contents.some((c) => c?.includes(TEXT.note))).toBe(true);
      if (lang === 'kl') expect(feed.titles).toContain(TEXT.title);
    });
  }

  test('the poster shows the Greenlandic title as text and in its label', async ({ page }) => {
    await open(page, `/plakat/${GUIDE}/`);
    expect(shown(await page.locator('.poster__title[lang="kl"]').textContent())).toBe(TEXT.title);
    await expect(page.locator('section.poster__block[lang="kl"]')).toHaveAttribute('aria-label', `Kalaallisut: ${TEXT.title}`);
  });

  test('kl: the search page reads its interface texts from an intact attribute', async ({ page }) => {
    await open(page, '/kl/soeg/');
    const strings = JSON.parse((await page.locator('.search-results').getAttribute('data-strings'))!);
    expect(strings.loading).toBe(TEXT.searchLoading);
  });
});

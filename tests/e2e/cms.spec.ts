// Staff editing through /admin/, against the servers `npm start` runs (astro dev + decap-server), in a copy
// of the project with the fixture site's content (scripts/cms-test-server.mjs), so what the CMS writes lands in
// files we can read back.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { LOCAL_BACKEND_URL } from '../../cms/config';
import { REFUSED_SAVE } from '../../cms/danish';
import { LIX_LIMIT } from '../../src/lib/lix';
import { parse } from 'yaml';
import { runIn } from '../../scripts/copy-project.mjs';
import { CMS_TEST_DIR, CMS_TEST_PORT } from '../../scripts/cms-test-server.mjs';
import { axe, expect, test } from './site';

// Fixture guides and the fixture's accessibility page (tests/fixtures/site/content).
const GUIDE = 'flyt-hertil';
const OTHER_GUIDE = 'find-bolig';
const STATEMENT_PAGE = 'tilgaengelighed';

const base = `http://127.0.0.1:${CMS_TEST_PORT}`;
const file = (path: string) => join(CMS_TEST_DIR, path);
const read = (path: string) => readFileSync(file(path), 'utf8');
/** A file's body: everything after its frontmatter. */
const bodyOf = (text: string) => text.slice(text.indexOf('\n---', 4) + 4);

// The tests share one copy of the site and one backend: one at a time.
test.describe.configure({ mode: 'serial' });
test.setTimeout(90_000);

async function openAdmin(page: Page, hash: string) {
  page.setDefaultTimeout(15_000);
  await page.goto(`${base}/admin/`);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.goto(`${base}/admin/#${hash}`);
  await expect(page.getByRole('button', { name: 'Publicer' })).toBeVisible({ timeout: 30_000 });
}

/** The editing pane of one language. */
const pane = (page: Page, lang: 'da' | 'kl') =>
  page.locator('.Pane').filter({ has: page.getByRole('button', { name: `Skriver på ${lang.toUpperCase()}` }) });

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Publicer' }).click();
  await page.getByRole('menuitem', { name: 'Publicer nu' }).click();
}

async function typeBody(editor: Locator, lines: string[]) {
  await editor.click();
  for (const [i, line] of lines.entries()) {
    if (i > 0) await editor.press('Enter');
    await editor.pressSequentially(line);
  }
}

test('a new guide written in Danish and Greenlandic is saved to content/ and served in both languages', async ({ page, request }) => {
  // The backend refuses requests without the site's Origin (tests/e2e/attacks-on-cms.spec.ts): the CMS always sends it.
  const origins: Promise<string | null>[] = [];
  page.on('request', (sent) => void (sent.url().startsWith(LOCAL_BACKEND_URL) && origins.push(sent.headerValue('origin'))));
  await openAdmin(page, '/collections/guides/new');
  const da = pane(page, 'da');
  const kl = pane(page, 'kl');

  await da.getByLabel('Titel', { exact: true }).fill('Prøveguide om affald');
  await da.getByLabel('Kort resumé').fill('En guide skrevet i testen for at se, at redaktionen kan skrive nye guider.');
  await da.getByLabel('Emne', { exact: true }).fill('Bolig');
  await da.getByLabel('Emne', { exact: true }).press('Enter');
  await da.locator('input[id^="updated-field"]').fill('2026-11-23');
  // A new guide starts with one empty source (the list is required): open it.
  await da.getByText('No name').locator('xpath=preceding-sibling::*[1]').getByRole('button').first().click();
  // The Danish pane's locator also holds the other pane's hidden copies of shared fields: only visible ones.
  await da.getByRole('textbox', { name: 'Kilde', exact: true }).fill('Eksempel til test');
  await da.getByRole('textbox', { name: /^Adresse \(https/ }).fill('https://kilde.example/affald');
  await da.locator('input[id^="read-field"]:visible').fill('2026-11-23');
  await typeBody(da.locator('[data-slate-editor="true"]'), ['## Sådan sorterer du', 'Dette er den danske tekst fra testen.']);

  await kl.getByLabel('Titel', { exact: true }).fill('Eqqagassat pillugit misiliut');
  await kl.getByLabel('Kort resumé').fill('Ilitsersuut misiliut, aaqqissuisut ilitsersuutinik nutaanik allassinnaanerat takuniarlugu.');
  await kl.locator('input[id^="updated-field"]').fill('2026-11-23');
  await kl.getByLabel(/^Status/).fill('Kladde');
  await kl.getByLabel(/^Status/).press('Enter');
  await kl.getByRole('textbox', { name: /^Skrevet eller oversat af/ }).fill('En oversætter');
  await typeBody(kl.locator('[data-slate-editor="true"]'), [
    '## Qanoq immikkoortitsisassaatit',
    'Kalaallisut allaaserisaq misiliummeersoq.',
  ]);
  // The translation follows the Danish text as it is now: the widget records its hash, as the build computes it.
  await kl.getByRole('button', { name: 'Oversættelsen svarer til den danske tekst, som den er nu' }).click();

  await publish(page);
  const slug = 'proveguide-om-affald';
  await expect.poll(() => existsSync(file(`content/guides/kl/${slug}.mdx`)), { timeout: 15_000 }).toBe(true);
  const daText = read(`content/guides/da/${slug}.mdx`);
  expect(daText).toMatch(/^---\n/);
  expect(daText).toContain('title: Prøveguide om affald');
  expect(daText).toContain('theme: housing');
  expect(daText).toMatch(/updated: '?2026-11-23'?/);
  expect(daText).toContain('Dette er den danske tekst fra testen.');
  const klText = read(`content/guides/kl/${slug}.mdx`);
  expect(klText).toContain('title: Eqqagassat pillugit misiliut');
  expect(klText).toContain('state: draft');
  expect(klText).toMatch(/hash: [0-9a-f]{16}/);
  expect(klText).not.toContain('theme:');
  expect(origins.length).toBeGreaterThan(0);
  expect(new Set(await Promise.all(origins))).toEqual(new Set([base]));

  // The site serves it in both languages, from the same servers.
  await expect.poll(async () => (await request.get(`${base}/da/${slug}/`)).status(), { timeout: 45_000 }).toBe(200);
  expect(await (await request.get(`${base}/da/${slug}/`)).text()).toContain('Dette er den danske tekst fra testen.');
  const klPage = (await (await request.get(`${base}/kl/${slug}/`)).text()).replaceAll('\u00AD', '');
  expect(klPage).toContain('Kalaallisut allaaserisaq misiliummeersoq.');
  // Staff see the site as readers do: styled, also under the dev server.
  await page.goto(`${base}/kl/${slug}/`);
  await expect(page.locator('.site-header')).toHaveCSS('background-color', 'rgb(11, 79, 108)');
});

test("changing an existing guide's title leaves its body byte for byte, and keeps fields the form does not show", async ({ page }) => {
  const path = `content/guides/da/${GUIDE}.mdx`;
  writeFileSync(file(path), read(path).replace('\ntheme:', '\nnoteForEditors: kept by the CMS\ntheme:'));
  const before = read(path);
  await openAdmin(page, `/collections/guides/entries/${GUIDE}`);
  const title = pane(page, 'da').getByLabel('Titel', { exact: true });
  await title.fill(`${await title.inputValue()} (ændret)`);
  await publish(page);
  await expect.poll(() => read(path), { timeout: 15_000 }).toContain('(ændret)');
  const after = read(path);
  expect(bodyOf(after)).toBe(bodyOf(before));
  expect(after).toContain('noteForEditors: kept by the CMS');
});

test('a body with a callout and the statement link, edited in the rich-text editor, still builds and shows both', async ({ page }) => {
  const path = `content/pages/da/${STATEMENT_PAGE}.mdx`;
  writeFileSync(file(path), `${read(path).trimEnd()}\n\n<Callout>\nHusk at tjekke erklæringen hvert år.\n</Callout>\n`);
  await openAdmin(page, `/collections/pages/entries/${STATEMENT_PAGE}`);
  const da = pane(page, 'da');
  await da.locator('[class*="ToolbarToggle"][role="switch"]').click(); // raw → rich text
  const editor = da.locator('[data-slate-editor="true"]');
  await expect(editor).toContainText('Husk at tjekke erklæringen hvert år.');
  await editor.locator('p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Tilføjet i teksteditoren.');
  await publish(page);
  await expect.poll(() => read(path), { timeout: 15_000 }).toContain('Tilføjet i teksteditoren.');
  const saved = read(path);
  expect(saved).toContain('<Callout>\nHusk at tjekke erklæringen hvert år.\n</Callout>');
  expect(saved).toContain('<OfficialStatementLink />');

  // Into its own folder, apart from what the running dev server serves.
  const build = runIn(CMS_TEST_DIR, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', 'dist-cms-test']);
  expect(build.status, build.output).toBe(0);
  const html = readFileSync(file(`dist-cms-test/da/${STATEMENT_PAGE}/index.html`), 'utf8');
  expect(html).toContain('<div class="callout" role="note">');
  expect(html).toContain('Tilføjet i teksteditoren.');
  expect(html).toMatch(/class="callout callout--missing"|was\.digst\.dk/);
});

test('a save without a title is refused with a message, and no file changes', async ({ page }) => {
  const path = `content/guides/da/${OTHER_GUIDE}.mdx`;
  const before = read(path);
  await openAdmin(page, `/collections/guides/entries/${OTHER_GUIDE}`);
  await pane(page, 'da').getByLabel('Titel', { exact: true }).fill('');
  await publish(page);
  await expect(page.getByText(/Ret fejlene|ikke gemt|påkrævet/i).first()).toBeVisible();
  // Nothing to wait for when nothing is written: give a save the time it takes in the other tests.
  await page.waitForTimeout(1500);
  expect(read(path)).toBe(before);
});

for (const lang of ['da', 'kl'] as const) {
  test(`the preview looks like the site and axe finds no violations in it (${lang})`, async ({ page }) => {
    await openAdmin(page, `/collections/guides/entries/${GUIDE}`);
    // The preview shows the language of the left-hand editor: choose it there.
    await page.getByRole('button', { name: 'Toggle preview' }).click();
    const frame = page.frameLocator('iframe').first();
    await expect(frame.locator('h1')).toBeVisible({ timeout: 15_000 });
    if ((await frame.locator('main').getAttribute('lang')) !== lang) {
      await page
        .getByRole('button', { name: /^Skriver på / })
        .first()
        .click();
      await page.getByRole('menuitem', { name: lang, exact: true }).click();
    }
    await expect(frame.locator('main')).toHaveAttribute('lang', lang);
    await expect(frame.locator('article.article h1')).toBeVisible();
    expect(await axe(page, 'iframe')).toEqual([]);
  });
}

test('HTML in a body is shown sanitised in the preview: no event handler reaches it, nothing runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => void (dialogs.push(dialog.message()), dialog.dismiss()));
  await openAdmin(page, '/collections/guides/new');
  // In both languages, whichever the preview shows.
  for (const lang of ['da', 'kl'] as const) {
    await typeBody(pane(page, lang).locator('[data-slate-editor="true"]'), [
      'Et billede:',
      '',
      '<img src=x onerror="window.__x=1">',
      '',
      '<svg><a onclick="alert(1)">y</a></svg><img src=z onerror="alert(2)">',
    ]);
  }
  await page.getByRole('button', { name: 'Toggle preview' }).click();
  const frame = page.frameLocator('#preview-pane');
  await expect(frame.locator('img[src="x"]')).toHaveCount(1);
  // DOMPurify has removed the handlers (the /admin/ policy would also block them; this checks the preview itself).
  await expect(frame.locator('[onerror], [onclick]')).toHaveCount(0);
  await page.waitForTimeout(1000);
  const preview = await (await page.locator('#preview-pane').elementHandle())!.contentFrame();
  for (const target of [page, preview!]) expect(await target.evaluate(() => (window as unknown as { __x?: number }).__x)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test('a content file changing under `npm start` reloads the reader pages but not the open CMS', async ({ page, context }) => {
  // Otherwise staff lose the CMS's "saved" message, and anything not yet saved, whenever a file changes.
  const path = `content/guides/da/${OTHER_GUIDE}.mdx`;
  const before = read(path);
  await openAdmin(page, `/collections/guides/entries/${OTHER_GUIDE}`);
  const reader = await context.newPage();
  await reader.goto(`${base}/da/${OTHER_GUIDE}/`);
  for (const open of [page, reader]) await open.evaluate(() => ((window as unknown as { marked: boolean }).marked = true));
  try {
    writeFileSync(file(path), `${before}\nEn linje mere.\n`);
    await expect
      .poll(() => reader.evaluate(() => (window as unknown as { marked?: boolean }).marked ?? false), { timeout: 15_000 })
      .toBe(false);
    expect(await page.evaluate(() => (window as unknown as { marked?: boolean }).marked ?? false)).toBe(true);
  } finally {
    writeFileSync(file(path), before);
  }
});

test('mistakes the build would refuse are refused before saving, in Danish next to the field, and nothing is written', async ({ page }) => {
  await openAdmin(page, '/collections/guides/new');
  const da = pane(page, 'da');
  // "Status" gives the file name status, an address the site uses itself; a javascript: source; a <script> in the body.
  await da.getByLabel('Titel', { exact: true }).fill('Status');
  await da.getByLabel('Kort resumé').fill('En guide med fejl, som byggeriet ville afvise, skrevet i testen.');
  await da.getByLabel('Emne', { exact: true }).fill('Bolig');
  await da.getByLabel('Emne', { exact: true }).press('Enter');
  await da.locator('input[id^="updated-field"]').fill('2026-11-23');
  await da.getByText('No name').locator('xpath=preceding-sibling::*[1]').getByRole('button').first().click();
  await da.getByRole('textbox', { name: 'Kilde', exact: true }).fill('Eksempel til test');
  await da.getByRole('textbox', { name: /^Adresse \(https/ }).fill('javascript:alert(1)');
  await da.locator('input[id^="read-field"]:visible').fill('2026-11-23');
  await typeBody(da.locator('[data-slate-editor="true"]'), ['Tekst med <script>alert(1)</script> i.']);
  await publish(page);

  const message = (field: RegExp) => da.locator('li:visible', { hasText: field }).first();
  await expect(message(/adressen "status" bruger sitet selv: skriv en anden titel/)).toBeVisible();
  await expect(message(/nr\. 1, Adresse.*"javascript:"-adresser er ikke tilladt/)).toBeVisible();
  await expect(message(/<script> er ikke tilladt i en tekst/)).toBeVisible();
  await page.waitForTimeout(1_000);
  expect(existsSync(file('content/guides/da/status.mdx'))).toBe(false);
  // Nothing typed is lost: the fields still hold what was written.
  await expect(da.getByLabel('Titel', { exact: true }).first()).toHaveValue('Status');
});

test('a file edited by hand that the build would refuse is named, with its field, in Danish, on its page and on /status/', async ({
  request,
}) => {
  const path = `content/guides/da/${OTHER_GUIDE}.mdx`;
  const before = read(path);
  // A new guide that was never valid: its address would be a bare "not found".
  const fresh = 'haandskrevet-guide';
  const freshPath = `content/guides/da/${fresh}.mdx`;
  const html = async (url: string) => (await request.get(`${base}${url}`)).text();
  const says = (page: string, file: string, field: string, words: string) =>
    page.includes(file) && page.includes(`<code>${field}</code>`) && page.includes(words);
  try {
    writeFileSync(file(path), before.replace(/^theme: .*$/m, 'theme: weather'));
    writeFileSync(file(freshPath), before.replace(/^title: .*\n/m, ''));
    // The dev server keeps serving the last good version of a guide: staff are told its file has mistakes.
    await expect
      .poll(async () => says(await html(`/da/${OTHER_GUIDE}/`), path, 'theme', 'skal være en af: arrival'), { timeout: 30_000 })
      .toBe(true);
    expect(await html(`/da/${OTHER_GUIDE}/`)).toContain('Filen har fejl');
    const notFound = await html(`/da/${fresh}/`);
    expect(notFound).toContain('Siden vises ikke, fordi indholdet har fejl');
    expect(says(notFound, freshPath, 'title', 'mangler: skriv en tekst')).toBe(true);
    const status = await html('/status/');
    expect(says(status, path, 'theme', 'skal være en af: arrival') && says(status, freshPath, 'title', 'mangler: skriv en tekst')).toBe(
      true,
    );
  } finally {
    writeFileSync(file(path), before);
    rmSync(file(freshPath), { force: true });
  }
  await expect.poll(async () => (await html(`/da/${OTHER_GUIDE}/`)).includes('Filen har fejl'), { timeout: 30_000 }).toBe(false);
});

test('the preview of a Danish text shows its LIX against the goal, its longest sentences and long words; /status/ lists texts above the goal', async ({
  page,
  request,
}) => {
  await openAdmin(page, `/collections/guides/entries/${GUIDE}`);
  await page.getByRole('button', { name: 'Toggle preview' }).click();
  const frame = page.frameLocator('iframe').first();
  await expect(frame.locator('h1')).toBeVisible({ timeout: 15_000 });
  if ((await frame.locator('main').getAttribute('lang')) !== 'da') {
    await page
      .getByRole('button', { name: /^Skriver på / })
      .first()
      .click();
    await page.getByRole('menuitem', { name: 'da', exact: true }).click();
  }
  await expect(frame.locator('main[lang="da"] .lix-notice')).toContainText(`højst ${LIX_LIMIT}`, { timeout: 15_000 });
  // A sentence far too long, typed at the end of the body: the preview names it and the long words.
  const long =
    'Når du har modtaget kommunens afgørelse vedrørende boligstøtteberettigelse skal du kontrollere oplysningerne omhyggeligt og eventuelt kontakte borgerservicemedarbejderen telefonisk inden fristens udløb';
  const editor = pane(page, 'da').locator('[data-slate-editor="true"]');
  await editor.click();
  await editor.press('Control+End');
  await editor.press('Enter');
  await editor.pressSequentially(long);
  await expect(frame.locator('.lix-notice')).toContainText('over målet', { timeout: 15_000 });
  await expect(frame.locator('.lix-notice li').first()).toContainText('boligstøtteberettigelse');
  await expect(frame.locator('.lix-notice')).toContainText('Lange ord:');

  const path = `content/guides/da/${GUIDE}.mdx`;
  const before = read(path);
  try {
    writeFileSync(file(path), `${before}\n${long}.\n`);
    const title = /^title: (.*)$/m.exec(before)![1]!;
    await expect
      .poll(
        async () => {
          const status = await (await request.get(`${base}/status/`)).text();
          const section = status.slice(status.indexOf('id="lix"'), status.indexOf('id="kilder"'));
          return section.includes(title) && section.includes('boligstøtteberettigelse');
        },
        { timeout: 45_000 },
      )
      .toBe(true);
  } finally {
    writeFileSync(file(path), before);
  }
});

/** A new guide with every Danish field the build needs, titled `title`. */
async function validDanishGuide(page: Page, title: string) {
  const da = pane(page, 'da');
  await da.getByLabel('Titel', { exact: true }).fill(title);
  await da.getByLabel('Kort resumé').fill('En guide skrevet i testen for at se, hvad CMS’et afviser.');
  await da.getByLabel('Emne', { exact: true }).fill('Bolig');
  await da.getByLabel('Emne', { exact: true }).press('Enter');
  await da.locator('input[id^="updated-field"]').fill('2026-11-23');
  await da.getByText('No name').locator('xpath=preceding-sibling::*[1]').getByRole('button').first().click();
  await da.getByRole('textbox', { name: 'Kilde', exact: true }).fill('Eksempel til test');
  await da.getByRole('textbox', { name: /^Adresse \(https/ }).fill('https://kilde.example/bolig');
  await da.locator('input[id^="read-field"]:visible').fill('2026-11-23');
  await typeBody(da.locator('[data-slate-editor="true"]'), ['Dansk tekst.']);
}

test('an address another guide has is refused in Danish at the title, and nothing is written', async ({ page }) => {
  await openAdmin(page, '/collections/guides/new');
  // "Find bolig" gives the file name find-bolig, which a fixture guide has (Decap would write find-bolig-1).
  await validDanishGuide(page, 'Find bolig');
  await publish(page);
  await expect(
    pane(page, 'da')
      .locator('li:visible', {
        hasText: /adressen \/da\/find-bolig\/ er allerede brugt af content\/guides\/da\/find-bolig\.mdx: skriv en anden titel/,
      })
      .first(),
  ).toBeVisible();
  await page.waitForTimeout(1_000);
  expect(existsSync(file('content/guides/da/find-bolig-1.mdx'))).toBe(false);
});

test('a mistake in the Greenlandic pane, which Decap does not check itself, is refused there in Danish, and nothing is written', async ({
  page,
}) => {
  await openAdmin(page, '/collections/guides/new');
  await validDanishGuide(page, 'Bolig i testen');
  const kl = pane(page, 'kl');
  await kl.getByLabel('Titel', { exact: true }).fill('Ab');
  // Checked as staff type: the message stands next to the Greenlandic field.
  await expect(kl.locator('li:visible', { hasText: 'er for kort: skriv mindst 3 tegn' }).first()).toBeVisible();
  await publish(page);
  // The save is refused, and says where to look.
  await expect(
    page
      .getByText(REFUSED_SAVE)
      .or(page.getByText(/Rettes før der kan gemmes\. kl: title: er for kort/))
      .first(),
  ).toBeVisible();
  await page.waitForTimeout(1_000);
  expect(existsSync(file('content/guides/da/bolig-i-testen.mdx'))).toBe(false);
});

test('an interface text with a {placeholder} the site does not fill in is refused in Danish, and the file is unchanged', async ({
  page,
}) => {
  const ui = 'content/ui/da.yml';
  const before = read(ui);
  await openAdmin(page, '/collections/ui/entries/da');
  await page.getByRole('textbox', { name: 'home_link', exact: true }).fill('Forside {navn}');
  await publish(page);
  await expect(
    page.locator('li:visible', { hasText: '{navn} udfyldes ikke af sitet: denne tekst har ingen pladsholdere' }).first(),
  ).toBeVisible();
  await page.waitForTimeout(1_000);
  expect(read(ui)).toBe(before);
});

test('a new guide written only in Danish, with the fields the CMS asks for, is served in both languages within seconds', async ({
  page,
  request,
}) => {
  await openAdmin(page, '/collections/guides/new');
  await validDanishGuide(page, 'Kun på dansk');
  await publish(page);
  const slug = 'kun-pa-dansk';
  await expect.poll(() => existsSync(file(`content/guides/da/${slug}.mdx`)), { timeout: 15_000 }).toBe(true);
  // The Greenlandic pane had no text: no Greenlandic file (one with only the translation's state would stop the build).
  expect(existsSync(file(`content/guides/kl/${slug}.mdx`))).toBe(false);
  await expect.poll(async () => (await request.get(`${base}/da/${slug}/`)).status(), { timeout: 45_000 }).toBe(200);
  const kl = await request.get(`${base}/kl/${slug}/`);
  expect(kl.status()).toBe(200);
  const notice = (parse(read('content/ui/kl.yml')) as Record<string, string>).translation_missing!;
  expect((await kl.text()).replaceAll('\u00AD', '')).toContain(notice);
});

// A staff member's mistake must stop the build with a message that names the file and the field.
// Each case copies the project with the fixture site's content (tests/fixtures/site), breaks one thing the way a
// person might, and runs Astro on the copy. (The body rules themselves are unit-tested in guide-body.test.ts.)
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { renderBody } from '../../src/loaders/rendered-mdx';
import { astroIn, copyProject, PROJECT_ROOT as root, runIn } from '../../scripts/copy-project.mjs';

const FIXTURE = join(root, 'tests/fixtures/site');

const copies: string[] = [];

function brokenCopy(file: string, edit: (text: string) => string): string {
  const dir = copyProject({ prefix: 'content-error', fixture: FIXTURE });
  copies.push(dir);
  const path = join(dir, file);
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    // A file the test creates: it starts empty.
  }
  writeFileSync(path, edit(text));
  return dir;
}

const astro = (dir: string, command: 'sync' | 'build') => astroIn(dir, command);
/** `npm run check` after the build: the whole-site checks. */
const siteCheck = (dir: string) => runIn(dir, ['scripts/check-site.mjs']);
const addToBody = (text: string) => (t: string) => `${t}\n${text}\n`;
/** The build succeeds; if not, the test shows why. */
const buildsFine = (dir: string) => {
  const { status, output } = astro(dir, 'build');
  expect(status, output).toBe(0);
};

afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

// A translated guide of the fixture site that names a place, and a draft translation.
const GUIDE = 'content/guides/da/flyt-hertil.mdx';
const DRAFT = 'content/guides/kl/nyt-id.mdx';

describe('content mistakes stop the build with the file and the field named', () => {
  it('a guide without a title', () => {
    const { status, output } = astro(
      brokenCopy(GUIDE, (t) => t.replace(/^title: .*\n/m, '')),
      'sync',
    );
    expect(status).not.toBe(0);
    expect(output).toContain(GUIDE);
    expect(output).toMatch(/title.*is missing/);
  });

  it('an unknown theme', () => {
    const { status, output } = astro(
      brokenCopy(GUIDE, (t) => t.replace(/^theme: .*$/m, 'theme: weather')),
      'sync',
    );
    expect(status).not.toBe(0);
    expect(output).toContain(GUIDE);
    expect(output).toMatch(/theme.*must be one of: arrival, housing/);
  });

  it('a date written the Danish way', () => {
    const { status, output } = astro(
      brokenCopy(GUIDE, (t) => t.replace(/^updated: .*$/m, 'updated: 22-11-2026')),
      'sync',
    );
    expect(status).not.toBe(0);
    expect(output).toContain(GUIDE);
    expect(output).toMatch(/updated.*YYYY-MM-DD/);
  });

  it('a translation marked reviewed without saying by whom', () => {
    const { status, output } = astro(
      brokenCopy(DRAFT, (t) => t.replace('state: draft', 'state: reviewed')),
      'sync',
    );
    expect(status).not.toBe(0);
    expect(output).toContain(DRAFT);
    expect(output).toMatch(/reviewedBy.*a reviewed translation needs reviewedBy and reviewedOn/);
  });

  it('a translation whose Danish version is not a hash the scripts wrote', () => {
    const { status, output } = astro(
      brokenCopy(DRAFT, (t) => t.replace(/hash: [0-9a-f]+/, 'hash: 2026-11-01')),
      'sync',
    );
    expect(status).not.toBe(0);
    expect(output).toContain(DRAFT);
    expect(output).toMatch(/follows\.hash.*must be the hash written by the CMS or npm run translation:import/);
  });

  it('an interface text missing from the Greenlandic strings', () => {
    const file = 'content/ui/kl.yml';
    const { status, output } = astro(
      brokenCopy(file, (t) => t.replace(/^home_link: .*\n/m, '')),
      'sync',
    );
    expect(status).not.toBe(0);
    expect(output).toContain(file);
    expect(output).toMatch(/home_link.*is missing/);
  });

  it('a Greenlandic guide with no Danish original', () => {
    const dir = brokenCopy('content/guides/kl/ukendt-guide.mdx', () =>
      readFileSync(join(FIXTURE, 'content/guides/kl/flyt-hertil.mdx'), 'utf8'),
    );
    const { status, output } = astro(dir, 'build');
    expect(status).not.toBe(0);
    expect(output).toContain('content/guides/kl/ukendt-guide.mdx: there is no Danish original content/guides/da/ukendt-guide.mdx');
  });

  it('a reference to an organisation that does not exist', () => {
    const { status, output } = astro(
      brokenCopy(GUIDE, (t) => t.replace('organisations: [hjaelpestedet', 'organisations: [hjaelpestedt')),
      'build',
    );
    expect(status).not.toBe(0);
    // Astro's own reference check: it names the entry, the field and the missing name.
    expect(output).toContain('entry "flyt-hertil" in collection "guidesDa" (field: organisations[0]) references "hjaelpestedt"');
  });

  it('a frontmatter "slug" that would move the page to another address', () => {
    const { status, output } = astro(
      brokenCopy(GUIDE, (t) => t.replace(/^title: /m, 'slug: nyt-id\ntitle: ')),
      'sync',
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/slug.*remove "slug": the file name is the address/);
  });

  // Each rule in memory, through the renderer the content loader uses; one through the real build below.
  for (const [what, body, message] of [
    ['an image without alternative text', '![](../../images/flytning.png)', 'an image needs alternative text'],
    ['a raw <script>', '<script>alert(1)</script>', '<script> is not allowed in a text'],
    ['an <iframe>', '<iframe src="https://example.com"></iframe>', '<iframe> is not allowed in a text'],
    ['an inline event handler', 'Tryk <Callout onClick="steal()">her</Callout>', 'the attribute onClick= is program code'],
    ['an MDX import', "import X from './x.js'", 'import and export are program code'],
    ['an MDX export', 'export const x = 1', 'import and export are program code'],
    ['a JavaScript expression', 'Pris: {1 + 1} kr.', 'curly braces { } hold program code'],
  ] as const) {
    it(`${what} in a body`, async () => {
      const message_ = await renderBody(`Tekst.\n\n${body}\n`, pathToFileURL(join(root, GUIDE)), 20).then(
        () => '',
        (error: Error) => error.message,
      );
      expect(message_).toMatch(new RegExp(`^${GUIDE}:2[0-9]: `));
      expect(message_).toContain(message);
    });
  }

  it('a body mistake stops the real build, at its line in the file', () => {
    const dir = brokenCopy(GUIDE, addToBody('<script>alert(1)</script>'));
    const line = readFileSync(join(dir, GUIDE), 'utf8').split('\n').indexOf('<script>alert(1)</script>') + 1;
    const { status, output } = astro(dir, 'build');
    expect(status).not.toBe(0);
    expect(output).toContain(`${GUIDE}:${line}: <script> is not allowed in a text`);
  });

  it('an internal link to a page or a section that does not exist', () => {
    const dir = brokenCopy(GUIDE, addToBody('Se [boligguiden](/da/find-boli/) og [afsnittet](/da/find-bolig/#findes-ikke).'));
    buildsFine(dir);
    const { status, output } = siteCheck(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`${GUIDE}: links to /da/find-boli/, which does not exist`);
    expect(output).toContain(`${GUIDE}: links to /da/find-bolig/#findes-ikke, but that page has no such section`);
  });

  it('two guides with the same address', () => {
    const dir = brokenCopy('content/guides/da/Flyt-Hertil.mdx', () => readFileSync(join(FIXTURE, GUIDE), 'utf8'));
    // Astro stops when its loader sees both files in one run (its order varies); else the site check does.
    const build = astro(dir, 'build');
    const { status, output } = build.status === 0 ? siteCheck(dir) : build;
    expect(status).not.toBe(0);
    expect(output).toMatch(/same (address|slug)/);
    expect(output).toContain('content/guides/da/Flyt-Hertil.mdx');
    expect(output).toContain(GUIDE);
  });
});

describe('a Danish text that changed after its translation', () => {
  it('is reported by the build, marked on the Greenlandic page and listed on the status page', () => {
    // The translation follows a hash of the Danish text: a new sentence makes it out of date, a new date alone does not.
    const dir = brokenCopy(GUIDE, (t) => `${t.replace(/^updated: .*$/m, 'updated: 2026-12-24')}\nEn ny sætning i den danske tekst.\n`);
    const { status, output } = astro(dir, 'build');
    expect(status).toBe(0);
    expect(output).toContain(`content/guides/kl/flyt-hertil.mdx: out of date: ${GUIDE} has changed since the Danish version it follows`);
    const kl = readFileSync(join(dir, 'dist/kl/flyt-hertil/index.html'), 'utf8').replaceAll('\u00AD', '');
    expect(kl).toContain('translation-status--outdated');
    expect(kl).toContain('href="/da/flyt-hertil/"');
    const status_ = readFileSync(join(dir, 'dist/status/index.html'), 'utf8');
    expect(status_).toMatch(/<tr class="status-outdated"><td><a href="\/da\/flyt-hertil\/">/);
  });
});

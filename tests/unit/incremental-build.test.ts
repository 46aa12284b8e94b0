// Rebuilds as CI or a host makes them, keeping .cache/ (scripts/astro-build.mjs, Astro's incremental build with
// the keys of guideCacheKeys in src/data/site.ts), on a copy of the project with the fixture site's content. After
// each kind of edit staff make, the rebuilt site is byte for byte the site a build from scratch makes of the same
// files, and only the pages the edit can change are rendered again.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCopy, copyProject, PROJECT_ROOT as root, runIn } from '../../scripts/copy-project.mjs';

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

let dir: string;
beforeAll(() => {
  dir = copyProject({ prefix: 'incremental', fixture: join(root, 'tests/fixtures/site') });
  copies.push(dir);
  const cold = buildCopy(dir, { search: false });
  expect(cold.status, cold.output).toBe(0);
}, 180_000);

const edit = (file: string, change: (text: string) => string) => {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after, `the edit of ${file} changes it`).not.toBe(before);
  writeFileSync(path, after);
};

/** Builds again in the same folder; returns the pages Astro rendered and those it copied from the last build. */
function rebuild() {
  const { status, output } = runIn(dir, ['scripts/astro-build.mjs']);
  expect(status, output).toBe(0);
  const pages = [...output.matchAll(/[├└]─ (\S+) \((cached|restored|\+[\d.]+m?s)\)/g)];
  const kept = pages.filter((m) => m[2] === 'cached' || m[2] === 'restored').map((m) => m[1]);
  return { rendered: pages.filter((m) => !kept.includes(m[1])).map((m) => m[1]), kept };
}

const files = (site: string) =>
  readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(site.length))
    .sort();

/** The built site of `dir` against a build from scratch of the same content, file by file. */
function expectSameAsFromScratch() {
  const scratch = copyProject({ prefix: 'incremental-scratch', fixture: dir });
  copies.push(scratch);
  const built = buildCopy(scratch, { search: false });
  expect(built.status, built.output).toBe(0);
  const [ours, theirs] = [join(dir, 'dist'), join(scratch, 'dist')];
  expect(files(ours)).toEqual(files(theirs));
  const differing = files(ours).filter((file) => !readFileSync(ours + file).equals(readFileSync(theirs + file)));
  expect(differing).toEqual([]);
}

// The routes of one guide that carry its key.
const guideRoutes = (slug: string) => [
  `/da/${slug}/index.html`,
  `/kl/${slug}/index.html`,
  `/da/${slug}/side-om-side/index.html`,
  `/kl/${slug}/side-om-side/index.html`,
  `/da/${slug}/udskriv/index.html`,
  `/kl/${slug}/udskriv/index.html`,
  `/plakat/${slug}/index.html`,
  `/og/da/${slug}.jpg`,
  `/og/kl/${slug}.jpg`,
];

describe('a rebuild after staff edit content', () => {
  it('renders only the edited guide’s pages again when its text changes, and gives the same site as a build from scratch', () => {
    edit('content/guides/da/affald.mdx', (t) => t.replace('Læg *pap* og papir', 'Læg *pap*, aviser og papir'));
    const { rendered, kept } = rebuild();
    expect(rendered).toEqual(expect.arrayContaining(guideRoutes('affald')));
    for (const slug of ['flyt-hertil', 'nyt-id', 'find-bolig', 'fritid']) expect(kept).toEqual(expect.arrayContaining(guideRoutes(slug)));
    expect(readFileSync(join(dir, 'dist/da/affald/index.html'), 'utf8')).toContain('aviser og papir');
    expectSameAsFromScratch();
  });

  it('renders the neighbours again when a guide’s title changes (their journey links name it)', () => {
    edit('content/guides/da/nyt-id.mdx', (t) => t.replace(/^title: (.*)$/m, 'title: $1 (ny titel)'));
    const { rendered } = rebuild();
    // Every guide's pages: the journey's pager and the header of each guide name their neighbours.
    for (const slug of ['flyt-hertil', 'find-bolig', 'affald']) expect(rendered).toEqual(expect.arrayContaining(guideRoutes(slug)));
    expect(readFileSync(join(dir, 'dist/da/find-bolig/index.html'), 'utf8')).toContain('(ny titel)');
    expectSameAsFromScratch();
  });

  it('removes a deleted guide’s pages and picture (dist/ is not emptied before a rebuild)', () => {
    const picture = readdirSync(join(dir, 'dist/_astro')).filter((name) => name.startsWith('flytning.'));
    expect(picture.length, 'the fixture guide flyt-hertil has a picture').toBeGreaterThan(0);
    for (const lang of ['da', 'kl']) rmSync(join(dir, `content/guides/${lang}/flyt-hertil.mdx`));
    edit('content/journey/forste-uger.yml', (t) => t.replace(/^ {2}- flyt-hertil\n/m, ''));
    edit('content/settings/site.yml', (t) => t.replace('interpreterGuide: flyt-hertil', 'interpreterGuide: nyt-id'));
    rebuild();
    expect(existsSync(join(dir, 'dist/da/flyt-hertil/index.html'))).toBe(false);
    expect(readdirSync(join(dir, 'dist/_astro')).filter((name) => picture.includes(name))).toEqual([]);
    expectSameAsFromScratch();
  });

  it('renders every page again when an interface text changes', () => {
    edit('content/ui/da.yml', (t) => t.replace(/^(home_link: )(.*)$/m, '$1$2 (rettet)'));
    const { kept } = rebuild();
    expect(kept).toEqual([]);
    expectSameAsFromScratch();
  });

  it('builds from scratch when code changes', () => {
    edit('src/lib/schemas.ts', (t) => `${t}\n// a change to the code\n`);
    const { kept } = rebuild();
    expect(kept).toEqual([]);
  });
});

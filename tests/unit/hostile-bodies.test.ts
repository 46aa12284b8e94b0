// A stolen CMS login can write any body. Each hostile body goes through the real build of a project copy, which
// must stop, naming the file, its real line and what is wrong, before anything in the body runs.
// Guides are rendered as the content loads, so `astro sync` reports every hostile guide of a collection at once (only of
// the first collection to fail: all are Danish here). Info pages are compiled by @astrojs/mdx in `astro build`, which
// stops at the first bad page, but reports all of that page's problems at once.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroIn, copyProject, PROJECT_ROOT as root } from '../../scripts/copy-project.mjs';

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Adds `text` to the end of a content file's body; returns the file's line the text starts on. */
function append(dir: string, file: string, text: string) {
  const before = readFileSync(join(dir, file), 'utf8');
  writeFileSync(join(dir, file), `${before}\n${text}\n`);
  return before.split('\n').length + 1;
}

const astro = astroIn;
/** Copies have the fixture site's content (tests/fixtures/site); its Danish guides take the hostile bodies, two each where needed. */
const FIXTURE = join(root, 'tests/fixtures/site');
const DANISH = readdirSync(join(FIXTURE, 'content/guides/da'))
  .sort()
  .map((name) => `content/guides/da/${name}`);

/** Every file named `name` under `dir`, not following node_modules. */
const filesNamed = (dir: string, name: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (path) => !path.startsWith('node_modules') && path.split('/').at(-1) === name,
  );

/** MDX that writes a file when it runs, as a CMS login could write it. */
const writesFile = (name: string) =>
  `<Callout x={process.getBuiltinModule('node:fs').writeFileSync('${name}', 'pwned')}>\nTekst\n</Callout>`;
const elsewhere = 'is not in content/images/: put the picture in content/images/ and use it from there';

describe('hostile guide bodies stop `astro sync`, every one reported with its file and line', () => {
  const guides = {
    code: [DANISH[0]!, writesFile('pwned-guide.txt')],
    entityLink: [DANISH[1]!, 'Log ind [her](&#106;avascript:fetch(1)).'],
    referenceLink: [DANISH[2]!, 'Se [her][tolk].\n\n[tolk]: VBScript:msgbox(1)'],
    outsideImage: [DANISH[3]!, '![Et brev](../../../../x.png)'],
    svgImage: [DANISH[0]!, '![Et kort](../../images/kort.svg)'],
    remoteImage: [DANISH[1]!, '![Illu](https://example.com/illu.png)'],
  } as const;
  const lines: Partial<Record<keyof typeof guides, number>> = {};
  let dir = '';
  let result: ReturnType<typeof astro>;
  beforeAll(() => {
    dir = copyProject({ prefix: 'hostile-guides', fixture: FIXTURE });
    copies.push(dir);
    for (const [what, [file, text]] of Object.entries(guides)) lines[what as keyof typeof guides] = append(dir, file, text);
    result = astro(dir, 'sync');
  });
  const at = (what: keyof typeof guides) => `${guides[what][0]}:${lines[what]}: `;

  it('fails', () => expect(result.status, result.output).not.toBe(0));

  it('JavaScript in a component attribute, which does not run', () => {
    expect(result.output).toContain(
      `${at('code')}x={…} in <Callout> is program code, not allowed in a text: remove it (<Callout> takes no attributes)`,
    );
    expect(filesNamed(dir, 'pwned-guide.txt')).toEqual([]);
    expect(existsSync(join(process.cwd(), 'pwned-guide.txt'))).toBe(false);
    expect(existsSync(join(root, 'pwned-guide.txt'))).toBe(false);
  });

  it('an entity-encoded javascript: link', () => {
    expect(result.output).toContain(
      `${at('entityLink')}the link "javascript:fetch(1)": "javascript:" addresses are not allowed; link to a web page (https://…)`,
    );
  });

  it('a reference-style vbscript: link, at the line of its address', () => {
    expect(result.output).toContain(
      `${guides.referenceLink[0]}:${lines.referenceLink! + 2}: the link address [tolk]: "VBScript:msgbox(1)": "vbscript:" addresses are not allowed`,
    );
  });

  it('a picture from outside the project, an SVG and a remote picture', () => {
    expect(result.output).toContain(`${at('outsideImage')}the picture "../../../../x.png" ${elsewhere}`);
    expect(result.output).toContain(`${at('svgImage')}the picture "../../images/kort.svg": SVG pictures are not allowed`);
    expect(result.output).toContain(`${at('remoteImage')}the picture "https://example.com/illu.png" ${elsewhere}`);
  });
});

describe('a hostile information page stops `astro build` with all its problems, each with its real line', () => {
  const PAGE = `content/pages/da/${readdirSync(join(FIXTURE, 'content/pages/da'))[0]}`;
  const hostile = [
    writesFile('pwned-page.txt'),
    'Læs [mere](JaVaScRiPt:alert(1)) og [her][x].',
    '[x]: data:text/html;base64,PHNjcmlwdD4=',
    '![Et hus](../../../../../x.png)',
    '![Et logo](../../images/logo.svg)',
    '![Et foto](https://example.com/foto.jpg)',
  ];
  let dir = '';
  let first = 0;
  let result: ReturnType<typeof astro>;
  beforeAll(() => {
    dir = copyProject({ prefix: 'hostile-page', fixture: FIXTURE });
    copies.push(dir);
    first = append(dir, PAGE, hostile.join('\n\n'));
    result = astro(dir, 'build');
  });
  /** The file's line of the n-th hostile block (each block is followed by one blank line; the first has three lines). */
  const at = (n: number) => `${PAGE}:${first + 2 * n + (n > 0 ? 2 : 0)}: `;

  it('fails', () => expect(result.status, result.output).not.toBe(0));

  it('JavaScript in a component attribute, which does not run', () => {
    expect(result.output).toContain(
      `${at(0)}x={…} in <Callout> is program code, not allowed in a text: remove it (<Callout> takes no attributes)`,
    );
    expect(filesNamed(dir, 'pwned-page.txt')).toEqual([]);
    expect(existsSync(join(process.cwd(), 'pwned-page.txt'))).toBe(false);
    expect(existsSync(join(root, 'pwned-page.txt'))).toBe(false);
  });

  it('a javascript: link and a data: reference link', () => {
    expect(result.output).toContain(`${at(1)}the link "JaVaScRiPt:alert(1)": "javascript:" addresses are not allowed`);
    expect(result.output).toContain(
      `${at(2)}the link address [x]: "data:text/html;base64,PHNjcmlwdD4=": "data:" addresses are not allowed`,
    );
  });

  it('a picture from outside the project, an SVG and a remote picture', () => {
    expect(result.output).toContain(`${at(3)}the picture "../../../../../x.png" ${elsewhere}`);
    expect(result.output).toContain(`${at(4)}the picture "../../images/logo.svg": SVG pictures are not allowed`);
    expect(result.output).toContain(`${at(5)}the picture "https://example.com/foto.jpg" ${elsewhere}`);
  });
});

// What a stolen CMS login could write into the fields of a content file, fed through Astro on a copy of the
// project with the fixture site's content (tests/fixtures/site): each is refused with the file and the field
// named, and the person's file is left as it was.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroIn, copyProject, PROJECT_ROOT as root } from '../../scripts/copy-project.mjs';

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the project with `edits` applied (file → new text, from the old text), and Astro run on it. */
function runWith(edits: Record<string, (text: string) => string>, command: 'sync' | 'build' = 'sync') {
  const dir = copyProject({ prefix: 'hostile-fields', fixture: join(root, 'tests/fixtures/site') });
  copies.push(dir);
  const written: Record<string, string> = {};
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    written[file] = edit(existsSync(path) ? readFileSync(path, 'utf8') : '');
    writeFileSync(path, written[file]);
  }
  const result = astroIn(dir, command);
  // Nothing a person wrote is lost: the refused file is still there, unchanged.
  for (const [file, text] of Object.entries(written)) expect(readFileSync(join(dir, file), 'utf8'), file).toBe(text);
  return { dir, ...result };
}

// A fixture guide with a video file of our own and no picture, and a place with a website.
const GUIDE = 'content/guides/da/fritid.mdx';
const ORG = 'content/organisations/hjaelpestedet.yml';
const frontmatter = (add: string) => (t: string) => t.replace(/^---\n/, `---\n${add}\n`);

describe('dangerous addresses in fields are refused', () => {
  it('a source whose address is javascript:, in any letter case', () => {
    const { status, output } = runWith({
      [GUIDE]: (t) => t.replace(/^(sources:\n {2}- name: .*\n) {4}url: .*\n/m, '$1    url: JavaScript:alert(document.domain)\n'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain(GUIDE);
    expect(output).toMatch(/sources\.0\.url.*must be a full web address starting with https:\/\//);
  });

  it("an organisation's website as a data: address", () => {
    const { status, output } = runWith({
      [ORG]: (t) => t.replace(/^website: .*$/m, 'website: "data:text/html,<script>alert(1)</script>"'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain(ORG);
    expect(output).toMatch(/website.*must be a full web address starting with https:\/\//);
  });

  it("the settings' accessibility statement link as vbscript:", () => {
    const file = 'content/settings/site.yml';
    const { status, output } = runWith({ [file]: (t) => `${t}accessibilityStatementUrl: "vbscript:msgbox(1)"\n` });
    expect(status).not.toBe(0);
    expect(output).toContain(file);
    expect(output).toMatch(/accessibilityStatementUrl.*must be a full web address/);
  });

  it('a TwentyThree video on a domain that is not TwentyThree', () => {
    const video = `video:\n  kind: provider\n  provider: twentythree\n  id: "123456"\n  host: evil.example\n  poster: /videos/eksempel/poster.jpg\n  duration: 20\n  captions:\n    da: /videos/eksempel/eksempel.da.vtt\n    kl: /videos/eksempel/eksempel.kl.vtt`;
    const { status, output } = runWith({ [GUIDE]: (t) => t.replace(/^video:\n(?: .*\n)+/m, `${video}\n`) });
    expect(status).not.toBe(0);
    expect(output).toContain(GUIDE);
    expect(output).toMatch(/video\.host.*"evil\.example" is not a TwentyThree address the site knows/);
  });
});

describe('paths that leave their folder are refused', () => {
  it('a caption file outside public/videos/', () => {
    const { status, output } = runWith({ [GUIDE]: (t) => t.replace('da: /videos/eksempel/eksempel.da.vtt', 'da: /videos/../../x.vtt') });
    expect(status).not.toBe(0);
    expect(output).toContain(GUIDE);
    expect(output).toMatch(/video\.captions\.da.*must be the address of a file in public\/videos\//);
  });

  it('a picture outside content/images/', () => {
    const { dir, status, output } = runWith({
      [GUIDE]: frontmatter('image:\n  src: ../../../../../../../etc/hostname.png\n  alt: Et billede.'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain(GUIDE);
    expect(output).toMatch(/image\.src.*is not in content\/images\/: put the picture in content\/images\//);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });

  it('an SVG picture, also one named .png', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    const named = runWith({
      'content/images/tegning.svg': () => svg,
      [GUIDE]: frontmatter('image:\n  src: ../../images/tegning.svg\n  alt: En tegning.'),
    });
    expect(named.status).not.toBe(0);
    expect(named.output).toMatch(/image\.src.*use a png, jpg, jpeg, webp, avif, gif file \(SVG is not allowed\)/);
    const disguised = runWith({
      'content/images/tegning.png': () => svg,
      [GUIDE]: frontmatter('image:\n  src: ../../images/tegning.png\n  alt: En tegning.'),
    });
    expect(disguised.status).not.toBe(0);
    expect(disguised.output).toContain(GUIDE);
    expect(disguised.output).toMatch(/image\.src.*content\/images\/tegning\.png is not really a png picture/);
  });
});

describe('text pasted with hidden characters, and interface texts', () => {
  it('a tab in a change note (it made the Atom feed invalid)', () => {
    const { status, output } = runWith({ [GUIDE]: (t) => t.replace('note: Testguiden er skrevet.', 'note: "Guiden er\\tskrevet."') });
    expect(status).not.toBe(0);
    expect(output).toContain(GUIDE);
    expect(output).toMatch(/changes\.0\.note.*contains a tab \(U\+0009\) at character 10/);
  });

  it('a {placeholder} the site does not fill in', () => {
    const file = 'content/ui/kl.yml';
    const { status, output } = runWith({ [file]: (t) => t.replace(/^home_link: .*$/m, 'home_link: "Angerlaaffik {name}"') });
    expect(status).not.toBe(0);
    expect(output).toContain(file);
    expect(output).toMatch(/home_link.*\{name\} is not filled in by the site: this text has no placeholders/);
  });
});

describe('former addresses that would hide a page', () => {
  it("a guide's own address, or a route of the site, stops the build", () => {
    const { status, output } = runWith({ [GUIDE]: frontmatter('previousSlugs: [fritid, soeg]') }, 'build');
    expect(status).not.toBe(0);
    expect(output).toContain(`${GUIDE}: previousSlugs: "fritid" is this guide's own address`);
    expect(output).toContain(`${GUIDE}: previousSlugs: "soeg" is an address the site itself uses (/da/soeg/)`);
  });
});

describe('journey answers become addresses', () => {
  it('an answer id that climbs out of the journey folder is refused, and no page is written', () => {
    const file = 'content/journey/forste-uger.yml';
    const { dir, status, output } = runWith({ [file]: (t) => t.replace(/^( {6}- id: )med-boern$/m, '$1../../../pwned') }, 'build');
    expect(status).not.toBe(0);
    expect(output).toContain(file);
    expect(output).toMatch(/questions\.0\.answers\.0\.id.*becomes part of an address: use only a–z, 0–9 and hyphens/);
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });
});

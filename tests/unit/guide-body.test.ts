// Guide bodies are rendered as the content loads (src/loaders/rendered-mdx.ts), not by Astro's MDX pipeline.
// What staff write through the CMS must come out as before: pictures through Astro's image service, callouts,
// headings with ids for the contents list; and what does not belong in a guide stops the build, naming the file.
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { astroIn, copyProject, PROJECT_ROOT as root } from '../../scripts/copy-project.mjs';
import { bodyProblem } from '../../src/lib/body-rules';
import { renderBody } from '../../src/loaders/rendered-mdx';

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
// A guide of the fixture site (tests/fixtures/site), built in a copy of the project with the fixture's content.
const GUIDE = 'content/guides/da/find-bolig.mdx';

function buildWithBody(text: string) {
  const dir = copyProject({ prefix: 'guide-body', fixture: join(root, 'tests/fixtures/site') });
  copies.push(dir);
  appendFileSync(join(dir, GUIDE), `\n${text}\n`);
  return { dir, ...astroIn(dir, 'build') };
}

describe('a guide body', () => {
  it('becomes HTML with heading ids, a callout box and escaped text', async () => {
    const { html, headings } = await renderBody(
      '## Før du flytter\n\n<Callout>\nHusk **CPR** & nøgler \\< 5.\n</Callout>\n\nTekst "i citat".',
    );
    expect(html).toContain('<h2 id="før-du-flytter">Før du flytter</h2>');
    expect(html).toContain('<div class="callout" role="note"><p>Husk <strong>CPR</strong> &amp; nøgler &lt; 5.</p></div>');
    expect(html).toContain('<p>Tekst “i citat”.</p>');
    expect(headings).toEqual([{ depth: 2, slug: 'før-du-flytter', text: 'Før du flytter' }]);
  });

  it('with a picture and a callout, as the CMS writes them, builds into an optimised picture and a callout box', () => {
    const { dir, status, output } = buildWithBody(
      '![Et hus i Aalborg](../../images/flytning.png)\n\n<Callout>\nHusk at melde flytning.\n</Callout>',
    );
    expect(status, output).toBe(0);
    const html = readFileSync(join(dir, 'dist/da/find-bolig/index.html'), 'utf8');
    expect(html).toMatch(/<img alt="Et hus i Aalborg" loading="lazy"[^>]* src="\/_astro\/flytning\.[\w-]+\.webp" srcset="/);
    expect(html).toContain('<div class="callout" role="note"><p>Husk at melde flytning.</p></div>');
  });

  it('with the accessibility statement link stops the build, naming the file', () => {
    const { status, output } = buildWithBody('<OfficialStatementLink />');
    expect(status).not.toBe(0);
    expect(output).toContain(`${GUIDE}: <OfficialStatementLink /> belongs on the accessibility page, not in a guide`);
  });
});

describe('the body rules', () => {
  const file = 'content/guides/da/x.mdx';
  const fileURL = pathToFileURL(join(root, file));
  /** The build's message for a body, or undefined when it renders. */
  const refusal = (body: string, firstLine = 1) =>
    renderBody(body, fileURL, firstLine).then(
      () => undefined,
      (error: Error) => error.message,
    );

  it('refuse JavaScript in an attribute value without running it', async () => {
    const message = await refusal('<Callout x={globalThis.bodyRan = 1}>\nTekst\n</Callout>');
    expect(message).toBe(`${file}:1: x={…} in <Callout> is program code, not allowed in a text: remove it (<Callout> takes no attributes)`);
    expect((globalThis as { bodyRan?: number }).bodyRan).toBeUndefined();
  });

  it('refuse spreads, attributes the component does not take, and expressions in its text', async () => {
    expect(await refusal('<Callout {...props}>\nTekst\n</Callout>')).toContain('{…} in <Callout> is program code');
    expect(await refusal('<Callout tone="warning">\nTekst\n</Callout>')).toContain(
      '<Callout> has no attribute tone=: remove it (<Callout> takes no attributes)',
    );
    expect(await refusal('<Callout hidden>\nTekst\n</Callout>')).toContain('<Callout> has no attribute hidden=');
    expect(await refusal('<OfficialStatementLink href="https://x.example" />')).toContain('<OfficialStatementLink> has no attribute href=');
    expect(await refusal('<Callout>\nPris: {globalThis.bodyRan = 2}\n</Callout>')).toBe(
      `${file}:2: curly braces { } hold program code, not allowed in a text: remove them or write the text without them`,
    );
    expect((globalThis as { bodyRan?: number }).bodyRan).toBeUndefined();
  });

  it('refuse javascript:, data: and vbscript: addresses in any case, entity-encoded too, in links, reference links and pictures', async () => {
    for (const [body, address] of [
      ['[Tryk](javascript:alert(1))', 'javascript:alert(1)'],
      ['[Tryk](JaVaScRiPt:alert(1))', 'JaVaScRiPt:alert(1)'],
      ['[Tryk](&#106;avascript:alert(1))', 'javascript:alert(1)'], // the parser decodes the entity before the rules see it
      ['[Tryk](&#x4A;ava&#x09;script:alert(1))', 'Java\tscript:alert(1)'],
      ['[Tryk](vbscript:msgbox)', 'vbscript:msgbox'],
      ['[Tryk](DATA:text/html;base64,PHNjcmlwdD4=)', 'DATA:text/html;base64,PHNjcmlwdD4='],
    ]) {
      expect(await refusal(body), body).toContain(
        `${file}:1: the link ${JSON.stringify(address)}: "${address.replace('\t', '').split(':')[0]!.toLowerCase()}:" addresses are not allowed`,
      );
    }
    expect(await refusal('Se [her][1].\n\n[1]: javascript:alert(1)')).toContain(
      `${file}:3: the link address [1]: "javascript:alert(1)": "javascript:" addresses are not allowed`,
    );
    expect(await refusal('![Et hus](javascript:alert(1))')).toContain(
      `${file}:1: the picture "javascript:alert(1)": "javascript:" addresses are not allowed`,
    );
    expect(await refusal('![Et hus](data:image/png;base64,AAAA)')).toContain('"data:" addresses are not allowed');
  });

  it('let ordinary links through', async () => {
    expect(
      await refusal(
        '[a](https://aalborg.dk/) [b](mailto:a@b.dk) [c](tel:+4599311111) [d](/da/bolig/) [e](#afsnit) [f][g]\n\n[g]: https://borger.dk/',
      ),
    ).toBeUndefined();
  });

  it('take pictures only from content/images/, as PNG, JPEG, WebP, AVIF or GIF', async () => {
    const elsewhere = 'is not in content/images/: put the picture in content/images/ and use it from there';
    expect(await refusal('![Et hus](../../../../x.png)')).toBe(
      `${file}:1: the picture "../../../../x.png" ${elsewhere}, ![what the picture shows](../../images/picture.png)`,
    );
    expect(await refusal('![Et hus](../../images/../../package.png)')).toContain(elsewhere);
    expect(await refusal('![Et hus](%2e%2e/%2e%2e/%2e%2e/x.png)')).toContain(elsewhere);
    expect(await refusal('![Et hus](/etc/x.png)')).toContain(elsewhere);
    expect(await refusal('![Et hus](https://example.com/hus.png)')).toContain(`the picture "https://example.com/hus.png" ${elsewhere}`);
    expect(await refusal('![Et hus](//example.com/hus.png)')).toContain('the picture "//example.com/hus.png"');
    expect(await refusal('![Et hus](../../images/hus.svg)')).toContain('the picture "../../images/hus.svg": SVG pictures are not allowed');
    expect(await refusal('![Et hus](../../images/HUS.SVG)')).toContain('SVG pictures are not allowed');
    expect(await refusal('![Et hus](../../images/hus.html)')).toContain('must be one of: .png, .jpg, .jpeg, .webp, .avif, .gif');
    expect(await refusal('![Et hus](../../images/bolig.png?raw)')).toContain('without ?, # or \\');
    expect(await refusal('![Et hus][hus]\n\n[hus]: ../../images/bolig.png')).toContain('a picture written as ![…][hus] cannot be checked');
    const { imagePaths } = await renderBody('![Et hus](../../images/bolig.png) ![Et kort](../../images/Kort%201.JPG)', fileURL);
    expect(imagePaths).toEqual(['../../images/bolig.png', '../../images/Kort 1.JPG']);
  });

  it('report every problem of a body at once, on the line of the file when the frontmatter is counted', async () => {
    const message = await refusal('## Overskrift\n\n[a](javascript:x)\n\n![](../../images/bolig.png)', 8);
    expect(message?.split('\n')).toEqual([
      `${file}:10: the link "javascript:x": "javascript:" addresses are not allowed; link to a web page (https://…), an e-mail (mailto:…), a phone number (tel:…) or a page on this site (/da/…)`,
      `${file}:12: an image needs alternative text: describe it between the brackets, ![like this](picture.png)`,
    ]);
  });

  it('are pure: a node and where its file is are enough', () => {
    const place = { file: '/site/content/pages/da/om.mdx', imagesDir: '/site/content/images' };
    expect(bodyProblem({ type: 'image', url: '../../images/a.webp', alt: 'A' }, place)).toBeUndefined();
    expect(bodyProblem({ type: 'image', url: '../images/a.webp', alt: 'A' }, place)).toContain('is not in content/images/');
    expect(bodyProblem({ type: 'image', url: '../../images/a.webp', alt: 'A' })).toContain('is not in content/images/');
    const site = mkdtempSync(join(tmpdir(), 'body-rules-'));
    mkdirSync(join(site, 'content/images'), { recursive: true });
    writeFileSync(join(site, 'content/images/tegning.png'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const disguised = { file: join(site, 'content/pages/da/om.mdx'), imagesDir: join(site, 'content/images') };
    expect(bodyProblem({ type: 'image', url: '../../images/tegning.png', alt: 'A' }, disguised)).toBe(
      'the picture "../../images/tegning.png" is not really a .png file: save it again as PNG, JPEG or WebP',
    );
    rmSync(site, { recursive: true });
    expect(
      bodyProblem({
        type: 'mdxJsxTextElement',
        name: 'Callout',
        attributes: [{ type: 'mdxJsxAttribute', name: 'x', value: { type: 'mdxJsxAttributeValueExpression', value: '1' } }],
      }),
    ).toContain('x={…} in <Callout> is program code');
    expect(bodyProblem({ type: 'link', url: ' \tjavascript:x' })).toContain('"javascript:" addresses are not allowed');
    expect(bodyProblem({ type: 'link', url: 'https://aalborg.dk/' })).toBeUndefined();
  });
});

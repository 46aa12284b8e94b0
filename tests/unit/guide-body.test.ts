// Guide bodies are rendered as the content loads (src/loaders/rendered-mdx.ts), not by Astro's MDX pipeline.
// What staff write through the CMS must come out as before: pictures through Astro's image service, callouts,
// headings with ids for the contents list; and what does not belong in a guide stops the build, naming the file.
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, PROJECT_ROOT as root } from '../../scripts/copy-project.mjs';
import { renderBody } from '../../src/loaders/rendered-mdx';

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const GUIDE = 'content/guides/da/bolig.mdx';

function buildWithBody(text: string) {
  const dir = copyProject({ prefix: 'guide-body' });
  copies.push(dir);
  appendFileSync(join(dir, GUIDE), `\n${text}\n`);
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { dir, status: result.status, output: result.stdout + result.stderr };
}

describe('a guide body', () => {
  it('becomes HTML with heading ids, a callout box and escaped text', async () => {
    const { html, headings } = await renderBody('## Før du flytter\n\n<Callout>\nHusk **CPR** & nøgler \\< 5.\n</Callout>\n\nTekst "i citat".');
    expect(html).toContain('<h2 id="før-du-flytter">Før du flytter</h2>');
    expect(html).toContain('<div class="callout" role="note"><p>Husk <strong>CPR</strong> &amp; nøgler &lt; 5.</p></div>');
    expect(html).toContain('<p>Tekst “i citat”.</p>');
    expect(headings).toEqual([{ depth: 2, slug: 'før-du-flytter', text: 'Før du flytter' }]);
  });

  it('with a picture and a callout, as the CMS writes them, builds into an optimised picture and a callout box', () => {
    const { dir, status, output } = buildWithBody('![Et hus i Aalborg](../../images/bolig.png)\n\n<Callout>\nHusk at melde flytning.\n</Callout>');
    expect(status, output).toBe(0);
    const html = readFileSync(join(dir, 'dist/da/bolig/index.html'), 'utf8');
    expect(html).toMatch(/<img alt="Et hus i Aalborg" loading="lazy"[^>]* src="\/_astro\/bolig\.[\w-]+\.webp" srcset="/);
    expect(html).toContain('<div class="callout" role="note"><p>Husk at melde flytning.</p></div>');
  });

  it('with the accessibility statement link stops the build, naming the file', () => {
    const { status, output } = buildWithBody('<OfficialStatementLink />');
    expect(status).not.toBe(0);
    expect(output).toContain(`${GUIDE}: <OfficialStatementLink /> belongs on the accessibility page, not in a guide`);
  });
});

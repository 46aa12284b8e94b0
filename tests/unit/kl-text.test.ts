import { describe, expect, it } from 'vitest';
import { prepareGreenlandicHtml } from '../../src/lib/kl-text';

const SHY = '\u00AD';
const page = (body: string, lang = 'kl') => `<!DOCTYPE html><html lang="${lang}"><head><title>nakorsaqarfimmut</title></head><body>${body}</body></html>`;
const bodyOf = (html: string) => html.slice(html.indexOf('<body>'));

describe('prepareGreenlandicHtml', () => {
  it('adds soft hyphens to long Greenlandic words in the body but never in the head or attributes', () => {
    const html = prepareGreenlandicHtml(page('<p title="nakorsaqarfimmut">nakorsaqarfimmut</p>'));
    expect(html).toContain('<title>nakorsaqarfimmut</title>');
    expect(html).toContain('title="nakorsaqarfimmut"');
    expect(bodyOf(html)).toContain(`na${SHY}kor${SHY}sa${SHY}qar${SHY}fim${SHY}mut</p>`);
  });

  it('leaves text in a Danish element alone, and takes up Greenlandic again after it', () => {
    const html = prepareGreenlandicHtml(page('<div lang="da"><p>nakorsaqarfimmut</p></div><p>nakorsaqarfimmut</p>'));
    expect(bodyOf(html)).toContain('<div lang="da"><p>nakorsaqarfimmut</p></div>');
    expect(bodyOf(html)).toMatch(/<p>na\u00ADkor/);
  });

  it('works on Greenlandic parts of a Danish page only', () => {
    const html = prepareGreenlandicHtml(page('<p>nakorsaqarfimmut</p><a lang="kl">nakorsaqarfimmut</a>', 'da'));
    expect(bodyOf(html)).toContain('<p>nakorsaqarfimmut</p>');
    expect(bodyOf(html)).toContain(`<a lang="kl">na${SHY}kor`);
  });

  it('marks Danish system words as Danish, also with a Greenlandic ending', () => {
    const html = prepareGreenlandicHtml(page('<p>MitID-mik Borgerservice-mi pissarsiarisinnaavutit.</p>'), ['MitID', 'Borgerservice']);
    expect(bodyOf(html)).toContain('<span lang="da">MitID</span>-mik <span lang="da">Borgerservice</span>-mi pis');
  });

  it('does not mark a term inside a longer word', () => {
    const html = prepareGreenlandicHtml(page('<p>SUNA SU-mik</p>'), ['SU']);
    expect(bodyOf(html)).toContain('SUNA <span lang="da">SU</span>-mik');
  });

  it('copies scripts, styles and code exactly', () => {
    const script = '<script>if (a < b) { nakorsaqarfimmut(); }</script><code>nakorsaqarfimmut</code>';
    expect(bodyOf(prepareGreenlandicHtml(page(script)))).toContain(script);
  });

  it('changes nothing a reader sees except invisible soft hyphens and marks', () => {
    const body = '<h1>Kalaallit Nunaanniit Aalborgimut nuunneq</h1><p>Ilinniarfissuarmi <strong>ilinniartut</strong> &amp; nakorsat.</p><br><img src="x.png" alt="">';
    const html = prepareGreenlandicHtml(page(body));
    expect(html.replaceAll(SHY, '')).toBe(page(body));
  });
});

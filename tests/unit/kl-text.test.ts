import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { prepareGreenlandicHtml } from '../../src/lib/kl-text';

const SHY = '\u00AD';
const page = (body: string, lang = 'kl') =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>nakorsaqarfimmut</title></head><body>${body}</body></html>`;
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

  it('on a Danish page, prepares marked words (the language switch) as the full pass does, also Danish terms in them', () => {
    const html = prepareGreenlandicHtml(page('<p>MitID</p><a href="/kl/" lang="kl" hreflang="kl">MitID-mik nakorsaqarfimmut</a>', 'da'), [
      'MitID',
    ]);
    expect(bodyOf(html)).toContain(`<p>MitID</p><a href="/kl/" lang="kl" hreflang="kl"><span lang="da">MitID</span>-mik na${SHY}kor`);
  });

  it('on a Danish page, leaves a marked word in raw text alone and still finds Greenlandic in larger parts', () => {
    const body =
      '<noscript><a lang="kl">nakorsaqarfimmut</a></noscript><div lang="kl"><p>nakorsaqarfimmut</p></div><a lang="kl">nakorsaqarfimmut</a>';
    const html = prepareGreenlandicHtml(page(body, 'da'));
    expect(bodyOf(html)).toContain('<noscript><a lang="kl">nakorsaqarfimmut</a></noscript>');
    expect(bodyOf(html)).toContain(`<div lang="kl"><p>na${SHY}kor`);
    expect(bodyOf(html)).toContain(`<a lang="kl">na${SHY}kor`);
    const onlyWords = '<noscript><a lang="kl">nakorsaqarfimmut</a></noscript><a lang="kl">nakorsaqarfimmut</a>';
    expect(bodyOf(prepareGreenlandicHtml(page(onlyWords, 'da')))).toContain('<noscript><a lang="kl">nakorsaqarfimmut</a></noscript>');
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
    const body =
      '<h1>Kalaallit Nunaanniit Aalborgimut nuunneq</h1><p>Ilinniarfissuarmi <strong>ilinniartut</strong> &amp; nakorsat.</p><br><img src="x.png" alt="">';
    const html = prepareGreenlandicHtml(page(body));
    expect(html.replaceAll(SHY, '')).toBe(page(body));
  });
});

// The new tests read pages the way a browser does, so they see what a reader (or an attacker) would get.
interface Parsed {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Parsed[];
}
/** Every element with its attributes, and every text without its soft hyphens, in document order. */
function seen(html: string): string[] {
  const out: string[] = [];
  const walk = (node: Parsed) => {
    if (node.nodeName === '#text') out.push(`text ${node.value!.replaceAll(SHY, '')}`);
    else if (node.attrs) out.push(`<${node.nodeName} ${JSON.stringify(node.attrs)}>`);
    node.childNodes?.forEach(walk);
  };
  walk(parse(html) as Parsed);
  return out;
}
/** What a browser sees, with the Danish-term marks taken out again. */
const seenWithoutMarks = (html: string) =>
  seen(html.replace(/<span lang="da">([^<]*)<\/span>/g, '$1')).reduce<string[]>((out, item) => {
    // Taking a mark out leaves its text beside the text around it: join them as the parser would.
    if (item.startsWith('text ') && out.at(-1)?.startsWith('text ')) out[out.length - 1] += item.slice(5);
    else out.push(item);
    return out;
  }, []);

describe('prepareGreenlandicHtml with text that looks like markup', () => {
  const TERMS = ['MitID', 'CPR'];

  it('never touches an attribute, whatever its value holds', () => {
    const body =
      '<img src="x.png" alt="Nakorsaqarfimmut &gt; MitID"><a href="/kl/" title="a > MitID nakorsaqarfimmut">MitID</a><div data-strings="{&quot;a&quot;:&quot;MitID > CPR&quot;}"></div>';
    const html = prepareGreenlandicHtml(page(body), TERMS);
    expect(bodyOf(html)).toContain('<img src="x.png" alt="Nakorsaqarfimmut &gt; MitID">');
    expect(bodyOf(html)).toContain('title="a > MitID nakorsaqarfimmut"><span lang="da">MitID</span></a>');
    expect(bodyOf(html)).toContain('<div data-strings="{&quot;a&quot;:&quot;MitID > CPR&quot;}"></div>');
  });

  it('keeps hostile text in attributes and text exactly as the browser would have read it', () => {
    // As Astro writes it: text with & < > " ' escaped, a double-quoted attribute with only & and " escaped.
    const raw = `" > MitID <script>alert(1)</script> '><meta http-equiv=refresh content="0;url=https://example.org/">`;
    const text = raw.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    const attribute = raw.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
    const body = `<h1>${text}</h1><img src="x.png" alt="${attribute}"><p aria-label="${attribute}">nakorsaqarfimmut ${text}</p>`;
    const html = prepareGreenlandicHtml(page(body), TERMS);
    expect(seenWithoutMarks(html)).toEqual(seen(page(body)));
    expect(seen(html).filter((item) => /^<(script|meta)/.test(item))).toEqual(
      seen(page(body)).filter((item) => /^<(script|meta)/.test(item)),
    );
    expect(bodyOf(html)).toContain(`<h1>&#34; &#62; <span lang="da">MitID</span> &#60;script&#62;`);
  });

  it('gives ordinary text with <, >, & and quotes back as the same text', () => {
    const body = "<p>Ilinniarfissuarmi 3 &lt; 4 &gt; 2 &amp; &quot;MitID&quot; 'CPR' nakorsat&#39;</p>";
    const html = prepareGreenlandicHtml(page(body), TERMS);
    expect(seenWithoutMarks(html)).toEqual(seen(page(body)));
    expect(bodyOf(html)).toContain('&quot;<span lang="da">MitID</span>&quot;');
  });

  it('leaves raw text, form fields, code and the head alone', () => {
    const body =
      '<textarea>MitID nakorsaqarfimmut</textarea><pre>MitID</pre><noscript><p>MitID</p></noscript><svg><text>MitID</text></svg><style>p{}</style><script type="application/ld+json">{"name":"MitID \\u003c"}</script>';
    const head = '<meta name="description" content="MitID > nakorsaqarfimmut">';
    const html = prepareGreenlandicHtml(page(body).replace('</head>', `${head}</head>`), TERMS);
    expect(html).toBe(page(body).replace('</head>', `${head}</head>`));
  });

  it('follows the language of the element a text is really in, as the parser closes elements', () => {
    const html = prepareGreenlandicHtml(page('<p lang="da">nakorsaqarfimmut<div>nakorsaqarfimmut</div>'), TERMS);
    expect(bodyOf(html)).toContain(`<p lang="da">nakorsaqarfimmut<div>na${SHY}kor`);
  });

  it('keeps a character reference whole', () => {
    const html = prepareGreenlandicHtml(page('<p>&NotGreater;nakorsaqarfimmut&amp;MitID</p>'), TERMS);
    expect(bodyOf(html)).toContain(`<p>&NotGreater;na${SHY}kor${SHY}sa${SHY}qar${SHY}fim${SHY}mut&amp;<span lang="da">MitID</span></p>`);
  });

  it('leaves text that the parser joined across a stray tag as it is', () => {
    const body = '<p>MitID</x title="MitID">MitID</p>';
    expect(prepareGreenlandicHtml(page(body), TERMS)).toBe(page(body));
  });
});

// Escaping for the contexts content reaches besides HTML text: JSON in a <script>, and XML.
import { parse, type DefaultTreeAdapterTypes as Tree } from 'parse5';
import { describe, expect, it } from 'vitest';
import { atomFeed, escapeXml } from '../../src/lib/feed';
import { scriptJson } from '../../src/lib/text';

const HOSTILE = '</script><meta http-equiv=refresh content="0;url=https://example.org/"> & <!-- \u2028\u2029 <img src=x onerror=alert(1)>';

describe('scriptJson', () => {
  it('gives the same value back, with nothing that can end or confuse a script element', () => {
    const json = scriptJson({ name: HOSTILE, n: 1 });
    expect(JSON.parse(json)).toEqual({ name: HOSTILE, n: 1 });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(json).toContain('\\u0026');
    expect(json).toContain('\\u2028\\u2029');
  });

  it('stays one script element when a browser parses the page', () => {
    const html = `<!DOCTYPE html><html><head></head><body><script type="application/ld+json">${scriptJson({ name: HOSTILE })}</script><p>after</p></body></html>`;
    const body = (parse(html).childNodes[1] as Tree.Element).childNodes[1] as Tree.Element;
    expect(body.childNodes.map((n) => n.nodeName)).toEqual(['script', 'p']);
    expect(JSON.parse(((body.childNodes[0] as Tree.Element).childNodes[0] as Tree.TextNode).value)).toEqual({ name: HOSTILE });
  });
});

describe('escapeXml', () => {
  it('escapes markup and leaves no way out of an element or attribute', () => {
    expect(escapeXml(`]]></content><script>"'&`)).toBe(']]&gt;&lt;/content&gt;&lt;script&gt;&quot;&apos;&amp;');
  });

  it('drops the characters XML 1.0 forbids, and keeps every other one', () => {
    expect(escapeXml('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFFg\uD800h\uDC00i')).toBe('abcdefghi');
    expect(escapeXml('tab\there\nnew\rline \u0085\u2028 æøå ĸ 😀')).toBe('tab\there\nnew\rline \u0085\u2028 æøå ĸ 😀');
  });

  it('keeps a feed well-formed with hostile change notes', () => {
    const feed = atomFeed({
      lang: 'kl',
      title: 'Nutaat',
      home: 'https://example.dk/kl/',
      self: 'https://example.dk/kl/feed.xml',
      author: 'Aalborg Kommune',
      entries: [
        {
          title: HOSTILE,
          url: 'https://example.dk/kl/mitid/',
          updated: new Date('2026-11-22'),
          summary: 's',
          changes: [{ date: new Date('2026-11-22'), note: ']]></content><script>alert(1)</script>\u0001' }],
        },
      ],
    });
    expect(feed).not.toMatch(/<script|<meta|\u0001/);
    expect(feed).toContain('<content type="text">2026-11-22: ]]&gt;&lt;/content&gt;&lt;script&gt;alert(1)&lt;/script&gt;</content>');
  });
});

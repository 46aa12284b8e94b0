// The search page's quick answer and the extra index terms for Greenlandic: pure functions, no build.
import { describe, expect, it } from 'vitest';
import { klFoldedTerms } from '../../src/lib/kl-stem';
import { withExtraTerms } from '../../src/lib/search-index-terms';
import { pageMatches, pageWords, queryStems } from '../../src/lib/search-words';

const entry = (title: string, keywords: string, summary: string, own = true) => ({
  title: pageWords(own, title),
  keywords: pageWords(own, keywords),
  summary: pageWords(own, summary),
  name: title,
});

describe('pageMatches: the quick answer from the A–Å list', () => {
  const guides = [
    entry('Aalborgimi ineqarneq', 'boligstøtte inissaq', 'Inissarsiorneq ajornakusoorpoq'),
    entry('Allakkat digitaliusut', 'e-Boks MitID', 'Allakkatit atuarsinnaavatit'),
    entry('Inissaqarneq', 'bolig', 'Inissaq pillugu'),
  ];
  it('finds a dictionary form in an inflected title, and ranks a title above a keyword', () => {
    expect(pageMatches(guides, queryStems(true, 'allagaq')).map((g) => g.name)).toEqual(['Allakkat digitaliusut']);
    expect(pageMatches(guides, queryStems(true, 'inissaq')).map((g) => g.name)).toEqual(['Inissaqarneq', 'Aalborgimi ineqarneq']);
  });

  it('needs every query word, finds Danish system words, and finds nothing for nothing', () => {
    expect(pageMatches(guides, queryStems(true, 'mitid allagaq')).map((g) => g.name)).toEqual(['Allakkat digitaliusut']);
    expect(pageMatches(guides, queryStems(true, 'mitid inissaq'))).toEqual([]);
    expect(pageMatches(guides, queryStems(true, 'Boligstøtte')).map((g) => g.name)).toEqual(['Aalborgimi ineqarneq']);
    expect(pageMatches(guides, queryStems(true, ' %% '))).toEqual([]);
  });

  it('compares Danish words as they are, in lowercase, by their beginning', () => {
    const danish = [entry('Sundhedskort og læge', 'sygesikring', 'Du får et sundhedskort', false)];
    expect(pageMatches(danish, queryStems(false, 'Sundhedsk'))).toHaveLength(1);
    expect(pageMatches(danish, queryStems(false, 'lægen'))).toHaveLength(0);
  });
});

describe('withExtraTerms: folded Greenlandic words for the index', () => {
  const page = (body: string) =>
    `<!DOCTYPE html><html lang="kl"><head><title>x</title></head><body><nav>Ilitsersuutit</nav><article data-pagefind-body>${body}</article></body></html>`;

  it('adds the folded forms in hidden parts weighted like their text, inside the indexed part', () => {
    const html = withExtraTerms(page('<h1 data-pagefind-weight="10">Meeqqat</h1><p>Allakkatit atuakkit.</p>'), klFoldedTerms);
    expect(html).toContain('<p hidden data-pagefind-weight="10">miirat</p>');
    expect(html).toContain('<p hidden data-pagefind-weight="1">allagatit atuagit</p></article>');
  });

  it('leaves out what Pagefind ignores and what is outside the indexed part', () => {
    const html = withExtraTerms(page('<p data-pagefind-ignore>Nutarterneqarpoq</p><p>ini</p>'), klFoldedTerms);
    expect(html).not.toContain('nutartirniqarpuq');
    expect(html).not.toContain('ilitsirsuutit');
  });

  it('escapes what it writes, and leaves a page without an indexed part as it is', () => {
    expect(withExtraTerms(page('<p>x</p>'), () => ['<b>"&'])).toContain('&#60;b&#62;&#34;&#38;');
    const plain = '<!DOCTYPE html><html lang="kl"><body><p>Meeqqat</p></body></html>';
    expect(withExtraTerms(plain, klFoldedTerms)).toBe(plain);
  });
});

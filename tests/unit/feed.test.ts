import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../src/lib/feed';

const feed = atomFeed({
  lang: 'da',
  title: 'Ny i Aalborg – ændringer',
  home: 'https://example.dk/da/',
  self: 'https://example.dk/da/feed.xml',
  author: 'Aalborg Kommune',
  entries: [
    { title: 'MitID', url: 'https://example.dk/da/mitid/', updated: new Date('2026-11-01'), summary: 'Om MitID', changes: [] },
    {
      title: 'Bolig & <boligstøtte>',
      url: 'https://example.dk/da/bolig/',
      updated: new Date('2026-11-22'),
      summary: 'Om bolig',
      changes: [
        { date: new Date('2026-11-01'), note: 'Skrevet.' },
        { date: new Date('2026-11-22'), note: 'Nyt afsnit om boligstøtte.' },
      ],
    },
  ],
});

describe('atomFeed', () => {
  it('lists the newest change first, with its note as the summary', () => {
    expect(feed.indexOf('bolig/')).toBeLessThan(feed.indexOf('mitid/'));
    expect(feed).toContain('<summary>Nyt afsnit om boligstøtte.</summary>');
    expect(feed).toContain('<content type="text">2026-11-22: Nyt afsnit om boligstøtte.\n2026-11-01: Skrevet.</content>');
    expect(feed).toContain('<updated>2026-11-22T00:00:00Z</updated>');
  });
  it('falls back to the summary for a guide without change notes, and escapes text', () => {
    expect(feed).toContain('<summary>Om MitID</summary>');
    expect(feed).toContain('<title>Bolig &amp; &lt;boligstøtte&gt;</title>');
  });
});

// An Atom feed (RFC 4287) of guides and their change notes, written as text: no dependency needed.

export interface FeedEntry {
  title: string;
  url: string;
  updated: Date;
  summary: string;
  changes: readonly { date: Date; note: string }[];
}

export interface Feed {
  lang: string;
  title: string;
  home: string;
  self: string;
  author: string;
  entries: readonly FeedEntry[];
}

// Characters XML 1.0 does not allow at all (control characters, lone surrogates, U+FFFE/U+FFFF): a feed reader would reject the whole feed.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
/** Text for XML element content or a quoted attribute: markup characters escaped, characters XML forbids dropped. */
export const escapeXml = (text: string) =>
  text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
const iso = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

export function atomFeed(feed: Feed): string {
  const entries = [...feed.entries].sort((a, b) => b.updated.getTime() - a.updated.getTime());
  const updated = entries[0]?.updated ?? new Date(0);
  const entry = (e: FeedEntry) => {
    const changes = [...e.changes].sort((a, b) => b.date.getTime() - a.date.getTime());
    const content = changes.map((c) => `${c.date.toISOString().slice(0, 10)}: ${c.note}`).join('\n');
    return [
      '  <entry>',
      `    <title>${escapeXml(e.title)}</title>`,
      `    <id>${escapeXml(e.url)}</id>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
      `    <updated>${iso(e.updated)}</updated>`,
      `    <summary>${escapeXml(changes[0]?.note ?? e.summary)}</summary>`,
      ...(content ? [`    <content type="text">${escapeXml(content)}</content>`] : []),
      '  </entry>',
    ].join('\n');
  };
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <id>${escapeXml(feed.home)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.home)}"/>`,
    `  <updated>${iso(updated)}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...entries.map(entry),
    '</feed>',
    '',
  ].join('\n');
}

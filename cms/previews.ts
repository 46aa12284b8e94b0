// Previews that look like the site: the site's own stylesheet and the same structure as a guide page.
import { createElement as h, type ReactNode } from 'react';
import { staleFacts } from '../src/lib/facts';
import { LIX_LIMIT, lixReport } from '../src/lib/lix';
import { SOURCE_LOCALE } from '../src/lib/model';

interface PreviewProps {
  entry: { getIn: (path: string[]) => unknown };
  widgetFor: (name: string) => ReactNode;
  locale?: string;
}

/** The reading view of a guide or page, in the language chosen in the editor. */
export function ArticlePreview({ entry, widgetFor, locale }: PreviewProps) {
  // Nothing from content as raw HTML: text fields are React text, the body is Decap's preview after DOMPurify (sanitize_preview).
  const field = (name: string) => String(entry.getIn(['data', name]) ?? '');
  return h(
    'main',
    { className: 'wrap', lang: locale ?? SOURCE_LOCALE },
    h('article', { className: 'article' }, [
      h(AgeNotice, { key: 'age', entry }),
      (locale ?? SOURCE_LOCALE) === SOURCE_LOCALE ? h(LixNotice, { key: 'lix', body: field('body') }) : null,
      h('h1', { key: 'title' }, field('title')),
      h('p', { key: 'summary', className: 'lead' }, field('summary')),
      h('div', { key: 'body', className: 'prose' }, widgetFor('body')),
    ]),
  );
}

/** How easy the Danish text is to read, as the writer writes: its LIX against the goal, the longest sentences, the long words. */
export function LixNotice({ body }: { body: string }) {
  const report = lixReport(body);
  if (report.words === 0) return null;
  const over = report.lix > LIX_LIMIT;
  return h('div', { className: over ? 'callout lix-notice' : 'lix-notice lix-notice--ok', role: 'note', lang: SOURCE_LOCALE }, [
    h(
      'p',
      { key: 'p' },
      over
        ? h('strong', null, `LIX ${report.lix}: over målet på højst ${LIX_LIMIT}. Gør sætningerne kortere, og brug kortere ord.`)
        : `LIX ${report.lix}: inden for målet på højst ${LIX_LIMIT}.`,
    ),
    over ? h('p', { key: 'l' }, 'Længste sætninger:') : null,
    over
      ? h(
          'ol',
          { key: 'ol' },
          report.longest.map((s, i) => h('li', { key: i }, `${s} (${s.split(' ').length} ord)`)),
        )
      : null,
    over && report.longWordList.length ? h('p', { key: 'w' }, `Lange ord: ${report.longWordList.slice(0, 12).join(', ')}`) : null,
  ]);
}

/** A list field as plain objects (Decap hands the preview Immutable.js values). */
const plain = (value: unknown): Record<string, unknown>[] => {
  const v = value as { toJS?: () => unknown } | undefined;
  const out = v && typeof v.toJS === 'function' ? v.toJS() : v;
  return Array.isArray(out) ? out : [];
};
const toDay = (value: unknown): Date | undefined => {
  const d =
    value instanceof Date
      ? value
      : typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)
        ? new Date(`${value.slice(0, 10)}T00:00:00Z`)
        : undefined;
  return d && !Number.isNaN(d.getTime()) ? d : undefined;
};
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** How old our readings of this entry's sources are, against the limit in the site settings (as npm run check says). */
export function AgeNotice({ entry }: { entry: PreviewProps['entry'] }) {
  const sources = plain(entry.getIn(['data', 'sources'])).flatMap((s) => {
    const read = toDay(s.read);
    return read
      ? [
          {
            name: String(s.name ?? ''),
            url: s.url ? String(s.url) : undefined,
            document: s.document ? String(s.document) : undefined,
            read,
          },
        ]
      : [];
  });
  // Sources are entered once, in the Danish pane; the other panes show nothing here.
  if (sources.length === 0) return null;
  const confirmed = entry.getIn(['data', 'confirmed']) as { toJS?: () => Record<string, { on?: unknown }> } | undefined;
  const confirmations = Object.entries((confirmed && typeof confirmed.toJS === 'function' ? confirmed.toJS() : {}) ?? {}).flatMap(
    ([what, c]) => {
      const on = toDay(c?.on);
      return on ? [{ what, on }] : [];
    },
  );
  const months = Number(document.querySelector('meta[name="max-source-age-months"]')?.getAttribute('content') ?? 12);
  const today = new Date();
  const [stale] = staleFacts([{ kind: 'guide', id: '', file: '', title: '', sources, confirmations }], today, months);
  const newest = Math.max(...sources.map((s) => s.read.getTime()), ...confirmations.map((c) => c.on.getTime()));
  if (!stale) {
    return h(
      'p',
      { className: 'age-notice age-notice--ok', role: 'note' },
      `Kilderne er senest læst ${iso(new Date(newest))}: inden for grænsen på ${months} måneder.`,
    );
  }
  return h('div', { className: 'callout age-notice', role: 'note' }, [
    h(
      'p',
      { key: 'p' },
      h('strong', null, `Læs kilderne igen: ingen kilde er læst inden for ${months} måneder (senest ${iso(new Date(newest))}).`),
    ),
    h(
      'ul',
      { key: 'ul' },
      stale.reread.map((s, i) => h('li', { key: i }, `${s.name}: ${s.url ?? s.document ?? ''} (læst ${iso(s.read)})`)),
    ),
  ]);
}

/** A place that helps: its name and what it helps with, and how old our readings of its sources are. */
export function OrganisationPreview({ entry }: PreviewProps) {
  const name = String(entry.getIn(['data', 'name', SOURCE_LOCALE]) ?? '');
  const helps = String(entry.getIn(['data', 'helpsWith', SOURCE_LOCALE]) ?? '');
  return h('main', { className: 'wrap', lang: SOURCE_LOCALE }, [
    h(AgeNotice, { key: 'age', entry }),
    h('h1', { key: 'name' }, name),
    h('p', { key: 'helps' }, helps),
  ]);
}

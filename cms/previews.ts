// Previews that look like the site: the site's own stylesheet and the same structure as a guide page.
import { createElement as h, type ReactNode } from 'react';
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
      h('h1', { key: 'title' }, field('title')),
      h('p', { key: 'summary', className: 'lead' }, field('summary')),
      h('div', { key: 'body', className: 'prose' }, widgetFor('body')),
    ]),
  );
}

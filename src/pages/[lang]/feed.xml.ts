// The Atom feed of a language: every guide, newest change first, with its change notes.
import type { APIRoute } from 'astro';
import { loadSite, shownIn } from '../../data/site';
import { atomFeed } from '../../lib/feed';
import { LOCALES, type Locale } from '../../lib/model';
import { feedUrl, homeUrl, pageUrl } from '../../lib/urls';

export const getStaticPaths = () => LOCALES.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Locale;
  const { guides, ui, settings } = await loadSite();
  const absolute = (path: string) => new URL(path, site).href;
  const xml = atomFeed({
    lang,
    title: ui[lang].t('feed_title'),
    home: absolute(homeUrl(lang)),
    self: absolute(feedUrl(lang)),
    author: settings.municipality,
    entries: guides.map((guide) => {
      const { data } = shownIn(guide, lang);
      return {
        title: data.title,
        url: absolute(pageUrl(lang, guide.slug)),
        updated: data.updated,
        summary: data.summary,
        changes: data.changes,
      };
    }),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};

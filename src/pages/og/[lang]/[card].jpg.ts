// Share cards: one per guide and language, and one for the home page of each language.
import type { APIRoute } from 'astro';
import { loadSite, shownIn, type GuidePair } from '../../../data/site';
import { LOCALES, type Locale } from '../../../lib/model';
import { shareCard } from '../../../lib/share-card';
import { homeUrl, pageUrl } from '../../../lib/urls';

export async function getStaticPaths() {
  const { guides, cacheKeys } = await loadSite();
  return LOCALES.flatMap((lang) => [
    { params: { lang, card: 'forside' }, props: {} },
    ...guides.map((guide) => ({ params: { lang, card: guide.slug }, props: { guide }, cacheKey: cacheKeys.get(guide.slug) })),
  ]);
}

export const GET: APIRoute = async ({ params, props, site }) => {
  const lang = params.lang as Locale;
  const guide = (props as { guide?: GuidePair }).guide;
  const { settings, ui } = await loadSite();
  const url = new URL(guide ? pageUrl(lang, guide.slug) : homeUrl(lang), site);
  const image = await shareCard({
    siteName: settings.siteName[lang],
    title: guide ? shownIn(guide, lang).data.title : ui[lang].t('site_tagline'),
    address: `${url.host}${url.pathname}`,
  });
  return new Response(new Uint8Array(image), { headers: { 'Content-Type': 'image/jpeg' } });
};

// A guide's text in the reader's language next to another language's, section by section: a caseworker and a
// citizen read the same section together. The sections are the body's ## headings, paired in order.
import { LANGUAGES, SOURCE_LOCALE, type Locale } from '../lib/model';
import { pageUrl, sideBySidePartner as partnerOf } from '../lib/urls';
import { hasText, loadSite, shownIn, type GuidePair } from './site';

/** A column's HTML split at its ## headings; ids and #links get the language as prefix, so two columns never share an id. */
export function sectionsOf(html: string, lang: Locale): string[] {
  const prefixed = html.replace(/ id="([^"]+)"/g, ` id="${lang}-$1"`).replace(/ href="#([^"]+)"/g, ` href="#${lang}-$1"`);
  return prefixed.split(/(?=<h2[\s>])/);
}

export interface SideBySideColumn {
  lang: Locale;
  name: string;
  title: string;
  /** The title's language: the original's when this language has no text. */
  titleLang: Locale;
  summary: string;
  /** Undefined when the guide has no text in this language: the notice says so, in this language. */
  sections?: string[];
  missingNotice?: string;
}

export async function sideBySideData(lang: Locale, guide: GuidePair) {
  const { ui, settings } = await loadSite();
  const column = (l: Locale): SideBySideColumn => {
    const entry = shownIn(guide, l);
    const html = (entry as { rendered?: { html?: string } }).rendered?.html ?? '';
    const written = hasText(guide, l);
    return {
      lang: l,
      name: LANGUAGES[l].name,
      title: written ? entry.data.title : guide.source.data.title,
      titleLang: written ? l : SOURCE_LOCALE,
      summary: written ? entry.data.summary : '',
      sections: written ? sectionsOf(html, l) : undefined,
      missingNotice: written ? undefined : ui[l].t('translation_missing'),
    };
  };
  const [mine, theirs] = [column(lang), column(partnerOf(lang))];
  const rows = Math.max(mine.sections?.length ?? 1, theirs.sections?.length ?? 1);
  return {
    lang,
    siteName: settings.siteName[lang],
    guideUrl: pageUrl(lang, guide.slug),
    back: ui[lang].t('print_back'),
    mine,
    theirs,
    /** Row by row: the same section in both languages (a missing translation's notice fills its first cell). */
    rows: Array.from({ length: rows }, (_, i) => ({ mine: mine.sections?.[i] ?? '', theirs: theirs.sections?.[i] ?? '' })),
  };
}
export type SideBySideData = Awaited<ReturnType<typeof sideBySideData>>;

import { LANGUAGES, RESERVED_SLUGS, SLUG_PATTERN, SOURCE_LOCALE, type Locale } from './model';

/** What the checks need to know of one content file. */
export interface ContentFile {
  /** The slug: the file name without its extension. */
  id: string;
  /** The path from the project root, used in messages, e.g. content/guides/kl/mitid.mdx. */
  file: string;
  organisations?: readonly string[];
  /** An original guide: it shows an image. A translation: it describes that image. */
  image?: boolean;
  /** Addresses a renamed guide had before. */
  previousSlugs?: readonly string[];
}

/** A translation's file, with the language it is in. */
export interface TranslationFile extends ContentFile {
  lang: Locale;
}

export interface ContentIndex {
  /** The originals (Danish) and the translations of guides and pages. */
  guides: readonly ContentFile[];
  guideTranslations: readonly TranslationFile[];
  pages: readonly ContentFile[];
  pageTranslations: readonly TranslationFile[];
  organisations: readonly string[];
  /** Other places that name guides or organisations: journeys and site settings. */
  references?: readonly { file: string; field: string; ids: readonly string[]; to: 'guide' | 'organisation' }[];
}

/** Mistakes the schemas cannot see because they span files; each message names the file and the field. */
export function findContentProblems(index: ContentIndex): string[] {
  const problems: string[] = [];
  const all = [...index.guides, ...index.guideTranslations, ...index.pages, ...index.pageTranslations];
  const source = LANGUAGES[SOURCE_LOCALE].englishName;

  for (const { id, file } of all) {
    if (!SLUG_PATTERN.test(id)) {
      problems.push(`${file}: the file name "${id}" becomes the address; use only a–z, 0–9 and hyphens, e.g. "digital-post.mdx".`);
    }
    if ((RESERVED_SLUGS as readonly string[]).includes(id)) {
      problems.push(`${file}: the file name "${id}" is used by the site itself; choose another.`);
    }
  }

  const originals = (list: readonly ContentFile[]) => new Set(list.map((f) => f.id));
  const missingOriginal = (translations: readonly TranslationFile[], sources: Set<string>, folder: string) => {
    for (const { id, file, lang } of translations) {
      if (!sources.has(id))
        problems.push(
          `${file}: there is no ${source} original ${folder}/${SOURCE_LOCALE}/${id}.mdx; a ${LANGUAGES[lang].englishName} text must translate one.`,
        );
    }
  };
  missingOriginal(index.guideTranslations, originals(index.guides), 'content/guides');
  missingOriginal(index.pageTranslations, originals(index.pages), 'content/pages');

  // Every address is claimed once: guides, pages, and the former addresses of renamed guides.
  const claims = new Map<string, string>();
  for (const { id, file } of [...index.guides, ...index.pages]) {
    const other = claims.get(id);
    if (other) problems.push(`${file}: claims the address /${SOURCE_LOCALE}/${id}/, which ${other} claims too; change one of them.`);
    else claims.set(id, file);
  }
  for (const { id, file, previousSlugs = [] } of index.guides) {
    for (const slug of previousSlugs) {
      const other = claims.get(slug);
      if (slug === id)
        problems.push(
          `${file}: previousSlugs: "${slug}" is this guide's own address; a former address must be one it no longer has: remove it.`,
        );
      else if ((RESERVED_SLUGS as readonly string[]).includes(slug))
        problems.push(`${file}: previousSlugs: "${slug}" is an address the site itself uses (/${SOURCE_LOCALE}/${slug}/); remove it.`);
      else if (other)
        problems.push(
          `${file}: previousSlugs: the address /${SOURCE_LOCALE}/${slug}/ is already used by ${other}; two pages cannot share it: remove "${slug}".`,
        );
      else claims.set(slug, file);
    }
  }

  const withImage = new Set(index.guides.filter((g) => g.image).map((g) => g.id));
  for (const { id, file, image, lang } of index.guideTranslations) {
    if (withImage.has(id) && !image)
      problems.push(`${file}: imageAlt: the ${source} guide shows an image; describe it in ${LANGUAGES[lang].englishName} here.`);
  }

  const organisations = new Set(index.organisations);
  for (const { file, organisations: used = [] } of index.guides) {
    for (const org of used) {
      if (!organisations.has(org)) {
        problems.push(`${file}: organisations: "${org}" does not exist; use the name of a file in content/organisations/ (without .yml).`);
      }
    }
  }
  const guideIds = originals(index.guides);
  for (const { file, field, ids, to } of index.references ?? []) {
    const known = to === 'guide' ? guideIds : organisations;
    const folder = to === 'guide' ? `content/guides/${SOURCE_LOCALE}/ (without .mdx)` : 'content/organisations/ (without .yml)';
    for (const id of ids) {
      if (!known.has(id)) problems.push(`${file}: ${field}: "${id}" does not exist; use the name of a file in ${folder}.`);
    }
  }
  return problems;
}

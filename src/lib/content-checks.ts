import { RESERVED_SLUGS, SLUG_PATTERN } from './model';

/** What the checks need to know of one content file. */
export interface ContentFile {
  /** The slug: the file name without its extension. */
  id: string;
  /** The path from the project root, used in messages, e.g. content/guides/kl/mitid.mdx. */
  file: string;
  organisations?: readonly string[];
  /** Danish guide: it shows an image. Greenlandic guide: it describes that image. */
  image?: boolean;
  /** Addresses a renamed guide had before. */
  previousSlugs?: readonly string[];
}

export interface ContentIndex {
  guidesDa: readonly ContentFile[];
  guidesKl: readonly ContentFile[];
  pagesDa: readonly ContentFile[];
  pagesKl: readonly ContentFile[];
  organisations: readonly string[];
  /** Other places that name guides or organisations: journeys and site settings. */
  references?: readonly { file: string; field: string; ids: readonly string[]; to: 'guide' | 'organisation' }[];
}

/** Mistakes the schemas cannot see because they span files; each message names the file and the field. */
export function findContentProblems(index: ContentIndex): string[] {
  const problems: string[] = [];
  const all = [...index.guidesDa, ...index.guidesKl, ...index.pagesDa, ...index.pagesKl];

  for (const { id, file } of all) {
    if (!SLUG_PATTERN.test(id)) {
      problems.push(`${file}: the file name "${id}" becomes the address; use only a–z, 0–9 and hyphens, e.g. "digital-post.mdx".`);
    }
    if ((RESERVED_SLUGS as readonly string[]).includes(id)) {
      problems.push(`${file}: the file name "${id}" is used by the site itself; choose another.`);
    }
  }

  const originals = (list: readonly ContentFile[]) => new Set(list.map((f) => f.id));
  const missingOriginal = (translations: readonly ContentFile[], danish: Set<string>, folder: string) => {
    for (const { id, file } of translations) {
      if (!danish.has(id)) problems.push(`${file}: there is no Danish original ${folder}/da/${id}.mdx; a Greenlandic text must translate one.`);
    }
  };
  missingOriginal(index.guidesKl, originals(index.guidesDa), 'content/guides');
  missingOriginal(index.pagesKl, originals(index.pagesDa), 'content/pages');

  // Every address is claimed once: guides, pages, and the former addresses of renamed guides.
  const claims = new Map<string, string>();
  for (const { id, file } of [...index.guidesDa, ...index.pagesDa]) {
    const other = claims.get(id);
    if (other) problems.push(`${file}: claims the address /da/${id}/, which ${other} claims too; change one of them.`);
    else claims.set(id, file);
  }
  for (const { id, file, previousSlugs = [] } of index.guidesDa) {
    for (const slug of previousSlugs) {
      const other = claims.get(slug);
      if (slug === id) problems.push(`${file}: previousSlugs: "${slug}" is this guide's own address; a former address must be one it no longer has: remove it.`);
      else if ((RESERVED_SLUGS as readonly string[]).includes(slug)) problems.push(`${file}: previousSlugs: "${slug}" is an address the site itself uses (/da/${slug}/); remove it.`);
      else if (other) problems.push(`${file}: previousSlugs: the address /da/${slug}/ is already used by ${other}; two pages cannot share it: remove "${slug}".`);
      else claims.set(slug, file);
    }
  }

  const withImage = new Set(index.guidesDa.filter((g) => g.image).map((g) => g.id));
  for (const { id, file, image } of index.guidesKl) {
    if (withImage.has(id) && !image) problems.push(`${file}: imageAlt: the Danish guide shows an image; describe it in Greenlandic here.`);
  }

  const organisations = new Set(index.organisations);
  for (const { file, organisations: used = [] } of index.guidesDa) {
    for (const org of used) {
      if (!organisations.has(org)) {
        problems.push(`${file}: organisations: "${org}" does not exist; use the name of a file in content/organisations/ (without .yml).`);
      }
    }
  }
  const guideIds = originals(index.guidesDa);
  for (const { file, field, ids, to } of index.references ?? []) {
    const known = to === 'guide' ? guideIds : organisations;
    const folder = to === 'guide' ? 'content/guides/da/ (without .mdx)' : 'content/organisations/ (without .yml)';
    for (const id of ids) {
      if (!known.has(id)) problems.push(`${file}: ${field}: "${id}" does not exist; use the name of a file in ${folder}.`);
    }
  }
  return problems;
}

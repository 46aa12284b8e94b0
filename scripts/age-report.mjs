// The age report of `npm run check`: every guide and organisation whose newest reading of a source is older than
// maxSourceAgeMonths (content/settings/site.yml), with the sources to read again. Never fails the check: age is
// for staff to act on, not a build error. The same list is on /status/ and in the CMS preview. Then the Danish texts
// above the LIX goal, which never fail the check either.
// Usage: node scripts/age-report.mjs [--today YYYY-MM-DD]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { ageReportLines, staleFacts } from '../src/lib/facts.ts';
import { LIX_LIMIT, lix, splitFrontmatter } from '../src/lib/lix.ts';
import { SOURCE_LOCALE } from '../src/lib/model.ts';

const day = (value) => (value instanceof Date ? value : new Date(`${String(value)}T00:00:00Z`));
const sourcesOf = (list = []) => list.map((s) => ({ name: s.name, url: s.url, document: s.document, read: day(s.read) }));

/** Every guide (its original) and organisation, with its sources and confirmations, read from content/. */
export function factHolders(root = '.') {
  const holders = [];
  const guides = join(root, 'content/guides', SOURCE_LOCALE);
  for (const name of readdirSync(guides)
    .filter((n) => n.endsWith('.mdx'))
    .sort()) {
    const text = readFileSync(join(guides, name), 'utf8');
    const data = yaml.load(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') ?? {};
    holders.push({
      kind: 'guide',
      id: name.replace(/\.mdx$/, ''),
      file: `content/guides/${SOURCE_LOCALE}/${name}`,
      title: data.title,
      sources: sourcesOf(data.sources),
    });
  }
  const orgs = join(root, 'content/organisations');
  for (const name of readdirSync(orgs)
    .filter((n) => n.endsWith('.yml'))
    .sort()) {
    const data = yaml.load(readFileSync(join(orgs, name), 'utf8')) ?? {};
    const confirmations = Object.entries(data.confirmed ?? {}).map(([what, c]) => ({ what, on: day(c.on) }));
    holders.push({
      kind: 'organisation',
      id: name.replace(/\.yml$/, ''),
      file: `content/organisations/${name}`,
      title: data.name?.[SOURCE_LOCALE],
      sources: sourcesOf(data.sources),
      confirmations,
    });
  }
  return holders;
}

/** Danish guides and pages above the LIX goal, as on /status/: staff rewording a text must never fail CI. */
export function lixLines(root = '.') {
  const folders = ['guides', 'pages'].map((kind) => `content/${kind}/${SOURCE_LOCALE}`);
  const over = folders.flatMap((folder) =>
    readdirSync(join(root, folder))
      .filter((name) => name.endsWith('.mdx'))
      .sort()
      .map((name) => ({ file: `${folder}/${name}`, count: lix(splitFrontmatter(readFileSync(join(root, folder, name), 'utf8')).body) }))
      .filter(({ count }) => count.lix > LIX_LIMIT),
  );
  return over.length === 0
    ? [`  every Danish guide and page reads at LIX ${LIX_LIMIT} or lower`]
    : over.map(({ file, count }) => `  ${file}: LIX ${count.lix} (goal ${LIX_LIMIT}); /status/ names its longest sentences`);
}

export function ageReport({ root = '.', today = new Date() } = {}) {
  const settings = yaml.load(readFileSync(join(root, 'content/settings/site.yml'), 'utf8')) ?? {};
  const months = settings.maxSourceAgeMonths ?? 12;
  return ageReportLines(staleFacts(factHolders(root), today, months), months, today);
}

if (import.meta.main) {
  const at = process.argv.indexOf('--today');
  const today = at > 0 ? day(process.argv[at + 1]) : new Date();
  try {
    console.log(`Age of facts (the build does not fail for age):\n${ageReport({ today }).join('\n')}`);
    console.log(`Plain Danish (the build does not fail for LIX):\n${lixLines().join('\n')}`);
  } catch (error) {
    // A content file the build could read but this report cannot: say so, and still do not fail.
    console.log(`Age of facts: the report could not be made: ${error.message}`);
  }
}

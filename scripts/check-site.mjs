// `npm run check` (after the build): what can only be seen across the whole built site.
// Every internal link and #anchor resolves, hreflang pairs are reciprocal, every page is valid HTML (html-validate,
// and the W3C Nu HTML Checker where Java is installed), and no two content files claim one address. Each problem
// names the content file behind the page.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { LOCALES, SOURCE_LOCALE } from '../src/lib/model.ts';
import { SITE_URL } from '../src/lib/site-url.ts';

const dist = 'dist';
const site = new URL(SITE_URL);
const problems = [];

const htmlFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
const urlOf = (file) =>
  '/' +
  relative(dist, file)
    .split(sep)
    .join('/')
    .replace(/index\.html$/, '');
const decode = (s) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/** The content file a page is made from, so a message points where the mistake can be fixed. */
function sourceOf(url) {
  const [, lang, slug] = url.split('/');
  for (const folder of ['guides', 'pages']) {
    for (const l of [lang, SOURCE_LOCALE]) {
      const file = `content/${folder}/${l}/${slug}.mdx`;
      if (slug && existsSync(file)) return file;
    }
  }
  return `the page ${url}`;
}

const pages = new Map(
  htmlFiles(dist).map((file) => {
    const html = readFileSync(file, 'utf8');
    return [urlOf(file), { file, html, ids: new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]))) }];
  }),
);

// 1. Internal links and anchors.
for (const [url, { html }] of pages) {
  for (const [, attr, raw] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
    const target = new URL(decode(raw), new URL(url, site));
    if (target.origin !== site.origin || target.pathname.startsWith('/pagefind/')) continue;
    const path = decodeURIComponent(target.pathname);
    const page = pages.get(path);
    const exists = page || existsSync(join(dist, path)) || existsSync(join(dist, path, 'index.html'));
    if (!exists) {
      problems.push(`${sourceOf(url)}: links to ${path}, which does not exist (${attr} on ${url})`);
    } else if (target.hash && page && !page.ids.has(decodeURIComponent(target.hash.slice(1)))) {
      problems.push(`${sourceOf(url)}: links to ${path}${target.hash}, but that page has no such section (on ${url})`);
    }
  }
}

// 2. hreflang pairs point at pages that exist and name each other.
const alternatesOf = (html) =>
  [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)]
    .map(([, lang, href]) => `${lang} ${new URL(href).pathname}`)
    .sort();
for (const [url, { html }] of pages) {
  const mine = alternatesOf(html);
  for (const alt of mine) {
    const [lang, path] = alt.split(' ');
    if (lang === 'x-default' || path === url) continue;
    const other = pages.get(path);
    if (!other) problems.push(`${sourceOf(url)}: hreflang ${lang} points at ${path}, which does not exist`);
    else if (alternatesOf(other.html).join() !== mine.join())
      problems.push(`${sourceOf(url)}: hreflang on ${url} and ${path} do not name each other the same way`);
  }
}

// 3. Valid HTML.
const validator = new HtmlValidate(new FileSystemConfigLoader());
for (const [url, { file }] of pages) {
  const report = await validator.validateFile(file);
  for (const message of report.results.flatMap((r) => r.messages)) {
    problems.push(`${sourceOf(url)}: invalid HTML on ${url} line ${message.line}: ${message.message} (${message.ruleId})`);
  }
}

// 3b. The W3C Nu HTML Checker (npm vnu-jar) reads pages as browsers do: it caught a <script> after </html>,
// which html-validate let pass. It needs Java; without Java the check says so and goes on.
const nuChecked = checkWithNu();
function checkWithNu() {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) return 'not run: Java is not installed (on Debian: apt-get install default-jre-headless)';
  const jar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build/dist/vnu.jar');
  const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', dist], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  let messages;
  try {
    ({ messages } = JSON.parse(run.stderr));
  } catch {
    return `not run: the Nu HTML Checker did not answer (exit ${run.status}): ${(run.stderr || run.error?.message || '').slice(0, 300)}`;
  }
  const byPath = new Map([...pages].map(([url, { file }]) => [resolve(file), url]));
  for (const message of messages) {
    const url = byPath.get(resolve(decodeURIComponent(new URL(message.url).pathname))) ?? message.url;
    problems.push(`${sourceOf(url)}: invalid HTML on ${url} line ${message.lastLine} (Nu HTML Checker): ${message.message}`);
  }
  return 'valid';
}

// 4. One address, one file: names that differ only in case or accents would overwrite each other.
for (const folder of ['guides', 'pages'].flatMap((kind) => LOCALES.map((lang) => `content/${kind}/${lang}`)).filter(existsSync)) {
  const seen = new Map();
  for (const name of readdirSync(folder)) {
    const address = name
      .replace(/\.mdx?$/, '')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase();
    if (seen.has(address)) problems.push(`${folder}/${name}: has the same address as ${folder}/${seen.get(address)}; rename one of them`);
    else seen.set(address, name);
  }
}

if (problems.length) {
  console.error(`✗ ${problems.length} problem(s) in the built site:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`✓ ${pages.size} pages: links, anchors, hreflang and HTML all valid (Nu HTML Checker: ${nuChecked}).`);

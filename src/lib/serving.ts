// How the built site is served, described once: which policy and caching each path gets, the redirects, and the
// 404 page per language. From it the build writes dist/_headers and dist/_redirects (Cloudflare Pages, Netlify)
// and deploy/nginx.conf and deploy/Caddyfile, so every engine sends the same headers.
import { LOCALES, SOURCE_LOCALE } from './model';
import { WORKER_URL } from './offline';
import { adminCsp, fileCsp, readerCsp, searchEngineCsp } from './security';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** What Cloudflare Pages and Netlify send by default; nginx and Caddy are told to send it too. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/** Sent with every response. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Files whose names change with their content: cached for a year. Pagefind names its index and fragments by hash. */
export const LONG_CACHE = ['/_astro/*', '/pagefind/fragment/*', '/pagefind/index/*'] as const;

export type Kind = 'reader' | 'search' | 'file' | 'engine' | 'admin' | 'worker';

/** The service worker (written after the build by scripts/service-worker.mjs): asked for again on every visit, so a
 * new version of the site reaches readers, and run under the reader policy, which lets it fetch from the site only. */
export const WORKER_CACHE = 'no-cache';

/** One _headers pattern ("/", "/x", "/x/*") and what it gets. No two rules match one path. */
export interface PathRule {
  path: string;
  kind: Kind;
  headers: Record<string, string>;
}

export interface Redirect {
  from: string;
  to: string;
  status: 301 | 302;
}

export interface ServingRules {
  paths: PathRule[];
  redirects: Redirect[];
  /** A folder prefix and the page a missing address under it gets, with status 404. "/" last. */
  notFound: { prefix: string; page: string }[];
}

export interface BuiltSite {
  /** Every file the build wrote, relative to dist ("da/mitid/index.html"). */
  files: readonly string[];
  /** Renamed guides: former address → new address. */
  moved: readonly (readonly [string, string])[];
  /** The provider players some pages frame after a click. */
  frames: readonly string[];
  /** settings.accessibilityStatementUrl, if set. */
  statement?: string;
  admin?: string;
}

/** The language folders, from the table of languages in model.ts. */
export const LANGS: readonly string[] = LOCALES;
const SEARCH = 'soeg';

/**
 * The rule pattern a file falls under: its top-level entry, or under /kl/ and /da/ the entry below that, because
 * the search page (the only one that may compile WebAssembly) sits there and the hosts merge overlapping rules.
 */
function ruleOf(file: string): string {
  const parts = file.split('/');
  const depth = LANGS.includes(parts[0]!) && parts.length > 1 ? 2 : 1;
  const head = parts.slice(0, depth).join('/');
  if (parts.length === depth)
    return parts[depth - 1] === 'index.html'
      ? `/${parts
          .slice(0, depth - 1)
          .map((p) => `${p}/`)
          .join('')}`
      : `/${head}`;
  return `/${head}/*`;
}

/**
 * An address from content as a redirect target in every config: parsed as a URL, and each character that nginx,
 * Caddy or _redirects could read as their own syntax ($, quotes, braces, spaces) percent-encoded.
 */
export const redirectTarget = (url: string) => new URL(url).href.replace(/[^A-Za-z0-9\-._~:/?#@!&'()*+,;=%]/g, encodeURIComponent);

export function servingRules(site: BuiltSite): ServingRules {
  const admin = site.admin ?? adminCsp();
  const files = site.files.filter((f) => !['_headers', '_redirects', WORKER_URL.slice(1)].includes(f) && !f.startsWith('pagefind/'));
  const byRule = new Map<string, string[]>([['/pagefind/*', []]]);
  for (const file of files) byRule.set(ruleOf(file), [...(byRule.get(ruleOf(file)) ?? []), file]);
  const kindOf = (path: string, members: string[]): Kind =>
    path === '/admin/*'
      ? 'admin'
      : path === '/pagefind/*'
        ? 'engine'
        : LANGS.some((lang) => path === `/${lang}/${SEARCH}/*`)
          ? 'search'
          : members.some((f) => f.endsWith('.html'))
            ? 'reader'
            : 'file';
  const csp: Record<Kind, string> = {
    reader: readerCsp({ header: true, frames: site.frames }),
    search: readerCsp({ header: true, wasm: true, frames: site.frames }),
    file: fileCsp,
    engine: searchEngineCsp,
    admin: `${admin}; frame-ancestors 'self'`,
    worker: readerCsp({ header: true }),
  };
  const paths = [...byRule]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([path, members]): PathRule => {
      const kind = kindOf(path, members);
      return {
        path,
        kind,
        headers: {
          'Content-Security-Policy': csp[kind],
          ...(kind === 'admin' ? { 'X-Robots-Tag': 'noindex' } : {}),
          'Cache-Control': (LONG_CACHE as readonly string[]).includes(path) ? IMMUTABLE : REVALIDATE,
        },
      };
    });
  paths.push({ path: WORKER_URL, kind: 'worker', headers: { 'Content-Security-Policy': csp.worker, 'Cache-Control': WORKER_CACHE } });
  const ownStatement = `/${SOURCE_LOCALE}/tilgaengelighed/`;
  const statement = site.statement ? redirectTarget(site.statement) : ownStatement;
  return {
    paths,
    redirects: [
      ...site.moved.map(([from, to]): Redirect => ({ from, to, status: 301 })),
      // Danish public sites answer /was with their accessibility statement; 302, since the setting may change.
      { from: '/was', to: statement, status: 302 },
      { from: '/was/', to: statement, status: 302 },
    ],
    notFound: [...LANGS.map((lang) => ({ prefix: `/${lang}/`, page: `/${lang}/404.html` })), { prefix: '/', page: '/404.html' }],
  };
}

const block = (path: string, headers: Record<string, string>) =>
  [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');

/**
 * dist/_headers. Cloudflare Pages merges every rule that matches a path and reads only the first 100 rules, so the
 * reader policy is the site-wide default on "/*" and each other kind of path detaches it ("! Header", Cloudflare's
 * syntax) and sets its own: the number of rules does not grow with the number of guides. Cache-Control is written
 * only where it differs from the hosts' default (REVALIDATE).
 */
export function headersFile(rules: ServingRules): string {
  const reader = rules.paths.find((rule) => rule.kind === 'reader')!;
  const own = (rule: PathRule) =>
    Object.fromEntries(Object.entries(rule.headers).filter(([name, value]) => name !== 'Cache-Control' || value !== REVALIDATE));
  const cacheOnly = LONG_CACHE.filter((path) => !rules.paths.some((rule) => rule.path === path));
  const detached = (rule: PathRule) => block(rule.path, own(rule)).replace('\n', '\n  ! Content-Security-Policy\n');
  return [
    block('/*', { ...COMMON_HEADERS, 'Content-Security-Policy': reader.headers['Content-Security-Policy']! }),
    ...cacheOnly.map((path) => block(path, { 'Cache-Control': IMMUTABLE })),
    ...rules.paths.filter((rule) => rule.kind !== 'reader').map(detached),
    '',
  ].join('\n');
}

/**
 * dist/_redirects. The 404 lines are for Netlify, which otherwise shows only /404.html; Cloudflare Pages skips
 * them (it allows no 404 status there) and serves the nearest 404.html up the folder tree by itself.
 */
export function redirectsFile(rules: ServingRules): string {
  return [
    ...rules.redirects.map(({ from, to, status }) => `${from} ${to} ${status}`),
    ...rules.notFound.filter(({ prefix }) => prefix !== '/').map(({ prefix, page }) => `${prefix}* ${page} 404`),
    '',
  ].join('\n');
}

const nginxHeaders = (headers: Record<string, string>) =>
  Object.entries({ ...COMMON_HEADERS, ...headers }).map(([name, value]) => `    add_header ${name} "${value}" always;`);

/** nginx's location of a rule: "/x/*" a prefix, anything else the exact path. */
const nginxMatch = (path: string) => (path.endsWith('/*') ? path.slice(0, -1) : `= ${path}`);

const NGINX_TYPES = {
  'text/html': 'html',
  'text/css': 'css',
  'application/javascript': 'js mjs',
  'application/json': 'json',
  'text/xml': 'xml',
  'image/svg+xml': 'svg',
  'text/plain': 'txt',
  'image/jpeg': 'jpg jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/gif': 'gif',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
  'text/vtt': 'vtt',
  'application/wasm': 'wasm',
  'font/woff2': 'woff2',
};

/** The rule of a missing address's folder and that folder's 404 page. */
const notFoundOf = (rules: ServingRules, path: string) => rules.notFound.find(({ prefix }) => path.startsWith(prefix))!.page;

/**
 * deploy/nginx.conf: a server block for nginx (Debian's package) serving dist/. Pre-compressed .br and .gz files
 * first (brotli_static needs libnginx-mod-http-brotli-static), other text compressed on the fly.
 */
export function nginxConf(rules: ServingRules, root: string, listen = '80'): string {
  const location = (match: string, headers: Record<string, string>, notFound: string) => [
    `  location ${match} {`,
    ...nginxHeaders(headers),
    `    error_page 404 ${notFound};`,
    '  }',
  ];
  const reader = rules.paths.find((rule) => rule.kind === 'reader')!.headers;
  const engine = rules.paths.find((rule) => rule.kind === 'engine')!.headers;
  const fallbacks = rules.notFound.filter(({ prefix }) => !rules.paths.some((rule) => rule.path === `${prefix}*`));
  const text = 'text/css application/javascript application/json text/xml image/svg+xml text/plain text/vtt';
  return [
    '# Generated by the build (src/lib/serving.ts): do not edit; rebuild.',
    'server {',
    `  listen ${listen};`,
    `  root ${root};`,
    '  index index.html;',
    // Every kind of file the build writes (Debian's mime.types has no text/vtt); Pagefind's own files are binary.
    `  types { ${Object.entries(NGINX_TYPES)
      .map(([type, ext]) => `${type} ${ext};`)
      .join(' ')} }`,
    '  default_type application/octet-stream;',
    '  absolute_redirect off;',
    '  server_tokens off;',
    '  charset utf-8;',
    `  charset_types ${text};`,
    '  gzip_static on;',
    '  brotli_static on;',
    '  gzip on;',
    '  gzip_vary on;',
    `  gzip_types ${text};`,
    ...rules.paths.flatMap((rule) => location(nginxMatch(rule.path), rule.headers, notFoundOf(rules, rule.path))),
    // Pagefind's hashed files: a regular-expression location wins over the /pagefind/ prefix.
    ...location('~ ^/pagefind/(fragment|index)/', { ...engine, 'Cache-Control': IMMUTABLE }, '/404.html'),
    // Missing addresses in a language folder or at the root: the reader policy, and that folder's 404 page.
    ...fallbacks.flatMap(({ prefix, page }) => location(prefix, reader, page)),
    ...rules.redirects.flatMap(({ from, to, status }) => [
      `  location = ${from} {`,
      ...nginxHeaders({}),
      `    return ${status} "${to}";`,
      '  }',
    ]),
    '}',
    '',
  ].join('\n');
}

/**
 * deploy/Caddyfile: the same for Caddy 2.6+. Each path is one `handle` (Caddy runs only the most specific),
 * pre-compressed files first, other text compressed on the fly.
 */
export function caddyfile(rules: ServingRules, root: string, address = ':80'): string {
  const headers = (h: Record<string, string>, indent: string) =>
    Object.entries(h).map(([name, value]) => `${indent}header ${name} "${value}"`);
  const serve = (indent: string) => [`${indent}file_server {`, `${indent}\tprecompressed br gzip`, `${indent}}`];
  const handle = (match: string, h: Record<string, string>) => [
    `\thandle${match ? ` ${match}` : ''} {`,
    ...headers(h, '\t\t'),
    ...serve('\t\t'),
    '\t}',
  ];
  const reader = rules.paths.find((rule) => rule.kind === 'reader')!.headers;
  const engine = rules.paths.find((rule) => rule.kind === 'engine')!.headers;
  return [
    '# Generated by the build (src/lib/serving.ts): do not edit; rebuild.',
    `${address} {`,
    `\troot * ${root}`,
    '\tencode gzip',
    ...headers(COMMON_HEADERS, '\t'),
    ...rules.redirects.map(({ from, to, status }) => `\tredir ${from} ${to} ${status}`),
    ...['/pagefind/fragment/*', '/pagefind/index/*'].flatMap((path) => handle(path, { ...engine, 'Cache-Control': IMMUTABLE })),
    ...rules.paths.flatMap((rule) => handle(rule.path, rule.headers)),
    ...handle('', reader),
    // A missing address gets its folder's 404 page, with the 404 status.
    '\thandle_errors {',
    ...rules.notFound.flatMap(({ prefix, page }) => [
      `\t\thandle${prefix === '/' ? '' : ` ${prefix}*`} {`,
      `\t\t\trewrite * ${page}`,
      ...headers(reader, '\t\t\t'),
      ...serve('\t\t\t'),
      '\t\t}',
    ]),
    '\t}',
    '}',
    '',
  ].join('\n');
}

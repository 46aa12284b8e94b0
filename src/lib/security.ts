// The security policy of reader pages: everything from our own origin, no inline code, no third parties.
// The same policy goes into a <meta> on every page (for hosts that cannot set headers) and into dist/_headers.

/**
 * Content-Security-Policy for reader pages. `wasm` lets the search page run Pagefind's WebAssembly engine;
 * `frames` lets a page with a provider's video frame that provider's player after the reader presses play.
 * `dev` is the policy of pages under `npm start`, which staff see while they edit.
 */
export function readerCsp({ wasm = false, header = false, dev = false, frames = [] as readonly string[] } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self'${wasm ? " 'wasm-unsafe-eval'" : ''}`,
    // `astro dev` puts each component's styles inline; scripts stay files, so no inline script runs there either.
    `style-src 'self'${dev ? " 'unsafe-inline'" : ''}`,
    "img-src 'self' data:",
    "media-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    `frame-src ${frames.length ? frames.join(' ') : "'none'"}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Browsers ignore frame-ancestors in a <meta>; only a real header can forbid framing.
    ...(header ? ["frame-ancestors 'self'"] : []),
  ].join('; ');
}

/** Headers every reader page gets from hosts that read a _headers file (Netlify, Cloudflare Pages). */
export const readerHeaders = (frames: readonly string[]): Record<string, string> => ({
  'Content-Security-Policy': readerCsp({ wasm: true, header: true, frames }),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
});

/**
 * The policy of every file that is not a page (pictures, styles, scripts, feeds, the sitemap). Opened on its own
 * address, nothing in it may run: an SVG or HTML file that got into the build stays inert.
 */
export const fileCsp = "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox";

/** Pagefind's files: its web worker runs under the policy sent with its own script, and needs WebAssembly. */
export const searchEngineCsp = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'";

/** What the build wrote, as _headers path patterns: the paths holding pages, and all the rest. */
export interface SitePaths {
  pages: readonly string[];
  files: readonly string[];
}

/**
 * The _headers file: every path of the built site gets a policy. Hosts merge every rule that matches a path, so
 * the policy rules never overlap: reader pages get the reader policy, /admin/ its own, Pagefind's files the
 * search engine's, and everything else the file policy. The reader rule allows what any reader page needs (the
 * search page's WebAssembly, the players of the providers whose videos the site shows); each page's own <meta>
 * policy stays as strict as that page allows.
 */
export function headersFile({ pages, files }: SitePaths, frames: readonly string[] = [], admin = adminCsp()): string {
  const common = Object.entries(readerHeaders(frames)).filter(([name]) => name !== 'Content-Security-Policy');
  const rule = (path: string, headers: [string, string][]) => [path, ...headers.map(([n, v]) => `  ${n}: ${v}`)].join('\n');
  const csp = (policy: string): [string, string] => ['Content-Security-Policy', policy];
  const policyOf = (path: string) =>
    path === '/admin/*' ? [csp(`${admin}; frame-ancestors 'self'`), ['X-Robots-Tag', 'noindex'] as [string, string]]
    : path === '/pagefind/*' ? [csp(searchEngineCsp)]
    : pages.includes(path) ? [csp(readerCsp({ wasm: true, header: true, frames }))]
    : [csp(fileCsp)];
  return [rule('/*', common), ...[...pages, ...files].map((path) => rule(path, policyOf(path))), ''].join('\n');
}

/**
 * The relaxed policy of /admin/ only: Decap CMS compiles its config schema at run time ('unsafe-eval'), styles
 * itself inline, and talks to the local backend or the Git host's API.
 */
export function adminCsp(env: { PUBLIC_CMS_BACKEND?: string; PUBLIC_CMS_API_ROOT?: string; PUBLIC_CMS_BASE_URL?: string } = {}): string {
  const apis: Record<string, string> = { github: 'https://api.github.com', gitlab: 'https://gitlab.com' };
  const connect = ["'self'", 'http://127.0.0.1:8081', apis[env.PUBLIC_CMS_BACKEND ?? ''], env.PUBLIC_CMS_API_ROOT, env.PUBLIC_CMS_BASE_URL]
    .filter(Boolean)
    .map((origin) => (origin!.startsWith("'") ? origin : new URL(origin!).origin));
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    `connect-src ${[...new Set(connect)].join(' ')}`,
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    // Decap submits no forms; a form injected into the preview could post the editor's text elsewhere.
    "form-action 'none'",
  ].join('; ');
}

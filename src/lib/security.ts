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

/**
 * The policy of every file that is not a page (pictures, styles, scripts, feeds, the sitemap). Opened on its own
 * address, nothing in it may run: an SVG or HTML file that got into the build stays inert.
 */
export const fileCsp = "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox";

/** Pagefind's files: its web worker runs under the policy sent with its own script, and needs WebAssembly. */
export const searchEngineCsp = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'";

/**
 * The relaxed policy of /admin/ only: Decap CMS compiles its config schema at run time ('unsafe-eval'), styles
 * itself inline, and talks to the local backend (under `npm start`) or, when built for a Git host, to that host's API
 * and login server only.
 */
/** The CMS's local backend (scripts/cms-backend.mjs), allowed only in a build without a Git host. */
const LOCAL_BACKEND = 'http://127.0.0.1:8081';

export function adminCsp(env: { PUBLIC_CMS_BACKEND?: string; PUBLIC_CMS_API_ROOT?: string; PUBLIC_CMS_BASE_URL?: string } = {}): string {
  const backend = env.PUBLIC_CMS_BACKEND;
  // Decap's defaults when the variables are unset: GitHub logs in through Netlify's OAuth server.
  const apis: Record<string, string> = { github: 'https://api.github.com', gitlab: 'https://gitlab.com' };
  const logins: Record<string, string> = { github: 'https://api.netlify.com', gitlab: 'https://gitlab.com' };
  const remote = backend ? [env.PUBLIC_CMS_API_ROOT ?? apis[backend], env.PUBLIC_CMS_BASE_URL ?? logins[backend]] : [LOCAL_BACKEND];
  const connect = ["'self'", ...remote.filter((origin): origin is string => !!origin).map((origin) => new URL(origin).origin)];
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

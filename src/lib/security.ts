// The security policy of reader pages: everything from our own origin, no inline code, no third parties.
// The same policy goes into a <meta> on every page (for hosts that cannot set headers) and into dist/_headers.

/**
 * Content-Security-Policy for reader pages. `wasm` lets the search page run Pagefind's WebAssembly engine;
 * `frames` lets a page with a provider's video frame that provider's player after the reader presses play.
 */
export function readerCsp({ wasm = false, header = false, frames = [] as readonly string[] } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self'${wasm ? " 'wasm-unsafe-eval'" : ''}`,
    "style-src 'self'",
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
 * The _headers file: one rule for the whole site, because hosts merge overlapping rules. So it allows what any
 * page needs (the search page's WebAssembly, the players of the providers whose videos the site shows);
 * each page's own <meta> policy stays as strict as that page allows.
 */
export function headersFile(frames: readonly string[] = []): string {
  return ['/*', ...Object.entries(readerHeaders(frames)).map(([name, value]) => `  ${name}: ${value}`), ''].join('\n');
}

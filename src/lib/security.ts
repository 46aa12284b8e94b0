// The security policy of reader pages: everything from our own origin, no inline code, no third parties.
// The same policy goes into a <meta> on every page (for hosts that cannot set headers) and into dist/_headers.

/** Content-Security-Policy for reader pages. `wasm` lets the search page run Pagefind's WebAssembly engine. */
export function readerCsp({ wasm = false, header = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self'${wasm ? " 'wasm-unsafe-eval'" : ''}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "media-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Browsers ignore frame-ancestors in a <meta>; only a real header can forbid framing.
    ...(header ? ["frame-ancestors 'self'"] : []),
  ].join('; ');
}

/** Headers every reader page gets from hosts that read a _headers file (Netlify, Cloudflare Pages). */
export const READER_HEADERS: Record<string, string> = {
  'Content-Security-Policy': readerCsp({ wasm: true, header: true }),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The _headers file: one rule for the whole site. The search page's WebAssembly is allowed site-wide here
 * because overlapping rules would be merged by the host; pages without WebAssembly are unaffected by it. */
export function headersFile(): string {
  return ['/*', ...Object.entries(READER_HEADERS).map(([name, value]) => `  ${name}: ${value}`), ''].join('\n');
}

// A small static server for the bench and the browser tests of built copies: serves dist/ the way a normal host does, with gzip for text files.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.vtt': 'text/vtt; charset=utf-8',
  '.webm': 'video/webm',
  '.mp4': 'video/mp4',
  '.wasm': 'application/wasm',
};
const COMPRESS = new Set(['.html', '.css', '.js', '.json', '.svg']);
/** Hashed files are cached as the site's _headers cache them in production (LONG_CACHE in src/lib/serving.ts). */
const cached = (path) => /^\/(_astro|pagefind\/fragment|pagefind\/index)\//.test(path);
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Serves `root` on 127.0.0.1; resolves to the server once it listens. */
export function serve(root, port) {
  const server = createServer((request, response) => {
    let path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (path.endsWith('/')) path += 'index.html';
    let file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) file = join(root, '404.html');
    const ext = extname(file);
    const gzip = COMPRESS.has(ext) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(file.endsWith('404.html') && !path.endsWith('404.html') ? 404 : 200, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      ...(cached(path) ? { 'cache-control': IMMUTABLE } : {}),
    });
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip({ level: 9 })) : stream).pipe(response);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

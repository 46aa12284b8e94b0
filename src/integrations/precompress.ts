// Writes .br and .gz copies of the built scripts and styles, for hosts that serve files pre-compressed
// (nginx gzip_static/brotli_static, Caddy precompressed). The CMS bundle is over a megabyte before compression.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';

const COMPRESSORS: [string, (content: Buffer) => Buffer][] = [
  ['.gz', (content) => gzipSync(content, { level: 9 })],
  ['.br', (content) => brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })],
];
const writeCached = async (file: string, content: Buffer) => (await writeFile(file, content), content);

export function precompress(): AstroIntegration {
  let cache = '';
  return {
    name: 'precompress',
    hooks: {
      'astro:config:done': ({ config }) => {
        cache = fileURLToPath(new URL('precompressed/', config.cacheDir));
      },
      'astro:build:done': async ({ dir }) => {
        await mkdir(cache, { recursive: true });
        for (const folder of ['_astro/', 'admin/']) {
          const assets = fileURLToPath(new URL(folder, dir));
          for (const name of (await readdir(assets)).filter((f) => /\.(js|css)$/.test(f))) {
            const content = await readFile(assets + name);
            if (content.length < 1024) continue;
            // Kept by content in the build cache: the CMS bundle alone took ~1.5 s of every build to compress.
            const key = join(cache, createHash('sha256').update(content).digest('hex'));
            for (const [ext, compress] of COMPRESSORS) {
              const compressed = await readFile(key + ext).catch(() => undefined);
              await writeFile(`${assets}${name}${ext}`, compressed ?? (await writeCached(key + ext, compress(content))));
            }
          }
        }
      },
    },
  };
}

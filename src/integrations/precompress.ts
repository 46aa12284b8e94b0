// Writes .br and .gz copies of the built scripts and styles, for hosts that serve files pre-compressed
// (nginx gzip_static/brotli_static, Caddy precompressed). The CMS bundle is over a megabyte before compression.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';

export function precompress(): AstroIntegration {
  return {
    name: 'precompress',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for (const folder of ['_astro/', 'admin/']) {
          const assets = fileURLToPath(new URL(folder, dir));
          for (const name of (await readdir(assets)).filter((f) => /\.(js|css)$/.test(f))) {
            const content = await readFile(assets + name);
            if (content.length < 1024) continue;
            await writeFile(`${assets}${name}.gz`, gzipSync(content, { level: 9 }));
            await writeFile(`${assets}${name}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }));
          }
        }
      },
    },
  };
}

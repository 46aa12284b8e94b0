// Writes dist/_redirects (Netlify, Cloudflare Pages): a 301 for every former address of a renamed guide,
// read from the redirect pages the build wrote, so both always agree.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function redirectsFile(): AstroIntegration {
  return {
    name: 'redirects-file',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const site = fileURLToPath(dir);
        const lines: string[] = [];
        for (const file of (await readdir(site, { recursive: true })).filter((f) => f.endsWith('index.html')).sort()) {
          const to = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(await readFile(site + file, 'utf8'))?.[1];
          if (to) lines.push(`/${file.replace(/index\.html$/, '')} ${to} 301`);
        }
        await writeFile(new URL('_redirects', dir), lines.join('\n') + '\n');
      },
    },
  };
}

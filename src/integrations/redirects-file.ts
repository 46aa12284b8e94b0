// Writes dist/_redirects (Netlify, Cloudflare Pages): a 301 for every former address of a renamed guide,
// read from the redirect pages the build wrote, so both always agree.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPages } from './built-pages';

export function redirectsFile(): AstroIntegration {
  return {
    name: 'redirects-file',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const lines: string[] = [];
        for await (const [file, html] of builtPages(fileURLToPath(dir))) {
          const to = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];
          if (to) lines.push(`/${file.replace(/index\.html$/, '')} ${to} 301`);
        }
        await writeFile(new URL('_redirects', dir), lines.join('\n') + '\n');
      },
    },
  };
}

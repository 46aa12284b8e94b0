// Writes dist/_headers, the security headers for static hosts that read such a file.
import { readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { adminCsp, headersFile } from '../lib/security';
import { builtPages } from './built-pages';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        // The video players some pages frame after a click, as those pages' own policies name them.
        const frames = new Set<string>();
        // Every top-level path of the site, as a _headers pattern: "/" and "/404.html" for pages at the root.
        const pattern = (name: string, folder: boolean) => (name === 'index.html' ? '/' : folder ? `/${name}/*` : `/${name}`);
        const pages = new Set<string>();
        for await (const [file, html] of builtPages(fileURLToPath(dir))) {
          const [top, ...rest] = file.split('/');
          pages.add(pattern(top!, rest.length > 0));
          if (file.startsWith('admin')) continue;
          const policy = /frame-src ([^;"]+)/.exec(html)?.[1] ?? "'none'";
          for (const origin of policy.split(' ')) if (origin !== "'none'") frames.add(origin);
        }
        // The search index is written after Astro's build (scripts/search-index.mjs), into /pagefind/.
        const files = new Set(['/pagefind/*']);
        for (const entry of await readdir(dir, { withFileTypes: true })) files.add(pattern(entry.name, entry.isDirectory()));
        const paths = { pages: [...pages].sort(), files: [...files].filter((path) => !pages.has(path) && !['/_headers', '/_redirects'].includes(path)).sort() };
        await writeFile(new URL('_headers', dir), headersFile(paths, [...frames].sort(), adminCsp(process.env)));
      },
    },
  };
}

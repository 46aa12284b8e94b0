// Writes dist/_headers, the security headers for static hosts that read such a file.
import { writeFile } from 'node:fs/promises';
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
        for await (const [file, html] of builtPages(fileURLToPath(dir))) {
          if (file.startsWith('admin')) continue;
          const policy = /frame-src ([^;"]+)/.exec(html)?.[1] ?? "'none'";
          for (const origin of policy.split(' ')) if (origin !== "'none'") frames.add(origin);
        }
        await writeFile(new URL('_headers', dir), headersFile([...frames].sort(), adminCsp(process.env)));
      },
    },
  };
}

// Writes dist/_headers, the security headers for static hosts that read such a file.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { adminCsp, headersFile } from '../lib/security';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        // The video players some pages frame after a click, as those pages' own policies name them.
        const site = fileURLToPath(dir);
        const frames = new Set<string>();
        const readerPages = (await readdir(site, { recursive: true })).filter((f) => f.endsWith('.html') && !f.startsWith('admin'));
        for (const file of readerPages) {
          const policy = /frame-src ([^;"]+)/.exec(await readFile(`${site}${file}`, 'utf8'))?.[1] ?? "'none'";
          for (const origin of policy.split(' ')) if (origin !== "'none'") frames.add(origin);
        }
        await writeFile(new URL('_headers', dir), headersFile([...frames].sort(), adminCsp(process.env)));
      },
    },
  };
}

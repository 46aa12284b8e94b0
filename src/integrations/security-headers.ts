// Writes how the site is served, from the rules in src/lib/serving.ts and what the build wrote: dist/_headers and
// dist/_redirects (Cloudflare Pages, Netlify), deploy/nginx.conf and deploy/Caddyfile. The server configs go
// beside dist/, not in it: a static host would publish them as pages.
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { adminCsp } from '../lib/security';
import { caddyfile, headersFile, LANGS, nginxConf, redirectsFile, servingRules } from '../lib/serving';
import { parse } from 'yaml';
import { builtPages } from './built-pages';
import { formerAddresses } from './redirects-file';

export function securityHeaders(): AstroIntegration {
  let root = new URL('.', import.meta.url);
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // Hosts look for a folder's 404 page at /<lang>/404.html; Astro writes the page as /<lang>/404/.
        for (const lang of LANGS) {
          await rename(`${site}${lang}/404/index.html`, `${site}${lang}/404.html`);
          await rm(`${site}${lang}/404`, { recursive: true });
        }
        // The video players some pages frame after a click, as those pages' own policies name them.
        const frames = new Set<string>();
        for await (const [file, html] of builtPages(site)) {
          if (file.startsWith('admin')) continue;
          const policy = /frame-src ([^;"]+)/.exec(html)?.[1] ?? "'none'";
          for (const origin of policy.split(' ')) if (origin !== "'none'") frames.add(origin);
        }
        const settings = await readFile(new URL('content/settings/site.yml', root), 'utf8');
        const rules = servingRules({
          files: (await readdir(site, { recursive: true, withFileTypes: true }))
            .filter((e) => e.isFile())
            .map((e) => `${e.parentPath}/${e.name}`.slice(site.length).replace(/^\//, '')),
          moved: await formerAddresses(site),
          frames: [...frames].sort(),
          statement: (parse(settings) as { accessibilityStatementUrl?: string } | null)?.accessibilityStatementUrl,
          admin: adminCsp(process.env),
        });
        const headers = headersFile(rules);
        // Cloudflare Pages reads at most 100 rules; their number depends on the kinds of path, not on the number of pages.
        const count = headers.split('\n').filter((line) => line.startsWith('/')).length;
        if (count > 100) logger.warn(`_headers has ${count} rules; Cloudflare Pages reads only the first 100.`);
        await writeFile(new URL('_headers', dir), headers);
        await writeFile(new URL('_redirects', dir), redirectsFile(rules));
        const deploy = new URL('deploy/', root);
        await mkdir(deploy, { recursive: true });
        await writeFile(new URL('nginx.conf', deploy), nginxConf(rules, site.replace(/\/$/, '')));
        await writeFile(new URL('Caddyfile', deploy), caddyfile(rules, site.replace(/\/$/, '')));
      },
    },
  };
}

// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { bodyRules } from './src/integrations/body-rules-plugin.ts';
import { cmsBundle } from './src/integrations/cms-bundle.ts';
import { imageSources } from './src/integrations/image-sources.ts';
import { precompress } from './src/integrations/precompress.ts';
import { sitemapOptions } from './src/integrations/indexable.ts';
import { staleOutput } from './src/integrations/stale-output.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { SITE_URL as site } from './src/lib/site-url.ts';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Caches inside the project, not in node_modules/: the copies tests and the bench build share node_modules,
  // and builds running side by side must not read each other's content store.
  cacheDir: './.cache/astro',
  // Two pages at one address (a former address of a guide that another page has): stop, don't drop one silently.
  prerenderConflictBehavior: 'error',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    staleOutput(),
    imageSources(),
    mdx(),
    sitemap(sitemapOptions(site, new URL('./dist/', import.meta.url))),
    securityHeaders(),
    cmsBundle(),
    precompress(),
  ],
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [bodyRules] }) },
  image: { layout: 'constrained', responsiveStyles: false },
  devToolbar: { enabled: false },
  // A rebuild copies a guide's pages from the last build while their key (src/data/site.ts, guideCacheKeys) and
  // code are unchanged; scripts/astro-build.mjs builds afresh when code, public/ or packages change.
  experimental: { incrementalBuild: true },
  // Scripts stay external files: cached across pages, allowed by a strict CSP, and Pagefind's run-time import works.
  vite: {
    cacheDir: './.cache/vite',
    // Not emptied: pages the incremental build keeps stay in place; src/integrations/stale-output.ts removes the rest.
    build: { modulePreload: false, assetsInlineLimit: 0, emptyOutDir: false },
  },
});

// The CMS script (cms/admin.ts with Decap, about 5.5 MB) is bundled by esbuild on its own, outside Astro's Vite
// build. Bundled with the site it cost every build ~1 GB of memory and 4 s of CPU, and `astro dev` pre-bundled it
// on first start; esbuild does it in under a second. It is served at /admin/cms.js, in the build and under dev.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, context, stop, type BuildOptions, type Plugin } from 'esbuild';
import { loadEnv } from 'vite';
import { inputsHash, optionsText } from '../lib/inputs-hash';

const CMS_SCRIPT = '/admin/cms.js'; // as src/pages/admin/index.astro loads it

/** `import css from './file.css?raw'`: the file's text, as Vite does it. */
const rawImports: Plugin = {
  name: 'raw',
  setup(build) {
    build.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: `${args.resolveDir}/${args.path.slice(0, -'?raw'.length)}`,
      namespace: 'raw',
    }));
    build.onLoad({ filter: /.*/, namespace: 'raw' }, async (args) => ({ contents: await readFile(args.path, 'utf8'), loader: 'text' }));
  },
};

/**
 * The CMS checks entries with the build's own modules (src/lib/entry-check.ts), which import node:fs and node:path:
 * in the browser, node:path is path-browserify and node:fs and content-files.ts read no file (cms/browser/).
 */
const buildRulesInBrowser = (root: URL): Plugin => ({
  name: 'build-rules-in-browser',
  setup(build) {
    const shim = (name: string) => fileURLToPath(new URL(`cms/browser/${name}`, root));
    build.onResolve({ filter: /^node:path$/ }, () =>
      build.resolve('path-browserify', { kind: 'import-statement', resolveDir: fileURLToPath(root) }),
    );
    build.onResolve({ filter: /^node:fs$/ }, () => ({ path: shim('fs.ts') }));
    build.onResolve({ filter: /\/content-files$/ }, (args) =>
      args.importer.startsWith(shim('')) ? undefined : { path: shim('content-files.ts') },
    );
  },
});

function options(root: URL, mode: 'development' | 'production'): BuildOptions {
  // Only PUBLIC_ variables reach the browser, from the environment or .env files, as in the rest of the site.
  const env = { ...loadEnv(mode, fileURLToPath(root), 'PUBLIC_'), DEV: mode === 'development', PROD: mode === 'production' };
  return {
    entryPoints: [fileURLToPath(new URL('cms/admin.ts', root))],
    bundle: true,
    minify: mode === 'production',
    format: 'iife',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [rawImports, buildRulesInBrowser(root)],
    inject: [fileURLToPath(new URL('cms/browser/process.ts', root))],
    define: {
      'process.cwd': 'browserCwd',
      'import.meta.env': JSON.stringify(env),
      ...Object.fromEntries(Object.entries(env).map(([key, value]) => [`import.meta.env.${key}`, JSON.stringify(value)])),
      'process.env.NODE_ENV': JSON.stringify(mode),
    },
  };
}

/**
 * The production bundle, from the cache folder when none of the files the last bundle was made of (esbuild's own
 * list: cms/, src/lib/ and the packages) nor the options changed, so a rebuild after a content edit skips esbuild.
 */
async function productionBundle(root: URL, cacheDir: URL): Promise<Uint8Array> {
  const buildOptions = options(root, 'production');
  const hashOf = (files: string[]) => inputsHash(files, optionsText(buildOptions));
  const [script, record] = [new URL('cms/cms.js', cacheDir), new URL('cms/inputs.json', cacheDir)];
  const cached = await readFile(record, 'utf8').then(
    (text) => JSON.parse(text) as { files: string[]; hash: string },
    () => undefined,
  );
  if (cached && hashOf(cached.files) === cached.hash) {
    const contents = await readFile(script).catch(() => undefined);
    if (contents) return contents;
  }
  const { outputFiles, metafile } = await build({ ...buildOptions, write: false, outfile: 'cms.js', metafile: true });
  await stop();
  // Paths relative to the working folder; the text files of `?raw` imports under the raw: namespace.
  const files = Object.keys(metafile.inputs)
    .map((input) => resolve(input.replace(/^raw:/, '')))
    .sort();
  await mkdir(new URL('cms/', cacheDir), { recursive: true });
  await writeFile(script, outputFiles[0].contents);
  await writeFile(record, JSON.stringify({ files, hash: hashOf(files) }));
  return outputFiles[0].contents;
}

export function cmsBundle(): AstroIntegration {
  let root: URL;
  let cacheDir: URL;
  let bundle: Uint8Array;
  return {
    name: 'cms-bundle',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
        cacheDir = config.cacheDir;
      },
      'astro:server:setup': async ({ server }) => {
        // Rebuilt on each request (esbuild reuses its work), so an edit to cms/ shows on the next reload of /admin/.
        const bundler = await context({ ...options(root, 'development'), write: false, outfile: 'cms.js' });
        server.httpServer?.once('close', () => void bundler.dispose());
        server.middlewares.use(CMS_SCRIPT, async (_request, response, next) => {
          try {
            const { outputFiles } = await bundler.rebuild();
            response.setHeader('content-type', 'text/javascript; charset=utf-8');
            response.end(outputFiles![0].contents);
          } catch (error) {
            next(error);
          }
        });
      },
      // Bundled before the site, while the build is still small, and esbuild stopped: its few hundred MB are not
      // added to the build's peak memory at the end.
      'astro:build:start': async () => {
        bundle = await productionBundle(root, cacheDir);
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL(`.${CMS_SCRIPT}`, dir), bundle);
      },
    },
  };
}

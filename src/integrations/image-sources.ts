// Keeps the guides' original pictures out of the bundler's memory. Astro hands every picture a content file names
// (image() in the schema) to the bundler as an asset, bytes and all, so that image optimisation can read it back
// from dist/_astro/; with a photo per guide that held every original at once (2 GB at 1000 guides per language,
// a third of the build's CPU in copying and garbage collection). Here the bundler gets a small stand-in naming
// the file and its content hash (so the asset's hashed name still changes when the picture does), and the real
// file is linked (or copied) to the stand-in's place as the bundle is written. If the stand-in were left in place,
// sharp could not read it and the build would stop.
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

const STAND_IN = 'image-source:';
/** The plugin of Astro that loads pictures imported by content (astro/dist/assets/vite-plugin-assets.js). */
const ASTRO_IMAGE_PLUGIN = 'astro:assets:esm';

type EmittedFile = { type: string; name?: string; source?: string | Uint8Array };
type Context = { emitFile: (file: EmittedFile) => string };

/** Runs the tasks given to it, at most `size` at a time. */
function queue(size: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => T | Promise<T>): Promise<T> => {
    if (running >= size) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

function imageSourcesPlugin(root: string): Plugin {
  const files = new Map<string, string>();
  return {
    name: 'image-sources',
    configResolved(config) {
      const astro = config.plugins.find((plugin) => plugin.name === ASTRO_IMAGE_PLUGIN);
      const load = astro?.load;
      if (!load || typeof load !== 'object')
        throw new Error(`${ASTRO_IMAGE_PLUGIN} has no load handler: Astro changed; see src/integrations/image-sources.ts`);
      const handler = load.handler;
      // Astro reads up to 200 originals at once for their size; sixteen at a time keep only those in memory.
      const limit = queue(16);
      load.handler = function (this: Context, id: string, ...rest: unknown[]) {
        const path = id.split('?')[0];
        const context = new Proxy(this, {
          get(target, key) {
            if (key === 'emitFile')
              return (file: EmittedFile) => {
                if (file.type !== 'asset' || !(file.source instanceof Uint8Array)) return target.emitFile(file);
                // The path relative to the project, so the asset's name is the same wherever the project is built.
                const standIn = `${STAND_IN}${createHash('sha256').update(file.source).digest('hex')}:${relative(root, path)}`;
                files.set(standIn, path);
                return target.emitFile({ ...file, source: standIn });
              };
            const value = Reflect.get(target, key);
            return typeof value === 'function' ? value.bind(target) : value;
          },
        });
        return limit(() => (handler as (...args: unknown[]) => unknown).call(context, id, ...rest));
      } as typeof handler;
    },
    writeBundle(options, bundle) {
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type !== 'asset' || output.source.length > 4096) continue;
        const source = typeof output.source === 'string' ? output.source : Buffer.from(output.source).toString();
        const path = files.get(source);
        if (!path) continue;
        // A hard link costs no copy; Astro only reads the original and then deletes it from dist/.
        const target = join(options.dir!, fileName);
        rmSync(target);
        try {
          linkSync(path, target);
        } catch {
          copyFileSync(path, target);
        }
      }
    },
  };
}

export function imageSources(): AstroIntegration {
  return {
    name: 'image-sources',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { plugins: [imageSourcesPlugin(fileURLToPath(config.root))] } });
      },
    },
  };
}

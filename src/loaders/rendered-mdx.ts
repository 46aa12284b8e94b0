// Guides are MDX files, read by Astro's glob() loader as usual (ids, frontmatter checks, dev reloads), but their
// bodies are turned into HTML when the content is loaded, as Astro does for plain Markdown, instead of each
// becoming a module of the site's bundle. At 1 000 guides per language that saves the build ~9 s of CPU and
// ~300 MB of memory. A guide body may hold Markdown and <Callout>; src/lib/body-rules.ts says what else is refused.
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { satteriCollectImagesPlugin, satteriHeadingIdsPlugin, satteriImageMarkerPlugin } from '@astrojs/markdown-satteri';
import { defineMdastPlugin, evaluate } from 'satteri';
import { bodyRules } from '../integrations/body-rules-plugin';
import { structureOf, type BodyStructure, type TreeNode } from '../lib/structure';
import { calloutHtml, escapeHtml, VOID_ELEMENTS } from '../lib/text';

/** Text already made into HTML, so it is not escaped again. */
class Html {
  constructor(readonly html: string) {}
}
const inner = (children: unknown): string =>
  children == null || children === false
    ? ''
    : Array.isArray(children)
      ? children.map(inner).join('')
      : children instanceof Html
        ? children.html
        : escapeHtml(String(children));

// The smallest JSX runtime MDX needs: every element becomes HTML text at once.
const Fragment = Symbol('Fragment');
function jsx(type: unknown, allProps: unknown): Html {
  const { children, ...props } = allProps as Record<string, unknown>;
  if (type === Fragment) return new Html(inner(children));
  if (typeof type === 'function') return type({ children, ...props });
  const attributes = Object.entries(props)
    .filter(([, value]) => value != null && value !== false)
    .map(([name, value]) =>
      value === true ? ` ${name}` : ` ${name}="${escapeHtml(Array.isArray(value) ? value.join(' ') : String(value))}"`,
    )
    .join('');
  return new Html(`<${type}${attributes}>${VOID_ELEMENTS.has(String(type)) ? '' : `${inner(children)}</${type}>`}`);
}

/** The components a guide body can use; the callout's markup is calloutHtml, as in src/components/Callout.astro. */
const components = {
  Callout: ({ children }: { children?: unknown }) => new Html(calloutHtml(inner(children))),
  OfficialStatementLink: () => {
    throw new Error('<OfficialStatementLink /> belongs on the accessibility page, not in a guide: remove it');
  },
  TranslationOverview: () => {
    throw new Error('<TranslationOverview /> belongs on the language page, not in a guide: remove it');
  },
};

/** Keeps the structure /status/ compares translations by (src/lib/structure.ts), from the tree being rendered. */
const keepStructure = defineMdastPlugin({
  name: 'keep-structure',
  after: (root, context) => void ((context.data as { structure?: BodyStructure }).structure = structureOf(root as TreeNode)),
});

/**
 * A guide body as HTML, with what Astro needs from it (its headings for the contents list, its pictures) and its
 * structure for /status/.
 */
export async function renderBody(body: string, fileURL?: URL, firstLine = 1) {
  // Astro's own steps for Markdown: heading ids, and pictures marked for its image service.
  const astro = { frontmatter: {}, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
  const data: { astro: typeof astro; structure?: BodyStructure } = { astro };
  // Blank lines where the frontmatter was, so that errors give the file's own line numbers.
  const { default: Content } = (await evaluate('\n'.repeat(firstLine - 1) + body, {
    Fragment,
    jsx,
    jsxs: jsx,
    mdastPlugins: [bodyRules, satteriCollectImagesPlugin(), keepStructure],
    hastPlugins: [satteriImageMarkerPlugin(), satteriHeadingIdsPlugin()],
    features: { gfm: true, smartPunctuation: true },
    elementAttributeNameCase: 'html',
    fileURL,
    data,
  })) as { default: (props: { components: typeof components }) => Html };
  const html = Content({ components }).html;
  const imagePaths = [...astro.localImagePaths, ...astro.remoteImagePaths];
  return { html, headings: astro.headings, imagePaths, structure: data.structure };
}

/** The line of the file a body starts on: glob() gives the body without the frontmatter and the blank lines after it. */
async function firstLineOf(body: string, filePath: string) {
  const text = (await readFile(filePath, 'utf8')).trimEnd();
  return text.endsWith(body) ? text.slice(0, text.length - body.length).split('\n').length : 1;
}

/** glob(), with .mdx bodies rendered as the content loads. A body that cannot be rendered stops the build. */
export function renderedMdx(options: Parameters<typeof glob>[0]): Loader {
  const loader = glob(options);
  return {
    name: 'rendered-mdx',
    load: async (context) => {
      const problems: string[] = [];
      const render = async ({ body = '', filePath = '' }: { body?: string; filePath?: string }) => {
        try {
          const { html, ...metadata } = await renderBody(body, pathToFileURL(filePath), await firstLineOf(body, filePath));
          // Not the frontmatter again, as Astro's Markdown does: the entry has it, and nothing reads a second copy.
          return { html, metadata };
        } catch (error) {
          // The body rules name the file and line already; other errors get the file's name.
          const file = relative(fileURLToPath(context.config.root), filePath);
          const { message } = error as Error;
          const problem = message.startsWith(file) ? message : `${file}: ${message}`;
          if (!context.watcher) problems.push(problem);
          // Under `astro dev` the terminal and the page show the problem, where the text would be.
          else context.logger.error(problem);
          return {
            html: `<p class="callout callout--missing" role="alert">${escapeHtml(problem)}</p>`,
            metadata: { headings: [] },
          };
        }
      };
      // glob() asks the file type how to render; the .mdx type of @astrojs/mdx answers "as a module".
      const types = (context as LoaderContext & { entryTypes: Map<string, object> }).entryTypes;
      const { contentModuleTypes: _, ...mdx } = types.get('.mdx') as { contentModuleTypes?: unknown };
      const entryTypes = new Map(types).set('.mdx', { ...mdx, getRenderFunction: async () => render });
      await loader.load({ ...context, entryTypes } as typeof context);
      // A build or `astro sync` stops; `astro dev` keeps running.
      if (problems.length) throw new Error(problems.join('\n'));
    },
  };
}

// What a guide or page body may contain. Staff edit bodies in the CMS, and a stolen login can write anything:
// code in a body would run when the site is built or in readers' browsers, so anything but Markdown and our
// components stops the build.
import { existsSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { isRasterFile } from './content-files';
import { unsafeUrlReason } from './safe-url';

/** The components a body may use: each has an editor component in the CMS that writes it back exactly. */
export const BODY_COMPONENTS = ['Callout', 'OfficialStatementLink', 'TranslationOverview'] as const;

/** The attributes each component takes, always as text in quotes (name="…"); none is used today. */
export const COMPONENT_ATTRIBUTES: Record<(typeof BODY_COMPONENTS)[number], readonly string[]> = {
  Callout: [],
  OfficialStatementLink: [],
  TranslationOverview: [],
};

/** Picture formats a body may show; an SVG is refused because opened from the site's own address it can run script. */
export const IMAGE_FORMATS = ['png', 'jpg', 'jpeg', 'webp', 'avif', 'gif'] as const;

const DANGEROUS = new Set(['script', 'iframe', 'style', 'object', 'embed', 'form', 'frame']);
const IMAGE_EXAMPLE = '![what the picture shows](../../images/picture.png)';

/** A body's MDX syntax tree, as the CMS's check and the structure comparison read it; throws on text that is not MDX. */
export const parseBody = (body: string) => fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });

/** The parts of an mdast node the rules look at. */
export interface BodyNode {
  type: string;
  name?: string | null;
  alt?: string | null;
  url?: string;
  label?: string | null;
  attributes?: readonly { type: string; name?: string; value?: unknown }[];
}

/** Where a body comes from: its content file (absolute path) and the folder its pictures must be in. */
export interface BodyPlace {
  file?: string;
  imagesDir: string;
}

/** An address as the message shows it: quoted, control characters escaped, long ones cut. */
const shown = (url: string) => JSON.stringify(url.length > 60 ? `${url.slice(0, 59)}…` : url);

function componentProblem(name: string, attributes: NonNullable<BodyNode['attributes']>): string | undefined {
  const allowed: readonly string[] = COMPONENT_ATTRIBUTES[name as keyof typeof COMPONENT_ATTRIBUTES];
  const takes = allowed.length ? `<${name}> takes only ${allowed.map((a) => `${a}="…"`).join(', ')}` : `<${name}> takes no attributes`;
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute') return `{…} in <${name}> is program code, not allowed in a text: remove it (${takes})`;
    const known = allowed.includes(attribute.name ?? '');
    if (typeof attribute.value === 'object' && attribute.value !== null) {
      return `${attribute.name}={…} in <${name}> is program code, not allowed in a text: ${known ? `write the value in quotes, ${attribute.name}="…"` : `remove it (${takes})`}`;
    }
    if (!known) return `<${name}> has no attribute ${attribute.name}=: remove it (${takes})`;
    if (typeof attribute.value !== 'string') return `${attribute.name} in <${name}> needs a value in quotes: ${attribute.name}="…"`;
  }
  return undefined;
}

function imageProblem(url: string, place: BodyPlace | undefined): string | undefined {
  const unsafe = unsafeUrlReason(url);
  if (unsafe) return `the picture ${shown(url)}: ${unsafe}`;
  const elsewhere = `the picture ${shown(url)} is not in content/images/: put the picture in content/images/ and use it from there, ${IMAGE_EXAMPLE}`;
  if (/^[a-z][a-z0-9+.-]*:|^[/\\]/i.test(url)) return elsewhere;
  let path: string;
  try {
    path = decodeURI(url); // as Astro reads the path before it copies the file
  } catch {
    return `the picture ${shown(url)}: write the file name as it is, without % codes: ${IMAGE_EXAMPLE}`;
  }
  if (/[?#\\]/.test(path)) return `the picture ${shown(url)}: write only the file's path, without ?, # or \\: ${IMAGE_EXAMPLE}`;
  const format = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  if (format === 'svg')
    return `the picture ${shown(url)}: SVG pictures are not allowed (they can hold program code); save it as PNG, JPEG or WebP`;
  if (!(IMAGE_FORMATS as readonly string[]).includes(format))
    return `the picture ${shown(url)} must be one of: ${IMAGE_FORMATS.map((f) => `.${f}`).join(', ')}`;
  const file = place?.file && resolve(dirname(place.file), path);
  if (!file || !file.startsWith(resolve(place.imagesDir) + sep)) return elsewhere;
  // An SVG renamed .png is still an SVG: the first bytes decide.
  if (existsSync(file) && !isRasterFile(file))
    return `the picture ${shown(url)} is not really a .${format} file: save it again as PNG, JPEG or WebP`;
  return undefined;
}

/** A reader-facing description of what is wrong with one node of a body, or undefined when it is fine. */
export function bodyProblem(node: BodyNode, place?: BodyPlace): string | undefined {
  switch (node.type) {
    case 'mdxjsEsm':
      return 'import and export are program code, not allowed in a text: remove the line';
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return 'curly braces { } hold program code, not allowed in a text: remove them or write the text without them';
    case 'link': {
      const unsafe = unsafeUrlReason(node.url ?? '');
      return unsafe && `the link ${shown(node.url ?? '')}: ${unsafe}`;
    }
    case 'definition': {
      const unsafe = unsafeUrlReason(node.url ?? '');
      return unsafe && `the link address [${node.label}]: ${shown(node.url ?? '')}: ${unsafe}`;
    }
    case 'imageReference':
      return `a picture written as ![…][${node.label}] cannot be checked: write it as ${IMAGE_EXAMPLE}`;
    case 'image':
      return (
        imageProblem(node.url ?? '', place) ??
        (node.alt?.trim() ? undefined : 'an image needs alternative text: describe it between the brackets, ![like this](picture.png)')
      );
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      const handler = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && /^on/i.test(a.name ?? ''));
      if (handler) return `the attribute ${handler.name}= is program code (an event handler), not allowed in a text`;
      if (DANGEROUS.has(name.toLowerCase())) return `<${name}> is not allowed in a text`;
      if (!(BODY_COMPONENTS as readonly string[]).includes(name)) {
        return `<${name}> cannot be used in a text; use Markdown, or one of: ${BODY_COMPONENTS.map((c) => `<${c}>`).join(', ')}`;
      }
      return componentProblem(name, node.attributes ?? []);
    }
    default:
      return undefined;
  }
}

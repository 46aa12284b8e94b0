// Applies src/lib/body-rules.ts to every .md/.mdx body as Astro compiles it, before any of it can run: the build
// stops with every problem of the file, each with the file and line.
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { bodyProblem, type BodyNode } from '../lib/body-rules';

const root = process.cwd();
const imagesDir = join(root, 'content/images');
/** The problems found so far in each document being compiled, keyed by its data bag (one per compile). */
const found = new WeakMap<object, string[]>();

type Context = { fileURL: URL | undefined; data: object };

const check = (node: Readonly<BodyNode & { position?: { start: { line: number } } }>, context: Context) => {
  const file = context.fileURL ? fileURLToPath(context.fileURL) : undefined;
  const problem = bodyProblem(node, { file, imagesDir });
  if (!problem) return;
  const problems = found.get(context.data) ?? [];
  found.set(context.data, problems);
  problems.push(`${file ? relative(root, file) : 'a content file'}:${node.position?.start.line ?? '?'}: ${problem}`);
};

export const bodyRules = defineMdastPlugin({
  name: 'body-rules',
  options: { position: true },
  mdxjsEsm: check,
  mdxFlowExpression: check,
  mdxTextExpression: check,
  mdxJsxFlowElement: check,
  mdxJsxTextElement: check,
  link: check,
  definition: check,
  image: check,
  imageReference: check,
  after: (_root, context) => {
    const problems = found.get(context.data);
    if (!problems) return;
    found.delete(context.data);
    throw new Error(problems.join('\n'));
  },
});

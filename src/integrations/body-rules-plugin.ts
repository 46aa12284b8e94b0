// Applies src/lib/body-rules.ts to every .md/.mdx body as Astro compiles it, failing the build with file and line.
import { defineMdastPlugin } from 'satteri';
import { bodyProblem, type BodyNode } from '../lib/body-rules';

const root = process.cwd() + '/';

const check = (node: Readonly<BodyNode & { position?: { start: { line: number } } }>, context: { fileURL: URL | undefined }) => {
  const problem = bodyProblem(node);
  if (!problem) return;
  const file = context.fileURL ? decodeURIComponent(context.fileURL.pathname).replace(root, '') : 'a content file';
  throw new Error(`${file}:${node.position?.start.line ?? '?'}: ${problem}`);
};

export const bodyRules = defineMdastPlugin({
  name: 'body-rules',
  options: { position: true },
  mdxjsEsm: check,
  mdxFlowExpression: check,
  mdxTextExpression: check,
  mdxJsxFlowElement: check,
  mdxJsxTextElement: check,
  image: check,
});

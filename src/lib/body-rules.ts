// What a guide or page body may contain. Staff edit bodies in the CMS; code in them could break the build,
// run in readers' browsers or get round the security policy, so anything but Markdown and our components stops the build.

/** The components a body may use: each has an editor component in the CMS that writes it back exactly. */
export const BODY_COMPONENTS = ['Callout', 'OfficialStatementLink'] as const;

const DANGEROUS = new Set(['script', 'iframe', 'style', 'object', 'embed', 'form', 'frame']);

/** The parts of an mdast node the rules look at. */
export interface BodyNode {
  type: string;
  name?: string | null;
  alt?: string | null;
  attributes?: readonly { type: string; name?: string }[];
}

/** A reader-facing description of what is wrong with one node of a body, or undefined when it is fine. */
export function bodyProblem(node: BodyNode): string | undefined {
  switch (node.type) {
    case 'mdxjsEsm':
      return 'import and export are program code, not allowed in a text: remove the line';
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return 'curly braces { } hold program code, not allowed in a text: remove them or write the text without them';
    case 'image':
      return node.alt?.trim() ? undefined : 'an image needs alternative text: describe it between the brackets, ![like this](picture.png)';
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      const handler = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && /^on/i.test(a.name ?? ''));
      if (handler) return `the attribute ${handler.name}= is program code (an event handler), not allowed in a text`;
      if (DANGEROUS.has(name.toLowerCase())) return `<${name}> is not allowed in a text`;
      if (!(BODY_COMPONENTS as readonly string[]).includes(name)) {
        return `<${name}> cannot be used in a text; use Markdown, or one of: ${BODY_COMPONENTS.map((c) => `<${c}>`).join(', ')}`;
      }
      if (node.attributes?.some((a) => a.type !== 'mdxJsxAttribute')) return `<${name}> has an attribute with { } program code`;
      return undefined;
    }
    default:
      return undefined;
  }
}

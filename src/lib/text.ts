/** Fills {placeholders} in an interface string; a missing value is an error so no "{name}" reaches a reader. */
export function fill(template: string, values: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    if (!(key in values)) throw new Error(`The interface text "${template}" needs a value for {${key}}`);
    return values[key]!;
  });
}

/** The HTML elements that have no closing tag. */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** Text made safe in HTML (or Pango markup): in an element's text and in a double-quoted attribute. */
export const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The callout box staff write as <Callout>…</Callout>: the one markup for the site, guide bodies and CMS previews. */
export const calloutHtml = (innerHtml: string) => `<div class="callout" role="note">${innerHtml}</div>`;

/** Invisible characters that a paste from Word or e-mail can carry: they make XML invalid or hide what a text says. */
const CONTROL =
  /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const CONTROL_NAMES: Record<string, string> = {
  '\t': 'a tab',
  '\r': 'a carriage return',
  '\u000B': 'a vertical tab',
  '\u000C': 'a page break',
};

/** Why a text from content holds a character it must not, naming the character and where, or undefined. */
export function controlCharacterProblem(text: string): string | undefined {
  const match = CONTROL.exec(text);
  if (!match) return undefined;
  const code = `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  const name = CONTROL_NAMES[match[0]] ?? 'an invisible control character';
  return `contains ${name} (${code}) at character ${match.index + 1}, probably pasted from another program: delete it and type a space instead`;
}

/** JSON for a <script> element: "<", ">", "&" and the JavaScript line breaks U+2028/U+2029 as \u escapes, so no text can end the script. */
export const scriptJson = (value: unknown) =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

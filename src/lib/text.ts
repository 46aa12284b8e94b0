/** Fills {placeholders} in an interface string; a missing value is an error so no "{name}" reaches a reader. */
export function fill(template: string, values: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    if (!(key in values)) throw new Error(`The interface text "${template}" needs a value for {${key}}`);
    return values[key]!;
  });
}

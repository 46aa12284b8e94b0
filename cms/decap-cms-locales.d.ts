// decap-cms-locales ships no types; each locale is a nested object of interface strings.
declare module 'decap-cms-locales' {
  export const da: Record<string, unknown>;
}

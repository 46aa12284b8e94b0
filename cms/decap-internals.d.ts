// Decap's own modules the entry check reads (cms/validation.ts): the store, the backend, the slug it gives a new entry.
declare module 'decap-cms-core/dist/esm/redux' {
  export const store: { getState: () => unknown };
}
declare module 'decap-cms-core/dist/esm/backend' {
  export const currentBackend: (config: unknown) => { listAllEntries: (collection: unknown) => Promise<unknown[]> };
}
declare module 'decap-cms-core/dist/esm/lib/formatters' {
  export function slugFormatter(collection: unknown, entryData: unknown, slugConfig: unknown): string;
}
declare module 'decap-cms-core/dist/esm/formats/frontmatter' {
  export const FrontmatterInfer: {
    fromFile: (content: string) => Record<string, unknown>;
    toFile: (data: object, sortedKeys?: string[], comments?: Record<string, string>) => string;
  };
}

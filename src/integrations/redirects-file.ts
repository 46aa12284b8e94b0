// Renamed guides: each former address has a small redirect page (for any static host); the serving rules
// (src/lib/serving.ts) read the 301s from those pages, so the pages, _redirects and the server configs agree.
import { builtPages } from './built-pages';

/** Former address → new address, for every redirect page the build wrote. */
export async function formerAddresses(site: string): Promise<[string, string][]> {
  const moved: [string, string][] = [];
  for await (const [file, html] of builtPages(site)) {
    const to = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];
    if (to) moved.push([`/${file.replace(/index\.html$/, '')}`, to]);
  }
  return moved;
}

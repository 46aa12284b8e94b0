// Every page the build wrote, for the build steps that read them after Astro (search index, _headers, _redirects).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Yields each built HTML page as its path relative to the site folder and its text, in path order. */
export async function* builtPages(site: string): AsyncGenerator<[file: string, html: string]> {
  const files = (await readdir(site, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
  for (const file of files) yield [file, await readFile(join(site, file), 'utf8')];
}

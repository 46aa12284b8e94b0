// Which files content may point to. A path from content must stay in its folder, and a picture must really be a
// raster image: an SVG (or an SVG named .png) served from the site's own address could run script.
import { closeSync, existsSync, openSync, readSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';

export const IMAGES_FOLDER = 'content/images';
export const RASTER_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp', 'avif', 'gif'] as const;

/** The format the first bytes of a file show, for the raster formats we publish; undefined for anything else. */
export function rasterFormat(bytes: Uint8Array): string | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes[0] === 0x89 && ascii(1, 4) === 'PNG') return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(0, 4) === 'GIF8') return 'gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(8, 12))) return 'avif';
  return undefined;
}

const firstBytes = (file: string) => {
  const fd = openSync(file, 'r');
  try {
    const bytes = new Uint8Array(16);
    return bytes.subarray(0, readSync(fd, bytes, 0, 16, 0));
  } finally {
    closeSync(fd);
  }
};

/** True when the file's first bytes show a raster picture, whatever its name says. */
export const isRasterFile = (file: string) => rasterFormat(firstBytes(file)) !== undefined;

/** True when `file` (after following links) lies inside `folder`. */
export function isInside(folder: string, file: string): boolean {
  const real = (path: string) => (existsSync(path) ? realpathSync(path) : resolve(path));
  const path = relative(real(folder), real(file));
  return path !== '' && !path.startsWith('..') && !isAbsolute(path);
}

/** What the path alone says against a picture (the CMS checks this much in the browser, where files cannot be read). */
export function picturePathProblem(path: string, fromFolder: string, root = process.cwd()): string | undefined {
  const where = `put the picture in ${IMAGES_FOLDER}/ and use it from there`;
  if (/^[a-z][a-z0-9+.-]*:|^[/\\]{2}/i.test(path)) return `pictures from other sites cannot be used: ${where}`;
  if (!isInside(join(root, IMAGES_FOLDER), resolve(fromFolder, path))) return `"${path}" is not in ${IMAGES_FOLDER}/: ${where}`;
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (!extension || !(RASTER_EXTENSIONS as readonly string[]).includes(extension)) {
    return `"${path}" is not a photo or drawing the site can show: use a ${RASTER_EXTENSIONS.join(', ')} file (SVG is not allowed)`;
  }
  return undefined;
}

/**
 * Why a picture named by a content file cannot be used, in words for staff, or undefined when it can.
 * `path` is as written in the file; `fromFolder` is the folder of that file; `root` is the project.
 */
export function pictureProblem(path: string, fromFolder: string, root = process.cwd()): string | undefined {
  const problem = picturePathProblem(path, fromFolder, root);
  if (problem) return problem;
  const file = resolve(fromFolder, path);
  const extension = /\.([a-z0-9]+)$/i.exec(path)![1]!.toLowerCase();
  if (!existsSync(file)) return `the picture ${relative(root, file)} does not exist`;
  if (!isRasterFile(file)) return `${relative(root, file)} is not really a ${extension} picture: save it again as ${extension}`;
  return undefined;
}

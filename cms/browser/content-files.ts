// src/lib/content-files.ts in the CMS's browser bundle: a picture's path is checked as the build checks it; whether
// the file exists and its first bytes show a picture are left to the build (the browser cannot read them).
import { picturePathProblem } from '../../src/lib/content-files';

export { IMAGES_FOLDER, RASTER_EXTENSIONS, isInside, rasterFormat } from '../../src/lib/content-files';
export const pictureProblem = picturePathProblem;
export const isRasterFile = (_file: string) => true;

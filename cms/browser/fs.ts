// node:fs for the schemas and body rules in the CMS's browser bundle (src/integrations/cms-bundle.ts). The browser
// cannot read the project's files, so a file the content names (a video, a caption, a picture) is taken as there
// and readable: the CMS checks its path, and the build checks that it exists and what it holds.
export const existsSync = (_path: string) => true;
/** A caption file is parsed by the schema: in the browser it reads as a valid WebVTT file of one cue. */
export const readFileSync = (_path: string, _encoding?: string) => 'WEBVTT\n\n00:00.000 --> 00:01.000\n…\n';
export const realpathSync = (path: string) => path;
const notHere = () => {
  throw new Error('files cannot be read in the browser');
};
export const openSync = notHere;
export const readSync = notHere;
export const closeSync = notHere;

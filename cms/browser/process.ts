// process.cwd() for the schemas in the browser: paths are resolved against a project root that is never read.
export const browserCwd = () => '/project';

// The CMS's local backend for `npm start`: decap-server's own file-system middleware, behind three checks the
// decap-server command does not make. Only the CMS on the dev site may use it (Host and Origin), and only for the
// files the CMS configuration edits (cms/config.ts), so no web page and no local program can write elsewhere.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import cors from 'cors';
import { build } from 'esbuild';
import express from 'express';

const require = createRequire(import.meta.url);
const { registerLocalFs } = require('decap-server/dist/middlewares.js');

/** cms/config.ts of the project in `root`, bundled by esbuild because plain Node cannot import it. */
export async function loadCmsConfig(root) {
  const { outputFiles } = await build({
    entryPoints: [join(root, 'cms/config.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'warning',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].contents).toString('base64')}`);
}

/** What the CMS configuration edits: its collections' folders and files, and its media folder. */
export function editedPaths(config) {
  return {
    folders: [config.media_folder, ...config.collections.flatMap((c) => (c.folder ? [c.folder] : []))],
    files: config.collections.flatMap((c) => (c.files ?? []).map((f) => f.file)),
  };
}

/** Why the CMS may not read or write `path` (relative to the project), or undefined if it may. */
export function refusePath(path, { folders, files }) {
  if (typeof path !== 'string' || path === '') return 'a path is missing';
  if (path.includes('\\')) return `${path} has a backslash`;
  if (path.startsWith('/') || /^[a-z]:/i.test(path)) return `${path} is an absolute path`;
  // Only whole ".." segments: a slug such as "trin-1...-og-2" is a name, not a way up.
  if (path.split('/').some((part) => part === '..' || part === '.' || part === '')) return `${path} is not a plain path`;
  if (files.includes(path) || folders.some((folder) => path === folder || path.startsWith(`${folder}/`))) return undefined;
  return `${path} is outside the folders the CMS edits (${[...folders, ...files].join(', ')})`;
}

// The paths each action of decap-server's file-system mode names; any other action is refused.
const fileOf = (file) => (file?.newPath === undefined ? [file?.path] : [file.path, file.newPath]);
const PATHS_OF = {
  info: () => [],
  getDeployPreview: () => [],
  entriesByFolder: (p) => [p.folder],
  entriesByFiles: (p) => p.files.map((f) => f?.path),
  getEntry: (p) => [p.path],
  persistEntry: (p) => [p.entry, ...(p.dataFiles ?? []), ...(p.assets ?? [])].filter(Boolean).flatMap(fileOf),
  getMedia: (p) => [p.mediaFolder],
  getMediaFile: (p) => [p.path],
  persistMedia: (p) => [p.asset?.path],
  deleteFile: (p) => [p.path],
  deleteFiles: (p) => p.paths,
};

/** Why a request body is refused, or undefined. */
export function refuseAction(body, edited) {
  const pathsOf = Object.hasOwn(PATHS_OF, body?.action) ? PATHS_OF[body.action] : undefined;
  if (!pathsOf) return `the action ${JSON.stringify(body?.action)} is not one the CMS uses here`;
  try {
    for (const path of pathsOf(body.params ?? {})) {
      const why = refusePath(path, edited);
      if (why) return why;
    }
  } catch {
    return `the paths of ${body.action} are malformed`;
  }
  return undefined;
}

/** The backend as an express app, for the CMS at http://127.0.0.1:<sitePort>/admin/ (or localhost). */
export async function createCmsBackend({ root, sitePort, backendPort, config, log = console }) {
  const hosts = new Set([`127.0.0.1:${backendPort}`, `localhost:${backendPort}`]);
  const origins = new Set([`http://127.0.0.1:${sitePort}`, `http://localhost:${sitePort}`]);
  const edited = editedPaths(config);
  const refuse = (res, why) => {
    log.warn(`CMS backend refused a request: ${why}.`);
    res.status(403).type('text/plain').send(`Refused: ${why}.\n`);
  };

  const app = express();
  app.disable('x-powered-by');
  app.use((req, res, next) => {
    const { host, origin } = req.headers;
    // A DNS-rebinding page reaches us under its own host name.
    if (!hosts.has(host)) return refuse(res, `the Host ${JSON.stringify(host ?? '')} is not this backend's address`);
    // The CMS is on another port, so the browser always sends Origin; a request without one is not from the CMS.
    if (!origin) return refuse(res, 'no Origin header, so not from the CMS in a browser');
    if (!origins.has(origin)) return refuse(res, `${origin} is not the site at http://127.0.0.1:${sitePort}/`);
    next();
  });
  app.use(cors({ origin: [...origins] })); // answers the browser's preflight, for our origin only
  app.use(express.json({ limit: '50mb' }));
  app.post('/api/v1', (req, res, next) => {
    const why = refuseAction(req.body, edited);
    if (why) return refuse(res, why);
    // A language pane with no text yet comes as an empty file (cms/validation.ts, registerTextFormat): not written.
    if (req.body.action === 'persistEntry' && Array.isArray(req.body.params?.dataFiles)) {
      req.body.params.dataFiles = req.body.params.dataFiles.filter((file) => typeof file?.raw !== 'string' || file.raw.trim() !== '');
    }
    return next();
  });
  // decap-server reads the project folder from this variable; its own CORS and JSON parsing come after ours.
  process.env.GIT_REPO_DIRECTORY = root;
  await registerLocalFs(app);
  return app;
}

/** Starts the backend on 127.0.0.1 only, at the port the CMS configuration names. */
export async function startCmsBackend({ root = process.cwd(), sitePort }) {
  const { cmsConfig, LOCAL_BACKEND_URL } = await loadCmsConfig(root);
  const backendPort = Number(new URL(LOCAL_BACKEND_URL).port);
  const app = await createCmsBackend({ root, sitePort, backendPort, config: cmsConfig() });
  return new Promise((resolve, reject) => {
    const server = app.listen(backendPort, '127.0.0.1', () => {
      console.log(`CMS backend (decap-server) on http://127.0.0.1:${backendPort}, only for the CMS at http://127.0.0.1:${sitePort}/admin/`);
      resolve(server);
    });
    server.on('error', reject);
  });
}

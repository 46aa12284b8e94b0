// `npm start`: the site with live reload at http://127.0.0.1:4321/ and the CMS at /admin/, on the local
// backend (decap-server's middleware in scripts/cms-backend.mjs, on 127.0.0.1:8081), which edits the files in
// content/ directly and answers only the CMS on this site.
import { spawn, spawnSync } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { startCmsBackend } from './cms-backend.mjs';

const port = process.env.PORT ?? '4321';
// The project's own tools and its own Node (npm package "node"), also when this is started without npm.
const env = { ...process.env, PATH: [join(process.cwd(), 'node_modules', '.bin'), process.env.PATH].join(delimiter) };
// Astro caches validated content; a fresh sync makes a change to the schemas take effect.
spawnSync('astro', ['sync', '--force'], { stdio: 'inherit', env });
const backend = await startCmsBackend({ root: process.cwd(), sitePort: port });
const children = [
  // --ignore-lock keeps astro dev in the foreground, also when it thinks an agent runs it.
  spawn('astro', ['dev', '--host', '127.0.0.1', '--port', port, '--ignore-lock'], { stdio: 'inherit', env }),
];
console.log(`\nThe site: http://127.0.0.1:${port}/   The CMS: http://127.0.0.1:${port}/admin/ (press "Login")\n`);

const stop = (code = 0) => {
  backend.close();
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
};
for (const child of children) child.on('exit', (code) => stop(code ?? 1));
process.on('SIGINT', () => stop());
process.on('SIGTERM', () => stop());

// For the CMS browser tests: `npm start` (the README's run command) in a throwaway copy of the project with the
// fixture site's content (tests/fixtures/site), so the tests can write content through the CMS without touching
// the real content/ folder, and name the guides they edit.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { copyProject, PROJECT_ROOT } from './copy-project.mjs';

export const CMS_TEST_DIR = '/tmp/ny-i-aalborg-cms-test';
export const CMS_TEST_PORT = 4331;

if (import.meta.url === `file://${process.argv[1]}`) {
  copyProject({ dir: CMS_TEST_DIR, fixture: join(PROJECT_ROOT, 'tests/fixtures/site') });
  const server = spawn('node', ['scripts/start.mjs'], {
    cwd: CMS_TEST_DIR,
    stdio: 'inherit',
    env: { ...process.env, PORT: String(CMS_TEST_PORT) },
  });
  const stop = () => server.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code) => process.exit(code ?? 0));
}

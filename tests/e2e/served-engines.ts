// The engines the site runs on in production, started on a built site with the configuration the build generated:
// Cloudflare's runtime (`wrangler pages dev`, offline, reads dist/_headers and dist/_redirects), nginx with
// deploy/nginx.conf and Caddy with deploy/Caddyfile (Debian's packages; `.ci/run` installs them).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT as root } from '../../scripts/copy-project.mjs';

export interface Engine {
  name: 'wrangler' | 'nginx' | 'caddy';
  port: number;
}

export const ENGINES: Engine[] = [
  { name: 'wrangler', port: 4338 },
  { name: 'nginx', port: 4336 },
  { name: 'caddy', port: 4337 },
];

const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** Starts `engine` on the project copy `dir` (its dist/ and deploy/), waits until it answers, and returns a stop function. */
export async function startEngine(engine: Engine, dir: string): Promise<() => void> {
  const temp = mkdtempSync(join(tmpdir(), `ny-i-aalborg-${engine.name}-`));
  const address = `127.0.0.1:${engine.port}`;
  let child: ChildProcess;
  if (engine.name === 'wrangler') {
    child = spawn(
      join(root, 'node_modules/.bin/wrangler'),
      ['pages', 'dev', 'dist', '--ip', '127.0.0.1', '--port', String(engine.port), '--compatibility-date=2026-05-01'],
      {
        cwd: dir,
        env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1' },
        stdio: 'ignore',
      },
    );
  } else if (engine.name === 'nginx') {
    need('nginx', 'apt-get install -y nginx libnginx-mod-http-brotli-static');
    if (!existsSync(BROTLI_MODULE))
      throw new Error(`nginx has no brotli_static module: apt-get install -y libnginx-mod-http-brotli-static`);
    const site = readFileSync(join(dir, 'deploy/nginx.conf'), 'utf8').replace(/^ {2}listen .*$/m, `  listen ${address};`);
    writeFileSync(join(temp, 'site.conf'), site);
    // The generated server block inside a minimal nginx.conf: one process in the foreground, everything in `temp`.
    const paths = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${temp}/${kind};`);
    writeFileSync(
      join(temp, 'nginx.conf'),
      [
        `load_module ${BROTLI_MODULE};`,
        'daemon off;',
        'master_process off;',
        `pid ${temp}/nginx.pid;`,
        `error_log ${temp}/error.log warn;`,
        'events {}',
        'http {',
        '  include /etc/nginx/mime.types;',
        '  default_type application/octet-stream;',
        '  access_log off;',
        ...paths,
        `  include ${temp}/site.conf;`,
        '}',
        '',
      ].join('\n'),
    );
    mkdirSync(join(temp, 'logs'));
    child = spawn('nginx', ['-p', temp, '-c', join(temp, 'nginx.conf')], { stdio: 'ignore' });
  } else {
    need('caddy', 'apt-get install -y caddy');
    const site = readFileSync(join(dir, 'deploy/Caddyfile'), 'utf8').replace(/^:80 \{$/m, `http://${address} {`);
    writeFileSync(join(temp, 'Caddyfile'), `{\n\tadmin off\n\tauto_https off\n}\n${site}`);
    child = spawn('caddy', ['run', '--config', join(temp, 'Caddyfile'), '--adapter', 'caddyfile'], {
      env: { ...process.env, XDG_DATA_HOME: temp, XDG_CONFIG_HOME: temp, HOME: temp },
      stdio: 'ignore',
    });
  }
  const stop = () => {
    child.kill('SIGTERM');
    rmSync(temp, { recursive: true, force: true });
  };
  for (let tries = 0; ; tries++) {
    if (
      await fetch(`http://${address}/da/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return stop;
    if (child.exitCode !== null || tries > 120) {
      stop();
      throw new Error(`${engine.name} did not start on ${address}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function need(command: string, install: string) {
  if (spawnSync('sh', ['-c', `command -v ${command}`]).status !== 0) throw new Error(`${command} is missing; as root: ${install}`);
}

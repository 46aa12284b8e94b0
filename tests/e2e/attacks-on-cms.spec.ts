// The CMS's local backend (scripts/cms-backend.mjs) as `npm start` runs it (in the copy of
// scripts/cms-test-server.mjs), attacked with plain HTTP requests: a DNS-rebinding page, another site, a local
// program, and paths outside what the CMS edits. The name ends in cms.spec.ts, so it runs with the CMS tests.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { LOCAL_BACKEND_URL } from '../../cms/config';
import { CMS_TEST_DIR, CMS_TEST_PORT } from '../../scripts/cms-test-server.mjs';

const backend = new URL(LOCAL_BACKEND_URL);
const site = `http://127.0.0.1:${CMS_TEST_PORT}`;
const file = (path: string) => join(CMS_TEST_DIR, path);

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

/** One request as any program can send it: every header chosen, `undefined` leaves it out. */
function send(body: unknown, headers: Record<string, string | undefined> = {}, method = 'POST'): Promise<Answer> {
  const all = { host: backend.host, origin: site, 'content-type': 'application/json', ...headers };
  const data = body === undefined ? '' : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: backend.port,
        path: backend.pathname,
        method,
        setHost: false,
        headers: Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined)),
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text }));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

const options = { commitMessage: 'test', useWorkflow: false, status: 'draft' };
const persistEntry = (path: string, raw = 'written by an attacker\n') => ({
  action: 'persistEntry',
  params: { branch: 'main', dataFiles: [{ slug: 'x', path, raw }], assets: [], options },
});
const persistMedia = (path: string) => ({
  action: 'persistMedia',
  params: {
    branch: 'main',
    asset: { path, content: Buffer.from('written by an attacker\n').toString('base64'), encoding: 'base64' },
    options: { commitMessage: 'test' },
  },
});

test.describe.configure({ mode: 'serial' });

test('a request under another host name (DNS rebinding), from another site, or without an Origin is refused, and nothing is written', async () => {
  const target = 'content/guides/da/angreb.mdx';
  const attempts: [string, Record<string, string | undefined>][] = [
    ['DNS rebinding', { host: `rebind.example:${backend.port}`, origin: `http://rebind.example:${backend.port}` }],
    ['another host name, right origin', { host: `rebind.example:${backend.port}` }],
    ['another site', { origin: 'https://evil.example' }],
    ['another local port', { origin: 'http://127.0.0.1:3000' }],
    ['the right port over https', { origin: `https://127.0.0.1:${CMS_TEST_PORT}` }],
    ['a sandboxed page', { origin: 'null' }],
    ['no Origin (curl, a local program)', { origin: undefined }],
  ];
  for (const [who, headers] of attempts) {
    for (const body of [persistEntry(target), { action: 'info' }]) {
      const answer = await send(body, headers);
      expect(answer.status, who).toBe(403);
      expect(answer.text, who).toMatch(/^Refused: /);
      expect(answer.headers['access-control-allow-origin'], who).toBeUndefined();
    }
  }
  // The browser's preflight from another site gets no CORS answer, so the browser never sends the request.
  const preflight = await send(
    undefined,
    { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'content-type': undefined },
    'OPTIONS',
  );
  expect(preflight.status).toBe(403);
  expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  expect(existsSync(file(target))).toBe(false);
});

test('from the CMS origin, every path outside the folders the CMS edits is refused, to read or to write', async () => {
  const before = readFileSync(file('astro.config.mjs'), 'utf8');
  const attempts = [
    persistEntry('.git/hooks/pre-commit', '#!/bin/sh\ntouch /tmp/pwned\n'),
    persistEntry('src/pages/x.astro'),
    persistEntry('content/../src/x'),
    // A move out of content/: the file it starts from is one the CMS edits.
    {
      action: 'persistEntry',
      params: {
        ...persistEntry('x').params,
        dataFiles: [{ slug: 'x', path: 'content/guides/da/ok.mdx', newPath: 'src/pages/moved.astro', raw: 'x' }],
      },
    },
    persistMedia('public/_headers'),
    persistMedia('content\\images\\..\\..\\src\\x.astro'),
    persistMedia('/tmp/ny-i-aalborg-attack'),
    { action: 'getEntry', params: { branch: 'main', path: '/etc/passwd' } },
    { action: 'getEntry', params: { branch: 'main', path: 'content/../../../../etc/passwd' } },
    { action: 'getMediaFile', params: { branch: 'main', path: 'package.json' } },
    { action: 'entriesByFolder', params: { branch: 'main', folder: '.', extension: 'mjs', depth: 2 } },
    { action: 'deleteFile', params: { branch: 'main', path: 'astro.config.mjs', options: { commitMessage: 'test' } } },
    {
      action: 'deleteFiles',
      params: { branch: 'main', paths: ['content/images/x.png', 'astro.config.mjs'], options: { commitMessage: 'test' } },
    },
    { action: 'publishUnpublishedEntry', params: { branch: 'main', collection: 'guides', slug: 'x' } },
  ];
  for (const body of attempts) {
    const answer = await send(body);
    expect(answer.status, JSON.stringify(body)).toBe(403);
    expect(answer.text).toMatch(/^Refused: /);
  }
  for (const path of ['.git', 'src/pages/x.astro', 'src/x', 'src/pages/moved.astro', 'public/_headers', 'content/guides/da/ok.mdx']) {
    expect(existsSync(file(path)), path).toBe(false);
  }
  expect(existsSync('/tmp/ny-i-aalborg-attack')).toBe(false);
  expect(readFileSync(file('astro.config.mjs'), 'utf8')).toBe(before);
});

test('the CMS origin reads and writes content files, with a CORS answer for it alone', async () => {
  // An existing file written back unchanged, so the other CMS tests see the same content.
  const path = 'content/ui/da.yml';
  const raw = readFileSync(file(path), 'utf8');
  const written = statSync(file(path)).mtimeMs;
  const entry = await send({ action: 'getEntry', params: { branch: 'main', path } });
  expect(entry.status).toBe(200);
  expect(JSON.parse(entry.text).data).toBe(raw);
  const save = await send(persistEntry(path, raw));
  expect(save.status, save.text).toBe(200);
  expect(save.headers['access-control-allow-origin']).toBe(site);
  expect(statSync(file(path)).mtimeMs).toBeGreaterThan(written);
  expect(readFileSync(file(path), 'utf8')).toBe(raw);

  // A picture into the media folder, and deleted again; also under the name localhost.
  const picture = 'content/images/backend-test.txt';
  const media = await send(persistMedia(picture), { host: `localhost:${backend.port}`, origin: `http://localhost:${CMS_TEST_PORT}` });
  expect(media.status, media.text).toBe(200);
  expect(media.headers['access-control-allow-origin']).toBe(`http://localhost:${CMS_TEST_PORT}`);
  expect(readFileSync(file(picture), 'utf8')).toBe('written by an attacker\n');
  expect((await send({ action: 'deleteFile', params: { branch: 'main', path: picture, options: { commitMessage: 'test' } } })).status).toBe(
    200,
  );
  expect(existsSync(file(picture))).toBe(false);

  const preflight = await send(
    undefined,
    { 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type', 'content-type': undefined },
    'OPTIONS',
  );
  expect(preflight.status).toBe(204);
  expect(preflight.headers['access-control-allow-origin']).toBe(site);
});

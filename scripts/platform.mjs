// The whole platform started as `npm start` starts it (the built web + the API) on a scratch
// embedded PostgreSQL with the demo year, for what drives it from outside: the browser tests'
// global setup and `npm run screenshots`. `stopPlatform` ends what `startPlatform` began.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A TCP port free on 127.0.0.1 now. */
export const freePort = () =>
  new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
    server.on('error', fail);
  });

/**
 * Starts the API (serving dist/apps/web) on a free port and waits until it answers.
 * `env` adds to the platform's environment; `name` tags the scratch directory.
 * Returns `{ baseUrl, child, scratch }`; the scratch directory holds the database and the demo year's files.
 */
export async function startPlatform({ name = 'platform', env = {}, timeoutMs = 180_000 } = {}) {
  if (!existsSync(join(root, 'dist/apps/web/index.html'))) throw new Error('Build the web app first (vite build -c apps/web/vite.config.ts)');
  const port = await freePort();
  const scratch = mkdtempSync(join(tmpdir(), `inno-${name}-`));
  chmodSync(scratch, 0o755); // the postgres user initialises the cluster inside it
  const output = [];
  const child = spawn(process.execPath, ['-r', './apps/api/register.cjs', 'apps/api/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: '',
      PORT: String(port),
      HOST: '127.0.0.1',
      EMBEDDED_PG_DIR: join(scratch, 'postgres'),
      EMBEDDED_PG_PORT: String(await freePort()),
      // The demo year's product pictures go with the scratch database, not into the repository's .data/.
      STORAGE_DIR: join(scratch, 'files'),
      SEED_DEMO: 'true',
      NODE_ENV: 'development',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => output.push(String(chunk)));
  child.stderr.on('data', (chunk) => output.push(String(chunk)));
  // Its pipes must not keep the caller alive once it has been stopped.
  for (const handle of [child, child.stdout, child.stderr]) handle.unref();

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The platform exited:\n${output.join('').slice(-4000)}`);
    try {
      if ((await fetch(`${baseUrl}/api/v1/health`)).ok) return { baseUrl, child, scratch };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stopPlatform({ child, scratch });
      throw new Error(`The platform did not start in time:\n${output.join('').slice(-4000)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** SIGTERM (the API stops its database cleanly), SIGKILL after 15 s; then the scratch directory goes. */
export async function stopPlatform({ child, scratch }) {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((done) => child.on('exit', done));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}

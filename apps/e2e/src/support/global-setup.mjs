// Starts the whole platform once, as `npm start` does (built web + API on a scratch embedded
// PostgreSQL with demo data), and waits until it answers.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../../..');

const freePort = () =>
  new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
    server.on('error', fail);
  });

export default async function globalSetup() {
  if (!existsSync(join(root, 'dist/apps/web/index.html'))) throw new Error('Build the web app first (nx run e2e:e2e does)');
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'inno-e2e-pg-'));
  chmodSync(dataDir, 0o755); // the postgres user initialises the cluster inside it
  const output = [];
  const platform = spawn(process.execPath, ['-r', './apps/api/register.cjs', 'apps/api/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: '',
      PORT: String(port),
      HOST: '127.0.0.1',
      EMBEDDED_PG_DIR: join(dataDir, 'postgres'),
      EMBEDDED_PG_PORT: String(await freePort()),
      // The demo year's product pictures go with the scratch database, not into the repository's .data/.
      STORAGE_DIR: join(dataDir, 'files'),
      SEED_DEMO: 'true',
      // Every browser test signs in from 127.0.0.1: the per-address limit would otherwise throttle the suite itself.
      AUTH_RATE_LIMIT_PER_MINUTE: '1000',
      NODE_ENV: 'development',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  platform.stdout.on('data', (chunk) => output.push(String(chunk)));
  platform.stderr.on('data', (chunk) => output.push(String(chunk)));
  // Its pipes must not keep the test runner alive after teardown has stopped it.
  for (const handle of [platform, platform.stdout, platform.stderr]) handle.unref();
  globalThis.__INNO_PLATFORM__ = platform;

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (platform.exitCode !== null) throw new Error(`The platform exited:\n${output.join('')}`);
    try {
      const response = await fetch(`${baseUrl}/api/v1/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The platform did not start in time:\n${output.join('')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  process.env.E2E_BASE_URL = baseUrl;
}

import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createTestApp, TestApp } from '../../test/test-app';

const root = resolve(__dirname, '../../../..');

/** main.ts as production runs it, against this file's database; stopped once it answers /health. */
function startApi(t: TestApp, databaseUrl: string): Promise<{ exitCode: number | null; output: string; healthy: boolean }> {
  const dir = mkdtempSync(join(tmpdir(), 'inno-boot-'));
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const child = spawn(process.execPath, ['-r', './apps/api/register.cjs', 'apps/api/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      MIGRATION_DATABASE_URL: t.ownerUrl,
      JWT_SECRET: randomBytes(32).toString('hex'),
      AUDIT_KEY: randomBytes(32).toString('hex'),
      AUDIT_SIGNING_KEY: randomBytes(32).toString('hex'),
      SEALING_KEY: randomBytes(32).toString('hex'),
      AUDIT_CHECKPOINT_DIR: join(dir, 'checkpoints'),
      STORAGE_DIR: join(dir, 'files'),
      WEB_DIST_DIR: '/nonexistent',
      SEED_DEMO: 'false',
      SCHEDULER_INTERVAL_SECONDS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let healthy = false;
  const poll = setInterval(async () => {
    if (!healthy && (await fetch(`http://127.0.0.1:${port}/api/v1/health`).then((r) => r.ok, () => false))) {
      healthy = true;
      child.kill('SIGTERM');
    }
  }, 250);
  return new Promise((done) =>
    child.once('exit', (code) => {
      clearInterval(poll);
      rmSync(dir, { recursive: true, force: true });
      done({ exitCode: code, output, healthy });
    }),
  );
}

describe('the API’s database role at boot', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('refuses, in production, to run as a superuser or as the owner of the audit log', async () => {
    const asSuperuser = await startApi(t, t.superuserUrl);
    expect(asSuperuser).toMatchObject({ healthy: false, exitCode: 1 });
    expect(asSuperuser.output).toMatch(/The API's database role is a superuser/);

    const asOwner = await startApi(t, t.ownerUrl);
    expect(asOwner).toMatchObject({ healthy: false, exitCode: 1 });
    expect(asOwner.output).toMatch(/owns audit_events/);
  }, 60_000);

  it('starts, in production, as the least-privilege role', async () => {
    const started = await startApi(t, t.databaseUrl);
    expect(started).toMatchObject({ healthy: true, exitCode: 0 });
    expect(started.output).not.toMatch(/database role/);
  }, 60_000);
});

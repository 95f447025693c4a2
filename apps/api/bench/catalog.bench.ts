import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { parseCatalogQuery } from '../src/products/catalogue-query';
import { catalogFacetsSql, catalogPageSql, catalogSampleSql, catalogSearchOf, COUNT_BOUND, countsOfFacetRows, estimateOfSampleRows, FACET_SETTINGS, nameCandidatesSql, namesByIndex, pageStrategy, PLAN_SETTINGS, samplePercent, type CatalogSearch, type PageStrategy } from '../src/products/catalogue-search';
import { loadConfig } from '../src/config/app.config';
import { migrate } from '../src/database/data-source';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { ensureRuntimeRole, RUNTIME_ROLE, withCredentials } from '../src/database/roles';
import { seedCatalogue } from './catalog-data';
import { seedWorkflow, type WorkflowFacts } from './statistics-data';
import { FRESH_SECONDS } from '../src/statistics/statistics.service';
import { longTailQueries, longTailSequence, seededRandom } from './catalog-long-tail';
import { paramsOf, pathOf, TERM_MIX } from './catalog-terms';
import { foreignCores, sampleCpu } from './cpu-usage';

/**
 * Catalogue-search benchmark: `npm run bench:catalog -- [--products N] [--duration S] [--connections C]
 * [--database-url URL] [--warmup S] [--rounds R] [--max-foreign-cpu CORES] [--batch N] [--out results.json]
 * [--shared-buffers SIZE] [--rate R] [--pilots N] [--orders N] [--no-statistics | --statistics-only]` (the scratch
 * cluster's shared_buffers; PostgreSQL's default 128MB holds a tenth of 1M products).
 *
 * Two loads: `--connections` clients asking back to back (capacity: req/s, and latency when
 * saturated, which is mostly queueing), then arrivals at a steady `--rate` per second (what a user
 * waits at a given traffic; latency counted from the scheduled send, so a slow answer delays no one).
 *
 * Seeds N synthetic products into a scratch database, starts the real API and a bare Fastify + pg
 * server running the same SQL, loads both with autocannon over a mix of searches, EXPLAIN ANALYZEs
 * the search SQL of every entry of the mix, prints the figures and removes everything it made.
 *
 * Then the public statistics: `--pilots` pilot applications and `--orders` orders are seeded beside
 * the products (with a designation per designated product), each statistics request is timed on a
 * fresh API (the first computes its figures), then the same load is put on them as on the catalogue.
 * `--statistics-only` skips the catalogue's measurements; `--no-statistics` skips these.
 */

const ROOT = resolve(__dirname, '../../..');
const POOL_SIZE = 2;

interface Options {
  products: number;
  duration: number;
  connections: number;
  warmup: number;
  rounds: number;
  maxForeignCpu: number;
  batch: number;
  databaseUrl?: string;
  out?: string;
  /** The scratch cluster's shared_buffers: a server sized for its data, as production would be. */
  sharedBuffers: string;
  /** Arrivals per second of the steady (open-loop) phase; 0 skips it. */
  rate: number;
  /** Workflow rows seeded for the statistics phase. */
  pilots: number;
  orders: number;
  statistics: boolean;
  catalogue: boolean;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { products: 100_000, duration: 10, connections: 20, warmup: 3, rounds: 2, maxForeignCpu: 0.15, batch: 100_000, sharedBuffers: '2GB', rate: 40, pilots: 100_000, orders: 100_000, statistics: true, catalogue: true };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    const count = (min: number) => {
      const n = Number(value().replace(/_/g, ''));
      if (!Number.isInteger(n) || n < min) throw new Error(`${flag} must be an integer ≥ ${min}`);
      return n;
    };
    switch (flag) {
      case '--products': options.products = count(100); break;
      case '--duration': options.duration = count(1); break;
      case '--connections': options.connections = count(1); break;
      case '--warmup': options.warmup = count(0); break;
      case '--rounds': options.rounds = count(1); break;
      case '--max-foreign-cpu': {
        const n = Number(value());
        if (!(n >= 0)) throw new Error(`${flag} must be a number of cores ≥ 0`);
        options.maxForeignCpu = n;
        break;
      }
      case '--batch': options.batch = count(1_000); break;
      case '--database-url': options.databaseUrl = value(); break;
      case '--out': options.out = value(); break;
      case '--shared-buffers': options.sharedBuffers = value(); break;
      case '--rate': options.rate = count(0); break;
      case '--pilots': options.pilots = count(0); break;
      case '--orders': options.orders = count(0); break;
      case '--no-statistics': options.statistics = false; break;
      case '--statistics-only': options.catalogue = false; break;
      case '--help':
        console.log('npm run bench:catalog -- [--products 100000] [--duration 10] [--connections 20] [--warmup 3] [--rounds 2] [--max-foreign-cpu 0.15] [--batch 100000] [--database-url postgres://…] [--out file.json] [--shared-buffers 2GB] [--rate 40] [--pilots 100000] [--orders 100000] [--no-statistics | --statistics-only]');
        process.exit(0);
        break;
      default: throw new Error(`Unknown option ${argv[i]} (try --help)`);
    }
  }
  return options;
}

const log = (line: string) => console.log(`[bench] ${line}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

/** Everything made along the way, undone in reverse order however the run ends. */
const cleanups: { name: string; run: () => Promise<void> | void }[] = [];
let cleaning: Promise<void> | undefined;
/** Idempotent: a signal and a failing step may both ask for it. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    while (cleanups.length) {
      const { name, run } = cleanups.pop()!;
      try {
        await run();
      } catch (error) {
        console.error(`[bench] cleaning up ${name} failed:`, error);
      }
    }
  })();
  return cleaning;
}

// ---------------------------------------------------------------------------------------------
// 1. The scratch database

interface ScratchDatabase {
  /** The API's least-privilege login; `ownerUrl` migrates and loads the data. */
  url: string;
  ownerUrl: string;
  description: string;
}

const BENCH_API_ROLE = 'inno_bench_api';

async function openScratchDatabase(options: Options, scratchDir: string): Promise<ScratchDatabase> {
  if (!options.databaseUrl) {
    const port = await freePort();
    const dataDir = join(scratchDir, 'postgres');
    const started = process.hrtime.bigint();
    const embedded = await startEmbeddedPostgres(dataDir, port, (line) => log(line), { shared_buffers: options.sharedBuffers });
    cleanups.push({ name: 'embedded PostgreSQL', run: () => embedded.stop() });
    log(`Embedded PostgreSQL on port ${port} ready in ${seconds(started).toFixed(1)} s (${dataDir})`);
    return { url: embedded.url, ownerUrl: embedded.ownerUrl, description: `embedded (scratch cluster, initdb --locale-provider=builtin --locale=C.UTF-8, shared_buffers ${options.sharedBuffers})` };
  }
  const name = `catalog_bench_${randomBytes(4).toString('hex')}`;
  // The API runs as in production: a login of the runtime role (database/roles.ts), not the superuser given.
  const apiPassword = randomBytes(12).toString('hex');
  const admin = new Client({ connectionString: options.databaseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
    await ensureRuntimeRole(admin);
    await admin.query(`DO $$ BEGIN CREATE ROLE ${BENCH_API_ROLE} LOGIN IN ROLE ${RUNTIME_ROLE}; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
    await admin.query(`ALTER ROLE ${BENCH_API_ROLE} PASSWORD '${apiPassword}'`);
  } finally {
    await admin.end();
  }
  cleanups.push({
    name: `database ${name}`,
    run: async () => {
      const dropper = new Client({ connectionString: options.databaseUrl });
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        log(`Dropped scratch database ${name}`);
      } finally {
        await dropper.end();
      }
    },
  });
  const url = new URL(options.databaseUrl);
  url.pathname = `/${name}`;
  log(`Scratch database ${name} created on ${url.host}`);
  return { url: withCredentials(url.toString(), BENCH_API_ROLE, apiPassword), ownerUrl: url.toString(), description: `${url.host}, scratch database ${name}` };
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

interface ServerFacts {
  version: string;
  settings: Record<string, string>;
  ctype: string;
}

async function checkServer(url: string): Promise<ServerFacts> {
  return withClient(url, async (client) => {
    const { rows: [db] } = await client.query<{ ctype: string; encoding: string }>(
      `SELECT datctype AS ctype, pg_encoding_to_char(encoding) AS encoding FROM pg_database WHERE datname = current_database()`,
    );
    // Search normalises text by code point (any ctype) but needs a UTF-8 database (normalize()).
    if (db.encoding !== 'UTF8') throw new Error(`The database's encoding is ${db.encoding}: search needs UTF8`);
    const { rows: [v] } = await client.query<{ v: string }>(`SELECT current_setting('server_version') AS v`);
    const names = ['shared_buffers', 'work_mem', 'effective_cache_size', 'random_page_cost', 'jit', 'max_parallel_workers_per_gather', 'gin_fuzzy_search_limit'];
    const { rows } = await client.query<{ name: string; setting: string }>(`SELECT name, current_setting(name) AS setting FROM unnest($1::text[]) AS name`, [names]);
    return { version: v.v, settings: Object.fromEntries(rows.map((r) => [r.name, r.setting])), ctype: db.ctype };
  });
}

// ---------------------------------------------------------------------------------------------
// 3 and 4. The two servers

interface ServerSpec {
  name: string;
  script: string;
  env: Record<string, string>;
  port: number;
  searchPath: string;
  healthPath: string;
}

interface Server extends ServerSpec {
  base: string;
  child: ChildProcess;
  output: string[];
}

function startServer(spec: ServerSpec): Server {
  const child = spawn(process.execPath, ['-r', './apps/api/register.cjs', spec.script], {
    cwd: ROOT,
    env: { ...process.env, ...spec.env, PORT: String(spec.port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString().split('\n').filter(Boolean));
    if (output.length > 200) output.splice(0, output.length - 200);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  cleanups.push({ name: spec.name, run: () => stopChild(child) });
  return { ...spec, base: `http://127.0.0.1:${spec.port}`, child, output };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const done = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
  if (!done) {
    child.kill('SIGKILL');
    await exited;
  }
}

async function waitUntilHealthy(server: Server, timeoutMs = 120_000): Promise<number> {
  const started = process.hrtime.bigint();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`${server.name} exited (code ${server.child.exitCode}):\n${server.output.join('\n')}`);
    try {
      const response = await fetch(server.base + server.healthPath);
      if (response.ok) return seconds(started);
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${server.name} did not answer ${server.healthPath} within ${timeoutMs / 1000} s:\n${server.output.join('\n')}`);
}

interface Fetched {
  status: number;
  body: string;
  ms: number;
}

async function get(url: string): Promise<Fetched> {
  const started = process.hrtime.bigint();
  const response = await fetch(url);
  const body = await response.text();
  return { status: response.status, body, ms: seconds(started) * 1000 };
}

interface ColdRequest {
  query: string;
  total: number;
  totalIsCapped: boolean;
  projectMs: number;
  bareMs: number;
}

/**
 * Each entry of the mix once on each server, one request at a time (this also fills both facet
 * caches): both must answer 200 with the same JSON, or the comparison would not be fair.
 */
async function checkSameAnswers(project: Server, bare: Server): Promise<ColdRequest[]> {
  const cold: ColdRequest[] = [];
  for (const query of CHECKED) {
    const a = await get(project.base + pathOf(project.searchPath, query));
    const b = await get(bare.base + pathOf(bare.searchPath, query));
    if (a.status !== 200) throw new Error(`The API answered ${a.status} to "${query}": ${a.body.slice(0, 500)}`);
    if (b.status !== 200) throw new Error(`The bare server answered ${b.status} to "${query}": ${b.body.slice(0, 500)}`);
    if (a.body !== b.body) {
      let at = 0;
      while (a.body[at] === b.body[at]) at++;
      const around = (body: string) => body.slice(Math.max(0, at - 300), at + 300);
      throw new Error(`The API and the bare server answer "${query}" differently from character ${at}:\n  API:  …${around(a.body)}\n  bare: …${around(b.body)}`);
    }
    const page = JSON.parse(a.body) as { total: number; totalIsCapped: boolean };
    cold.push({ query, total: page.total, totalIsCapped: page.totalIsCapped, projectMs: a.ms, bareMs: b.ms });
    if (TERM_MIX.includes(query)) log(`  "${query}": ${page.total}${page.totalIsCapped ? '+' : ''} matches; first request ${ms(a.ms)} ms (API), ${ms(b.ms)} ms (bare)`);
  }
  return cold;
}

// ---------------------------------------------------------------------------------------------
// 5. Load

interface LoadResult {
  seconds: number;
  responses: number;
  requestsPerSecond: number;
  p50: number;
  p97_5: number;
  p99: number;
  max: number;
  mean: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

interface Measured extends LoadResult {
  /** Every response's latency in ms, for percentiles over several rounds. */
  latencies: number[];
  /** The requests whose query this server process had not been asked before, and the others. */
  cold?: Measured;
  warm?: Measured;
  /** CPU (in cores) used by processes outside the benchmark while it measured. */
  foreignCores: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

/** The long-tail mix: its distinct queries, and the requests drawn from them (more than any run asks). */
const LONG_TAIL = longTailQueries();
const SEQUENCE = longTailSequence(LONG_TAIL, 200_000);
/** Checked on both servers and explained: the 36 of catalog-terms.ts and every 12th of the rest of the long tail. */
const CHECKED = [...TERM_MIX, ...LONG_TAIL.slice(TERM_MIX.length).filter((_, i) => i % 12 === 0)];

/** Where a server is in the sequence, and which queries it has been asked: fresh per server process. */
interface Traffic {
  next: number;
  asked: Set<string>;
}

/**
 * `connections` clients on keep-alive sockets for `duration` s, each request the next of the
 * long-tail sequence. A request is "cold" when this server process has not been asked its query
 * before (its counts cannot be cached), "warm" otherwise.
 */
async function load(server: Server, duration: number, connections: number, traffic: Traffic): Promise<Measured> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  const cold: number[] = [];
  const warm: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const until = Date.now() + duration * 1000;
  const started = process.hrtime.bigint();
  const one = (path: string) =>
    new Promise<number>((done) => {
      const request = httpRequest({ host: '127.0.0.1', port: server.port, path, agent, timeout: 60_000 }, (response) => {
        response.resume();
        response.on('end', () => done(response.statusCode ?? 0));
      });
      request.on('error', () => done(-1));
      request.on('timeout', () => request.destroy());
      request.end();
    });
  const client = async () => {
    while (Date.now() < until) {
      const query = SEQUENCE[traffic.next++ % SEQUENCE.length]!;
      const first = !traffic.asked.has(query);
      traffic.asked.add(query);
      const sent = process.hrtime.bigint();
      const status = await one(pathOf(server.searchPath, query));
      const ms = Number(process.hrtime.bigint() - sent) / 1e6;
      if (status === -1) errors++;
      else if (status !== 200) non2xx++;
      latencies.push(ms);
      (first ? cold : warm).push(ms);
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  agent.destroy();
  return { ...summarise([latencies], [seconds(started)], { non2xx, errors, timeouts: 0 }), cold: summarise([cold], [1], NO_FAILURES), warm: summarise([warm], [1], NO_FAILURES) };
}

const NO_FAILURES = { non2xx: 0, errors: 0, timeouts: 0 };

/**
 * Open loop: requests of the sequence sent at exponentially spaced times averaging `rate` per
 * second, whatever the answers take. Latency runs from the scheduled send.
 */
async function loadAtRate(server: Server, duration: number, rate: number, traffic: Traffic): Promise<Measured> {
  const agent = new Agent({ keepAlive: true });
  const random = seededRandom(rate * 7919 + duration);
  const latencies: number[] = [];
  const cold: number[] = [];
  const warm: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const started = process.hrtime.bigint();
  const inFlight: Promise<void>[] = [];
  for (let at = 0; at < duration * 1000; at += (-Math.log(1 - random()) * 1000) / rate) {
    const wait = at - Number(process.hrtime.bigint() - started) / 1e6;
    if (wait > 0) await sleep(wait);
    const query = SEQUENCE[traffic.next++ % SEQUENCE.length]!;
    const first = !traffic.asked.has(query);
    traffic.asked.add(query);
    const scheduled = at;
    inFlight.push(
      new Promise<void>((done) => {
        const finish = (status: number) => {
          const ms = Number(process.hrtime.bigint() - started) / 1e6 - scheduled;
          if (status === -1) errors++;
          else if (status !== 200) non2xx++;
          latencies.push(ms);
          (first ? cold : warm).push(ms);
          done();
        };
        const request = httpRequest({ host: '127.0.0.1', port: server.port, path: pathOf(server.searchPath, query), agent, timeout: 60_000 }, (response) => {
          response.resume();
          response.on('end', () => finish(response.statusCode ?? 0));
        });
        request.on('error', () => finish(-1));
        request.on('timeout', () => request.destroy());
        request.end();
      }),
    );
  }
  await Promise.all(inFlight);
  agent.destroy();
  return { ...summarise([latencies], [seconds(started)], { non2xx, errors, timeouts: 0 }), cold: summarise([cold], [1], NO_FAILURES), warm: summarise([warm], [1], NO_FAILURES) };
}

async function loadWatchingCpu(server: Server, run: () => Promise<Measured>): Promise<Measured> {
  const before = sampleCpu();
  const measured = await run();
  return { ...measured, foreignCores: foreignCores(before, sampleCpu()) };
}

function summarise(latencyRuns: number[][], durations: number[], failures: { non2xx: number; errors: number; timeouts: number }, foreign = 0): Measured {
  const latencies = latencyRuns.flat();
  const sorted = [...latencies].sort((a, b) => a - b);
  const total = durations.reduce((a, b) => a + b, 0);
  return {
    seconds: total,
    responses: latencies.length,
    requestsPerSecond: latencies.length / total,
    p50: percentile(sorted, 50),
    p97_5: percentile(sorted, 97.5),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1],
    mean: latencies.reduce((a, b) => a + b, 0) / latencies.length,
    ...failures,
    latencies,
    foreignCores: foreign,
  };
}

function combine(runs: Measured[]): Measured {
  const sum = (f: (r: Measured) => number) => runs.reduce((a, r) => a + f(r), 0);
  const part = (key: 'cold' | 'warm') => summarise(runs.map((r) => r[key]?.latencies ?? []), runs.map(() => 1), NO_FAILURES);
  const whole = summarise(
    runs.map((r) => r.latencies),
    runs.map((r) => r.seconds),
    { non2xx: sum((r) => r.non2xx), errors: sum((r) => r.errors), timeouts: sum((r) => r.timeouts) },
    Math.max(...runs.map((r) => r.foreignCores)),
  );
  return { ...whole, cold: part('cold'), warm: part('warm') };
}

/**
 * One measurement of one server, from a fresh process so both servers start with the same state:
 * `warmup` s of the long-tail sequence (the common queries get counted, as on a server that has
 * been running), then `duration` s measured as the sequence goes on: rare queries keep arriving
 * for the first time.
 */
async function measure(spec: ServerSpec, options: Options, rate = 0): Promise<Measured> {
  const server = startServer(spec);
  try {
    await waitUntilHealthy(server);
    const traffic: Traffic = { next: 0, asked: new Set() };
    if (options.warmup > 0) await load(server, options.warmup, options.connections, traffic);
    const measured = await loadWatchingCpu(server, () => (rate ? loadAtRate(server, options.duration, rate, traffic) : load(server, options.duration, options.connections, traffic)));
    // Answers other than 200 mean the comparison is broken; timeouts (60 s) are an overload, reported.
    if (measured.non2xx || measured.errors) {
      throw new Error(`${server.name}: ${measured.non2xx} non-2xx answers, ${measured.errors} errors:\n${server.output.slice(-20).join('\n')}`);
    }
    log(`  ${measured.responses} requests, ${measured.cold!.responses} of them the first of their query (cold): cold p99 ${ms(measured.cold!.p99)} ms, warm p99 ${ms(measured.warm!.p99)} ms`);
    return measured;
  } finally {
    await stopChild(server.child);
  }
}

// ---------------------------------------------------------------------------------------------
// 6. EXPLAIN ANALYZE

interface Explained {
  query: string;
  executionMs: number;
  planningMs: number;
  plan: string;
}

interface ExplainedSearch {
  query: string;
  matched: number;
  bounded: boolean;
  /** Estimated from the sample: `matched` is "about". */
  estimated: boolean;
  strategy: PageStrategy | 'walk, names by index';
  /** The page's SQL, under its strategy's plan settings: what every request runs. */
  page: Explained;
  /** The facet counts' SQL: what a search runs when its counts are not cached. */
  facets: Explained;
}

async function explain(client: Client, query: string, sql: { text: string; values: unknown[] }): Promise<Explained> {
  let plan = '';
  for (let run = 0; run < 2; run++) {
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, sql.values);
    plan = rows.map((r) => r['QUERY PLAN']).join('\n');
  }
  const executionMs = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1]);
  const planningMs = Number(/Planning Time: ([\d.]+) ms/.exec(plan)?.[1]);
  return { query, executionMs, planningMs, plan };
}

/** What CatalogReader learns from the facet query: the matches (up to COUNT_BOUND), those with every word in the name, and per region. */
const countMatches = async (client: Client, search: CatalogSearch, bound?: number) => {
  const { text, values } = catalogFacetsSql(search, bound);
  await client.query(`BEGIN; ${FACET_SETTINGS}`);
  try {
    return countsOfFacetRows((await client.query<{ facet: string; value: string; count: number }>(text, values)).rows, bound);
  } finally {
    await client.query('COMMIT');
  }
};

/** Each checked query as CatalogReader runs it: facets (their kind counts are the matches), then the page. */
async function explainEach(client: Client): Promise<ExplainedSearch[]> {
  const everything = await countMatches(client, { terms: [], tags: [], sort: 'newest', limit: 1, offset: 0 });
  const explained: ExplainedSearch[] = [];
  for (const query of CHECKED) {
    let search = catalogSearchOf(parseCatalogQuery(paramsOf(query)));
    let counted = await countMatches(client, search, COUNT_BOUND);
    // As the reader does: no match, then the same words allowed one typo.
    if (counted.matched === 0 && search.typoTolerant) {
      search = search.typoTolerant;
      counted = await countMatches(client, search, COUNT_BOUND);
    }
    await client.query(`BEGIN; ${FACET_SETTINGS}`);
    let facets: Explained;
    try {
      facets = await explain(client, query, catalogFacetsSql(search, COUNT_BOUND));
      const percent = samplePercent(search, everything.matched);
      if (percent !== undefined) {
        // As the reader does: the sample first; broad, its estimate is all that runs; narrow, the count runs too.
        const sample = catalogSampleSql(search, percent);
        const sampled = await explain(client, query, sample);
        const estimate = estimateOfSampleRows((await client.query<{ facet: string; value: string; count: number }>(sample.text, sample.values)).rows, everything.matched, COUNT_BOUND);
        if (estimate) [counted, facets] = [estimate, sampled];
        else facets = { ...facets, executionMs: facets.executionMs + sampled.executionMs, planningMs: facets.planningMs + sampled.planningMs, plan: `${sampled.plan}\n\n${facets.plan}` };
      }
    } finally {
      await client.query('COMMIT');
    }
    const counts = { ...counted, listed: everything.matched, listedInRegion: everything.facets.region.find((r) => r.value === search.region)?.count ?? 0 };
    const strategy = pageStrategy(search, counts);
    const byIndex = strategy === 'walk' && namesByIndex(search, counts);
    await client.query(`BEGIN; ${PLAN_SETTINGS.all}`);
    try {
      // Walking with rare name matches, the reader reads them through the index first: its time counts with the page's.
      let nameIds: string[] | undefined;
      let namesMs = 0;
      if (byIndex) {
        const names = nameCandidatesSql(search);
        namesMs = (await explain(client, query, names)).executionMs;
        nameIds = (await client.query<{ id: string }>(names.text, names.values)).rows.map((r) => r.id);
      }
      if (strategy === 'walk') await client.query(PLAN_SETTINGS.walk);
      const page = await explain(client, query, catalogPageSql(search, strategy, counts, nameIds));
      explained.push({ query, matched: counts.matched, bounded: counts.bounded, estimated: counts.estimated, strategy: byIndex ? 'walk, names by index' : strategy, page: { ...page, executionMs: page.executionMs + namesMs }, facets });
    } finally {
      await client.query('COMMIT');
    }
  }
  return explained;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// ---------------------------------------------------------------------------------------------
// 7. Report

function table(headers: string[], rows: (string | number)[][], align: ('l' | 'r')[] = []): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => [...r[i]].length + (r[i].match(/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/g)?.length ?? 0))));
  const pad = (s: string, i: number) => {
    const width = [...s].length + (s.match(/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/g)?.length ?? 0);
    const fill = ' '.repeat(Math.max(0, widths[i] - width));
    return align[i] === 'r' ? fill + s : s + fill;
  };
  const line = (r: string[]) => `| ${r.map(pad).join(' | ')} |`;
  return [line(headers), `|${widths.map((w, i) => (align[i] === 'r' ? `${'-'.repeat(w + 1)}:` : `-${'-'.repeat(w + 1)}`)).join('|')}|`, ...rows.map((r) => line(r.map(String)))].join('\n');
}

const ms = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? '–' : n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

// ---------------------------------------------------------------------------------------------
// 7. The public statistics, on the same data

interface StatisticsTiming {
  path: string;
  /** The first request: the figures are computed (and then kept, see StatisticsService). */
  firstMs: number;
  /** The next one, served from memory. */
  againMs: number;
  bytes: number;
}

interface StatisticsResults {
  workflow: WorkflowFacts;
  timings: StatisticsTiming[];
  loaded: Measured;
}

/** The statistics requests of a visitor: the home page's, this year's and last year's pages, and each filter. */
function statisticsPaths(): string[] {
  const year = Number(new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 4));
  return [
    '/api/v1/statistics/headline',
    '/api/v1/statistics',
    `/api/v1/statistics?year=${year - 1}`,
    `/api/v1/statistics?year=${year}&region=${encodeURIComponent('경기도')}`,
    `/api/v1/statistics?year=${year}&kind=TYPE2`,
    `/api/v1/statistics?year=${year}&institutionType=LOCAL`,
  ];
}

/** `connections` clients for `duration` s, round robin over the paths. */
async function loadPaths(server: Server, duration: number, connections: number, paths: string[]): Promise<Measured> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  let next = 0;
  const until = Date.now() + duration * 1000;
  const started = process.hrtime.bigint();
  const client = async () => {
    while (Date.now() < until) {
      const path = paths[next++ % paths.length];
      const sent = process.hrtime.bigint();
      const status = await new Promise<number>((done) => {
        const request = httpRequest({ host: '127.0.0.1', port: server.port, path, agent, timeout: 60_000 }, (response) => {
          response.resume();
          response.on('end', () => done(response.statusCode ?? 0));
        });
        request.on('error', () => done(-1));
        request.on('timeout', () => request.destroy());
        request.end();
      });
      latencies.push(Number(process.hrtime.bigint() - sent) / 1e6);
      if (status === -1) errors++;
      else if (status !== 200) non2xx++;
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  agent.destroy();
  return summarise([latencies], [seconds(started)], { non2xx, errors, timeouts: 0 });
}

async function measureStatistics(spec: ServerSpec, options: Options, workflow: WorkflowFacts): Promise<StatisticsResults> {
  // Without the start-up warming (StatisticsService), so the first request shows what computing costs.
  const server = startServer({ ...spec, env: { ...spec.env, SCHEDULER_INTERVAL_SECONDS: '0' } });
  try {
    await waitUntilHealthy(server);
    const timings: StatisticsTiming[] = [];
    for (const path of statisticsPaths()) {
      const first = await get(server.base + path);
      if (first.status !== 200) throw new Error(`GET ${path} answered ${first.status}: ${first.body.slice(0, 300)}`);
      const again = await get(server.base + path);
      timings.push({ path, firstMs: first.ms, againMs: again.ms, bytes: first.body.length });
      log(`  ${path}: first ${ms(first.ms)} ms (computed), then ${ms(again.ms)} ms (kept)`);
    }
    log(`Statistics under load: ${options.connections} connections for ${options.duration} s over the ${timings.length} requests`);
    const loaded = await loadWatchingCpu(server, () => loadPaths(server, options.duration, options.connections, statisticsPaths()));
    if (loaded.non2xx || loaded.errors) throw new Error(`statistics: ${loaded.non2xx} non-2xx answers, ${loaded.errors} errors:\n${server.output.slice(-20).join('\n')}`);
    log(`  ${loaded.requestsPerSecond.toFixed(1)} req/s, p50 ${ms(loaded.p50)} ms, p99 ${ms(loaded.p99)} ms; other processes used ${loaded.foreignCores.toFixed(2)} cores`);
    return { workflow, timings, loaded };
  } finally {
    await stopChild(server.child);
  }
}

function statisticsReport(options: Options, results: StatisticsResults): string[] {
  const { workflow, timings, loaded } = results;
  return [
    `## Public statistics: ${options.products.toLocaleString('en')} products, ${workflow.designations.toLocaleString('en')} designations, ${workflow.pilots.toLocaleString('en')} pilot applications, ${workflow.orders.toLocaleString('en')} orders`,
    '',
    `Each request on a fresh API, one at a time: the first computes the figures from the workflow tables (and keeps them ${FRESH_SECONDS} s), the second is served from memory.`,
    '',
    table(['request', 'first (computed) ms', 'then (kept) ms', 'bytes'], timings.map((t) => [decodeURIComponent(t.path), ms(t.firstMs), ms(t.againMs), t.bytes]), ['l', 'r', 'r', 'r']),
    '',
    `Under load (${options.connections} connections, ${options.duration} s, round robin over those requests): ${loaded.responses} requests, ${loaded.requestsPerSecond.toFixed(1)} req/s, ` +
      `p50 ${ms(loaded.p50)} ms, p99 ${ms(loaded.p99)} ms, max ${ms(loaded.max)} ms; other processes used ${loaded.foreignCores.toFixed(2)} cores.`,
    '',
  ];
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const runStarted = process.hrtime.bigint();
  log(`Catalogue search benchmark: ${options.products.toLocaleString('en')} products, ${options.duration} s per server, ${options.connections} connections, ${cpus().length} CPUs`);

  const scratchDir = mkdtempSync(join(tmpdir(), 'catalog-bench-'));
  // initdb and the server run as the postgres user: it must be able to enter the directory.
  chmodSync(scratchDir, 0o755);
  cleanups.push({ name: 'scratch directory', run: () => rmSync(scratchDir, { recursive: true, force: true }) });

  const database = await openScratchDatabase(options, scratchDir);
  const server = await checkServer(database.ownerUrl);
  log(`PostgreSQL ${server.version} (LC_CTYPE ${server.ctype}, UTF8)`);
  const applied = await migrate(database.ownerUrl);
  log(`Migrations applied: ${applied.join(', ')}`);
  const common = { DATABASE_URL: database.url, DB_POOL_SIZE: String(POOL_SIZE), NODE_ENV: 'production' };
  const projectSpec: ServerSpec = {
    name: 'API (NestJS + Fastify + TypeORM)',
    script: 'apps/api/src/main.ts',
    env: {
      ...common,
      SEED_DEMO: 'false',
      JWT_SECRET: randomBytes(32).toString('hex'),
      AUDIT_KEY: randomBytes(32).toString('hex'),
      AUDIT_SIGNING_KEY: randomBytes(32).toString('hex'),
      SEALING_KEY: randomBytes(32).toString('hex'),
      AUDIT_CHECKPOINT_DIR: join(scratchDir, 'audit-checkpoints'),
      AUDIT_CHECKPOINT_INTERVAL_SECONDS: '0',
      WEB_DIST_DIR: '/nonexistent',
      STORAGE_DIR: join(scratchDir, 'files'),
      HOST: '127.0.0.1',
    },
    port: await freePort(),
    searchPath: '/api/v1/products',
    healthPath: '/api/v1/health',
  };
  const bareSpec: ServerSpec = { name: 'bare Fastify + pg', script: 'apps/api/bench/bare-server.ts', env: common, port: await freePort(), searchPath: '/search', healthPath: '/health' };
  // Refuse a configuration the API would refuse before spending minutes on seeding.
  loadConfig(projectSpec.env);
  const seeded = await seedCatalogue(database.ownerUrl, options.products, options.batch, log);
  log(
    `Seeded ${seeded.products.toLocaleString('en')} products (${seeded.listed.toLocaleString('en')} listed) in ${seeded.insertSeconds.toFixed(1)} s: ` +
      `${Math.round(seeded.rowsPerSecond).toLocaleString('en')} rows/s; indexes ${seeded.indexSeconds.toFixed(1)} s; VACUUM ANALYZE ${seeded.vacuumSeconds.toFixed(1)} s`,
  );

  let statistics: StatisticsResults | undefined;
  if (options.statistics) {
    const workflow = await seedWorkflow(database.ownerUrl, { pilots: options.pilots, orders: options.orders }, log);
    log('Statistics: each request on a fresh API, first (computed) then again (kept)');
    statistics = await measureStatistics(projectSpec, options, workflow);
  }
  if (!options.catalogue) {
    if (statistics) console.log(['', ...statisticsReport(options, statistics)].join('\n'));
    if (options.out) writeFileSync(resolve(options.out), JSON.stringify({ options, server, seeded, statistics: statistics && { ...statistics, loaded: { ...statistics.loaded, latencies: undefined } } }, null, 2));
    log(`Done in ${seconds(runStarted).toFixed(0)} s`);
    return;
  }

  // Both servers must give the same answers; the first request of each search is timed too.
  const project = startServer(projectSpec);
  const bare = startServer(bareSpec);
  const [apiBoot, bareBoot] = await Promise.all([waitUntilHealthy(project), waitUntilHealthy(bare)]);
  log(`API answering on ${project.base} after ${apiBoot.toFixed(1)} s; bare server on ${bare.base} after ${bareBoot.toFixed(1)} s`);
  const probe = await get(project.base + pathOf(project.searchPath, 'q=bench-probe-nothing-matches'));
  if (probe.status === 404) throw new Error(`GET ${project.searchPath} answers 404: the products route is not in the API yet`);
  const cold = await checkSameAnswers(project, bare);
  log(`Both servers give the same JSON for all ${CHECKED.length} checked queries of the mix`);
  await Promise.all([stopChild(project.child), stopChild(bare.child)]);

  /** One measurement, measured again (up to three times) while other processes take CPU; the quietest kept. */
  const measureQuietly = async (spec: ServerSpec, label: string, rate = 0): Promise<Measured> => {
    let best: Measured | undefined;
    for (let attempt = 1; attempt <= 3; attempt++) {
      log(`${label}: ${spec.name}, ${options.warmup} s warm-up then ${options.duration} s measured, ${rate ? `${rate} arrivals/s` : `${options.connections} connections`}`);
      const measured = await measure(spec, options, rate);
      log(
        `  ${measured.requestsPerSecond.toFixed(1)} req/s, p50 ${ms(measured.p50)} ms, p99 ${ms(measured.p99)} ms` +
          `${measured.timeouts ? `, ${measured.timeouts} timed out (60 s)` : ''}; other processes used ${measured.foreignCores.toFixed(2)} cores meanwhile`,
      );
      if (!best || measured.foreignCores < best.foreignCores) best = measured;
      // With an external server its own backends are not ours to count: no retries then.
      if (options.databaseUrl || measured.foreignCores <= options.maxForeignCpu) break;
      log(`  more than ${options.maxForeignCpu} cores used by other processes: ${attempt < 3 ? 'measuring again' : 'keeping the quietest attempt'}`);
      if (attempt < 3) await sleep(5_000);
    }
    return best!;
  };
  const rounds: Record<'project' | 'bare', Measured[]> = { project: [], bare: [] };
  for (let round = 1; round <= options.rounds; round++) {
    // Alternate which server goes first, so neither always meets the warmer database.
    const order: ('project' | 'bare')[] = round % 2 ? ['project', 'bare'] : ['bare', 'project'];
    for (const key of order) rounds[key].push(await measureQuietly(key === 'project' ? projectSpec : bareSpec, `Round ${round}/${options.rounds}`));
  }
  const steady = options.rate
    ? { project: await measureQuietly(projectSpec, 'Steady arrivals', options.rate), bare: await measureQuietly(bareSpec, 'Steady arrivals', options.rate) }
    : undefined;
  const results = {
    project: combine(rounds.project),
    bare: combine(rounds.bare),
  };

  log('EXPLAIN (ANALYZE, BUFFERS) of the page SQL and of the facet SQL for every entry (second of two runs)');
  let explained: { searches: ExplainedSearch[]; foreign: number } | undefined;
  for (let attempt = 1; attempt <= 3; attempt++) {
    // One connection for the whole pass, closed after the second sample: a backend that ended in
    // between would take its CPU time with it and look like another process's.
    const { searches, foreign } = await withClient(database.url, async (client) => {
      const before = sampleCpu();
      const searches = await explainEach(client);
      return { searches, foreign: foreignCores(before, sampleCpu()) };
    });
    log(`  other processes used ${foreign.toFixed(2)} cores meanwhile`);
    if (!explained || foreign < explained.foreign) explained = { searches, foreign };
    if (options.databaseUrl || foreign <= options.maxForeignCpu) break;
    if (attempt < 3) {
      log('  too busy: explaining again');
      await sleep(5_000);
    }
  }
  const { searches } = explained!;
  const searchPlans = searches.map((e) => e.page);
  const facetPlans = searches.map((e) => e.facets);
  const searchTimes = searchPlans.map((p) => p.executionMs);
  const facetTimes = facetPlans.map((p) => p.executionMs);
  const slowest = searches.reduce((a, b) => (b.page.executionMs > a.page.executionMs ? b : a));
  const slowestFacet = facetPlans.reduce((a, b) => (b.executionMs > a.executionMs ? b : a));

  const ratio = results.project.requestsPerSecond / results.bare.requestsPerSecond;
  const out: string[] = [];
  out.push('');
  out.push(`## Catalogue search: ${options.products.toLocaleString('en')} products (${seeded.listed.toLocaleString('en')} listed)`);
  out.push('');
  out.push(`PostgreSQL ${server.version}, ${database.description}; LC_CTYPE ${server.ctype}; ${Object.entries(server.settings).map(([k, v]) => `${k}=${v}`).join(', ')}`);
  out.push(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; Node ${process.version}; pool ${POOL_SIZE} connections in each server`);
  out.push(
    `Seeding: ${Math.round(seeded.rowsPerSecond).toLocaleString('en')} rows/s (${seeded.insertSeconds.toFixed(1)} s), indexes ${seeded.indexSeconds.toFixed(1)} s, ` +
      `VACUUM ANALYZE ${seeded.vacuumSeconds.toFixed(1)} s; table ${seeded.tableMb.toFixed(0)} MB (${seeded.tableWithToastMb.toFixed(0)} MB with TOAST), ` +
      Object.entries(seeded.indexMb).map(([k, v]) => `${k} ${v.toFixed(0)} MB`).join(', '),
  );
  out.push('');
  out.push(
    `### Load: the long-tail mix (${LONG_TAIL.length.toLocaleString('en')} distinct queries, Zipf-like frequency), ${options.connections} connections; ` +
      `${options.rounds} round(s) per server, each from a fresh process: ${options.warmup} s of the sequence as warm-up, then ${options.duration} s measured. ` +
      `"Cold": the first request of its query in that process (its counts cannot be cached); "warm": the others.`,
  );
  out.push('');
  out.push(
    table(
      ['server', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'cold requests', 'cold p50 ms', 'cold p99 ms', 'warm p50 ms', 'warm p99 ms', 'req/s per round', 'other CPU (cores, max)'],
      (['project', 'bare'] as const).map((k) => {
        const r = results[k];
        return [
          k === 'project' ? projectSpec.name : bareSpec.name,
          r.responses,
          r.requestsPerSecond.toFixed(1),
          ms(r.p50),
          ms(r.p99),
          ms(r.max),
          `${r.cold!.responses} (${((100 * r.cold!.responses) / r.responses).toFixed(0)} %)`,
          ms(r.cold!.p50),
          ms(r.cold!.p99),
          ms(r.warm!.p50),
          ms(r.warm!.p99),
          rounds[k].map((x) => x.requestsPerSecond.toFixed(1)).join(', '),
          r.foreignCores.toFixed(2),
        ];
      }),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l', 'r'],
    ),
  );
  out.push('');
  out.push(`Ratio project ÷ bare (req/s): ${ratio.toFixed(2)}`);
  out.push('');
  if (steady) {
    out.push(
      `### Latency at a steady ${options.rate} arrivals/s (Poisson, open loop: each latency from its scheduled send), ` +
        `each server from a fresh process after ${options.warmup} s of the sequence at full load, then ${options.duration} s measured`,
    );
    out.push('');
    out.push(
      table(
        ['server', 'requests', 'p50 ms', 'p99 ms', 'max ms', 'cold requests', 'cold p50 ms', 'cold p99 ms', 'warm p50 ms', 'warm p99 ms', 'other CPU (cores)'],
        (['project', 'bare'] as const).map((k) => {
          const r = steady[k];
          return [
            k === 'project' ? projectSpec.name : bareSpec.name,
            r.responses,
            ms(r.p50),
            ms(r.p99),
            ms(r.max),
            `${r.cold!.responses} (${((100 * r.cold!.responses) / r.responses).toFixed(0)} %)`,
            ms(r.cold!.p50),
            ms(r.cold!.p99),
            ms(r.warm!.p50),
            ms(r.warm!.p99),
            r.foreignCores.toFixed(2),
          ];
        }),
        ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
      ),
    );
    out.push('');
  }
  const sortedCold = (key: 'projectMs' | 'bareMs') => cold.map((c) => c[key]).sort((a, b) => a - b);
  out.push(
    `First request of each of the ${CHECKED.length} checked queries, one at a time on fresh servers: API p50 ${ms(percentile(sortedCold('projectMs'), 50))} ms, ` +
      `p99 ${ms(percentile(sortedCold('projectMs'), 99))} ms, max ${ms(Math.max(...sortedCold('projectMs')))} ms; bare p99 ${ms(percentile(sortedCold('bareMs'), 99))} ms`,
  );
  out.push('');
  out.push('### Per search of catalog-terms.ts: matches, first request (counts not cached yet), SQL execution time (EXPLAIN ANALYZE, 2nd run)');
  out.push('');
  out.push(
    table(
      ['query', 'matches', 'page plan', 'cold API ms', 'cold bare ms', 'search (page) SQL ms', 'facet SQL ms'],
      searches.flatMap((e, i) =>
        TERM_MIX.includes(e.query) || e.query === `q=클라우드`
          ? [[e.query || '(none)', e.estimated ? `~${e.matched}` : `${e.matched}${e.bounded ? '+' : ''}`, e.strategy, ms(cold[i].projectMs), ms(cold[i].bareMs), ms(e.page.executionMs), ms(e.facets.executionMs)]]
          : [],
      ),
      ['l', 'r', 'l', 'r', 'r', 'r', 'r'],
    ),
  );
  out.push('');
  out.push(`Other processes used ${explained!.foreign.toFixed(2)} cores while the SQL was explained.`);
  out.push(`Over the ${CHECKED.length} checked queries of the long tail:`);
  out.push(`Search SQL (the page, run by every request) execution: median ${ms(median(searchTimes))} ms, max ${ms(Math.max(...searchTimes))} ms ("${slowest.query}", ${slowest.strategy})`);
  out.push(`Facet SQL execution (run when a search's counts are not cached: once per search per 30 s, off the request's path once cached): median ${ms(median(facetTimes))} ms, max ${ms(Math.max(...facetTimes))} ms ("${slowestFacet.query}")`);
  out.push('');
  out.push(`### Plan of the slowest search SQL ("${slowest.query}", ${slowest.strategy})`);
  out.push('');
  out.push(slowest.page.plan);
  out.push('');
  out.push(`### Plan of the slowest facet SQL ("${slowestFacet.query}")`);
  out.push('');
  out.push(slowestFacet.plan);
  out.push('');
  if (statistics) out.push(...statisticsReport(options, statistics));
  console.log(out.join('\n'));

  if (options.out) {
    const strip = <T extends { latencies?: number[] }>(r: T) => ({ ...r, latencies: undefined });
    writeFileSync(
      resolve(options.out),
      JSON.stringify({ options, server, seeded, results: { project: strip(results.project), bare: strip(results.bare) }, steady: steady && { project: strip(steady.project), bare: strip(steady.bare) }, rounds: { project: rounds.project.map(strip), bare: rounds.bare.map(strip) }, ratio, cold, searches, statistics: statistics && { ...statistics, loaded: { ...statistics.loaded, latencies: undefined } }, machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version } }, null, 2),
    );
    log(`Results written to ${options.out}`);
  }
  log(`Done in ${seconds(runStarted).toFixed(0)} s`);
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    log(`${signal}: cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  });
}

main()
  .then(cleanUp)
  .then(() => process.exit(0))
  .catch(async (error) => {
    console.error('[bench] failed:', error instanceof Error ? error.message : error);
    await cleanUp();
    process.exit(1);
  });

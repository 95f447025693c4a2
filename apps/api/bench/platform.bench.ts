import 'reflect-metadata';
import { PILOT_HOLDING_STATUSES, Role } from '@inno/contracts';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { configureApp, createAdapter } from '../src/bootstrap/configure-app';
import { loadConfig } from '../src/config/app.config';
import { migrate } from '../src/database/data-source';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { actorOf, makeDesignatedProduct } from '../test/factories';
import { committeeSession, openCall, openSession, proposalInEvaluation, sheetAt, supplierWithProduct, type SignedIn } from '../test/designation-fixtures';
import type { TestApp } from '../test/test-app';
import { seedCatalogue } from './catalog-data';
import { pathOf, TERM_MIX } from './catalog-terms';
import { foreignCores, sampleCpu } from './cpu-usage';

/**
 * Whole-platform load: `npm run bench:platform -- [--products 20000] [--duration 20] [--warmup 5]
 * [--connections 16] [--processes 1,2] [--source] [--out results.json]`.
 *
 * One scratch embedded PostgreSQL: a synthetic catalogue, then, through the platform's own services
 * (the test factories), suppliers with draft proposals in an open call, buyers of different
 * institutions, a pilot plan per phase whose survey is open, and a committee session sitting today with its
 * members declared on each item. Then, for each entry of --processes, that many API processes on the
 * one database (the compiled build when `npm run build:api` made one, else --source's TypeScript),
 * each request sent to the next process in turn (as nginx does), and `--connections` clients running
 * a mixed workload: catalogue searches and product pages, signed-in dashboards, proposal saves, pilot
 * applications, the operator's pilot matches, committee scores. It reports throughput, p50/p99 and
 * errors for each kind, then checks that no invariant broke: the plan's budget and each product's
 * caps, one application per institution and product, one score per member and item, and the audit
 * chain (GET /audit/verify).
 */

const ROOT = resolve(__dirname, '../../..');
const COMPILED_MAIN = join(ROOT, 'dist/apps/api/apps/api/src/main.js');
const POOL_SIZE = 4;

interface Options {
  products: number;
  duration: number;
  warmup: number;
  connections: number;
  processes: number[];
  source: boolean;
  out?: string;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { products: 20_000, duration: 20, warmup: 5, connections: 16, processes: [1, 2], source: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i] ?? '';
    const count = (min: number) => {
      const n = Number(value().replace(/_/g, ''));
      if (!Number.isInteger(n) || n < min) throw new Error(`${flag} must be an integer ≥ ${min}`);
      return n;
    };
    switch (flag) {
      case '--products': options.products = count(1_000); break;
      case '--duration': options.duration = count(1); break;
      case '--warmup': options.warmup = count(0); break;
      case '--connections': options.connections = count(1); break;
      case '--processes':
        options.processes = value().split(',').map(Number);
        if (!options.processes.every((n) => Number.isInteger(n) && n >= 1 && n <= 8)) throw new Error('--processes takes counts from 1 to 8, comma-separated');
        break;
      case '--source': options.source = true; break;
      case '--out': options.out = value(); break;
      case '--help':
        console.log('npm run bench:platform -- [--products 20000] [--duration 20] [--warmup 5] [--connections 16] [--processes 1,2] [--source] [--out results.json]');
        process.exit(0);
        break;
      default: throw new Error(`Unknown option ${argv[i]} (try --help)`);
    }
  }
  return options;
}

const log = (line: string) => console.log(`[bench] ${line}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pick = <T>(items: readonly T[]): T => items[randomInt(items.length)];

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Everything made along the way, undone in reverse order however the run ends. */
const cleanups: (() => Promise<void> | void)[] = [];
let cleaning: Promise<void> | undefined;
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    while (cleanups.length) await Promise.resolve(cleanups.pop()!()).catch((error) => console.error('[bench] cleaning up:', error));
  })();
  return cleaning;
}

// ---------------------------------------------------------------------------------------------
// The scenario, made through the platform's own services

interface Scenario {
  operator: SignedIn;
  suppliers: { who: SignedIn; proposalId: string }[];
  buyers: SignedIn[];
  members: SignedIn[];
  /** One pilot plan per phase, each with products of its own, so each phase fills a budget from empty (a product matched in one plan is a repeat pilot in the next). */
  plans: { id: string; productIds: string[] }[];
  itemIds: string[];
  productIds: string[];
}

// Tight enough that the budget and both caps per product bind within a phase: refusals under contention are the point.
const PLAN = { budget: 400_000_000, maxInstitutionsPerProduct: 3, maxAmountPerProduct: 60_000_000 };

async function makeScenario(env: Record<string, string>, databaseUrl: string, sizes: { suppliers: number; buyers: number; members: number; items: number; pilotProducts: number; plans: number }): Promise<Scenario> {
  const config = loadConfig({ ...env, NODE_ENV: 'development' });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config, databaseUrl), createAdapter(config), { logger: ['error', 'warn'] });
  await configureApp(app, config);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  try {
    // What the test factories use of a TestApp: the app, its HTTP server and its DataSource.
    const t = { app, http: () => request(app.getHttpServer()), dataSource: app.get(DataSource) } as unknown as TestApp;
    const now = new Date();
    const operator = await actorOf(t, Role.OPERATOR);
    const call = await openCall(t, operator, now);

    const suppliers: Scenario['suppliers'] = [];
    for (let i = 0; i < sizes.suppliers; i++) {
      const { supplier, product } = await supplierWithProduct(t);
      const body = { callId: call.id, productId: product.id, subArea: 'SAF-04', innovation: '압력 이상을 원격 감지', publicValue: '화재 대응 시간 단축', pilotPlan: '소방서 3곳 6개월 시범사용' };
      const proposal = (await t.http().post('/api/v1/proposals').set(supplier.auth).send(body).expect(201)).body;
      suppliers.push({ who: supplier, proposalId: proposal.id });
    }

    const institutions: { id: string }[] = await t.dataSource.query('SELECT id FROM institutions ORDER BY code LIMIT $1', [sizes.buyers]);
    const buyers = await Promise.all(institutions.map((institution) => actorOf(t, Role.BUYER, { institutionId: institution.id })));

    const plans: Scenario['plans'] = [];
    for (let i = 0; i < sizes.plans; i++) {
      const productIds: string[] = [];
      for (let j = 0; j < sizes.pilotProducts; j++) productIds.push((await makeDesignatedProduct(t)).id);
      const planBody = {
        year: now.getUTCFullYear(),
        title: `부하 시험 시범구매 계획 ${i + 1}`,
        ...PLAN,
        surveyOpensAt: new Date(now.getTime() - 3_600_000).toISOString(),
        surveyClosesAt: new Date(now.getTime() + 7 * 86_400_000).toISOString(),
        productIds,
      };
      plans.push({ id: (await t.http().post('/api/v1/pilot-plans').set(operator.auth).send(planBody).expect(201)).body.id, productIds });
    }

    const members = await Promise.all(Array.from({ length: sizes.members }, () => actorOf(t, Role.COMMITTEE)));
    const session = await committeeSession(t, operator, members);
    const itemIds: string[] = [];
    for (let i = 0; i < sizes.items; i++) {
      const { proposal } = await proposalInEvaluation(t, operator, call.id);
      const withItem = (await t.http().post(`/api/v1/committee-sessions/${session.id}/items`).set(operator.auth).send({ proposalId: proposal.id }).expect(201)).body;
      itemIds.push(withItem.items.find((item: { proposalId: string }) => item.proposalId === proposal.id).id);
    }
    await openSession(t, session.id, members);
    for (const itemId of itemIds) {
      for (const member of members) await t.http().post(`/api/v1/agenda-items/${itemId}/declaration`).set(member.auth).send({ conflict: false }).expect(200);
    }

    // Product pages of the catalogue as people reach them: from search results.
    const productIds = new Set<string>();
    for (const query of TERM_MIX.slice(0, 20)) {
      const page = (await t.http().get(pathOf('/api/v1/products', query)).expect(200)).body as { items: { id: string }[] };
      for (const item of page.items) productIds.add(item.id);
    }
    return { operator, suppliers, buyers, members, plans, itemIds, productIds: [...productIds] };
  } finally {
    await app.close();
  }
}

// ---------------------------------------------------------------------------------------------
// API processes

interface ApiProcess {
  base: string;
  child: ChildProcess;
  output: string[];
}

async function startApi(env: Record<string, string>, source: boolean): Promise<ApiProcess> {
  const port = await freePort();
  const args = source ? ['-r', './apps/api/register.cjs', 'apps/api/src/main.ts'] : [COMPILED_MAIN];
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString().split('\n').filter(Boolean));
    if (output.length > 200) output.splice(0, output.length - 200);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const api = { base: `http://127.0.0.1:${port}`, child, output };
  cleanups.push(() => stopApi(api));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`An API process exited (${child.exitCode}):\n${output.join('\n')}`);
    if (Date.now() > deadline) throw new Error(`An API process did not answer /health in 2 minutes:\n${output.join('\n')}`);
    if (await fetch(`${api.base}/api/v1/health`).then((r) => r.ok, () => false)) return api;
    await sleep(100);
  }
}

async function stopApi(api: ApiProcess): Promise<void> {
  if (api.child.exitCode !== null || api.child.signalCode !== null) return;
  const exited = new Promise<void>((r) => api.child.once('exit', () => r()));
  api.child.kill('SIGTERM');
  if (!(await Promise.race([exited.then(() => true), sleep(15_000).then(() => false)]))) {
    api.child.kill('SIGKILL');
    await exited;
  }
}

// ---------------------------------------------------------------------------------------------
// The workload

/** ok: 2xx. refused: a rule said no (409/403 with a code), as it must under contention. transient: 503 "send it again". */
type Outcome = 'ok' | 'refused' | 'transient' | 'error';
/** Nothing was sent (no application to match yet): not counted. */
type Skipped = 'skipped';

interface Sent {
  outcome: Outcome | Skipped;
  code?: string;
  status: number;
}

interface Operation {
  name: string;
  weight: number;
  run(next: () => string): Promise<Sent>;
}

async function send(url: string, init: RequestInit & { token?: string; json?: unknown } = {}): Promise<Sent & { body: unknown }> {
  const headers: Record<string, string> = {};
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.json !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(url, { method: init.method ?? 'GET', headers, body: init.json === undefined ? undefined : JSON.stringify(init.json), signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    return { outcome: 'error', status: 0, code: (error as Error).name, body: null };
  }
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  const code = (body as { code?: string } | null)?.code;
  if (response.ok) return { outcome: 'ok', status: response.status, body };
  if ((response.status === 409 || response.status === 403) && code) return { outcome: 'refused', status: response.status, code, body };
  if (response.status === 503 && code === 'TRANSIENT_CONFLICT') return { outcome: 'transient', status: 503, code, body };
  return { outcome: 'error', status: response.status, code: code ?? `HTTP ${response.status}`, body };
}

function workload(scenario: Scenario, plan: Scenario['plans'][number]): Operation[] {
  // Applications made during the run, for the operator to match (each taken once; two clients may race for one).
  const applied: string[] = [];
  let saves = 0;
  const dashboardUsers = [
    ...scenario.suppliers.map((s) => ({ who: s.who, list: '/api/v1/proposals' })),
    ...scenario.buyers.map((who) => ({ who, list: '/api/v1/pilot-applications' })),
    ...scenario.members.map((who) => ({ who, list: '/api/v1/committee-sessions' })),
  ];
  return [
    { name: 'catalogue search', weight: 30, run: (next) => send(next() + pathOf('/api/v1/products', pick(TERM_MIX))) },
    { name: 'product page', weight: 20, run: (next) => send(`${next()}/api/v1/products/${pick(scenario.productIds)}`) },
    {
      name: 'signed-in dashboard',
      weight: 15,
      // What the page asks at once: the user's notifications and the list of their role.
      run: async (next) => {
        const { who, list } = pick(dashboardUsers);
        const base = next();
        const answers = await Promise.all([send(`${base}/api/v1/notifications`, { token: who.token }), send(`${base}${list}`, { token: who.token })]);
        return answers.find((a) => a.outcome !== 'ok') ?? answers[0];
      },
    },
    {
      name: 'proposal save',
      weight: 10,
      run: (next) => {
        const { who, proposalId } = pick(scenario.suppliers);
        return send(`${next()}/api/v1/proposals/${proposalId}`, { method: 'PATCH', token: who.token, json: { innovation: `압력 이상을 원격 감지 (수정 ${++saves})` } });
      },
    },
    {
      name: 'pilot application',
      weight: 10,
      run: async (next) => {
        const buyer = pick(scenario.buyers);
        const body = {
          planId: plan.id,
          productId: pick(plan.productIds),
          quantity: randomInt(1, 5),
          amount: randomInt(5, 31) * 1_000_000,
          intendedUse: '청사 현장 실증에 사용합니다',
          place: '본청 1층',
          usePeriodMonths: 6,
          followOnPlanned: false,
          followOnBudgeted: false,
          need: '현장 안전 문제를 풀어야 합니다',
        };
        const sent = await send(`${next()}/api/v1/pilot-applications`, { method: 'POST', token: buyer.token, json: body });
        if (sent.outcome === 'ok') applied.push((sent.body as { id: string }).id);
        return sent;
      },
    },
    {
      name: 'pilot match (operator)',
      weight: 5,
      run: async (next) => {
        if (!applied.length) return { outcome: 'skipped', status: 0 };
        const [id] = applied.splice(randomInt(applied.length), 1);
        return send(`${next()}/api/v1/pilot-applications/${id}/match`, { method: 'POST', token: scenario.operator.token, json: {} });
      },
    },
    {
      name: 'committee score',
      weight: 10,
      run: (next) => send(`${next()}/api/v1/agenda-items/${pick(scenario.itemIds)}/score`, { method: 'PUT', token: pick(scenario.members).token, json: sheetAt(0.5 + randomInt(46) / 100) }),
    },
  ];
}

interface OperationResult {
  name: string;
  count: number;
  ok: number;
  refused: number;
  transient: number;
  errors: number;
  p50: number;
  p99: number;
  codes: Record<string, number>;
}

interface PhaseResult {
  processes: number;
  seconds: number;
  operationsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  foreignCores: number;
  /** Cores the API processes and PostgreSQL used (not the load generator): with the next, what other load hardly skews. */
  serverCores: number;
  serverCpuMsPerOperation: number;
  operations: OperationResult[];
  invariants: Invariant[];
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

async function runLoad(operations: Operation[], bases: string[], options: Options): Promise<Omit<PhaseResult, 'processes' | 'invariants'>> {
  let turn = 0;
  const next = () => bases[turn++ % bases.length];
  const totalWeight = operations.reduce((sum, o) => sum + o.weight, 0);
  const choose = () => {
    let at = randomInt(totalWeight);
    for (const operation of operations) if ((at -= operation.weight) < 0) return operation;
    return operations[0];
  };
  const samples = new Map(operations.map((o) => [o.name, { ms: [] as number[], outcomes: { ok: 0, refused: 0, transient: 0, error: 0 } as Record<Outcome, number>, codes: {} as Record<string, number> }]));
  let measuring = false;
  let stopped = false;
  const client = async () => {
    while (!stopped) {
      const operation = choose();
      const started = performance.now();
      const sent = await operation.run(next);
      if (!measuring || stopped || sent.outcome === 'skipped') continue;
      const sample = samples.get(operation.name)!;
      sample.ms.push(performance.now() - started);
      sample.outcomes[sent.outcome]++;
      if (sent.outcome !== 'ok' && sent.code) sample.codes[sent.code] = (sample.codes[sent.code] ?? 0) + 1;
    }
  };
  const clients = Array.from({ length: options.connections }, client);
  await sleep(options.warmup * 1000);
  measuring = true;
  const cpuBefore = sampleCpu();
  const started = performance.now();
  await sleep(options.duration * 1000);
  stopped = true;
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = sampleCpu();
  await Promise.all(clients);

  const all: number[] = [];
  const results: OperationResult[] = operations.map(({ name }) => {
    const sample = samples.get(name)!;
    const sorted = sample.ms.sort((a, b) => a - b);
    all.push(...sorted);
    return { name, count: sorted.length, ok: sample.outcomes.ok, refused: sample.outcomes.refused, transient: sample.outcomes.transient, errors: sample.outcomes.error, p50: percentile(sorted, 50), p99: percentile(sorted, 99), codes: sample.codes };
  });
  all.sort((a, b) => a - b);
  let serverTicks = 0;
  for (const [pid, ticks] of cpuAfter.own) if (pid !== process.pid) serverTicks += ticks - (cpuBefore.own.get(pid) ?? 0);
  const serverCpuMs = serverTicks * 10; // USER_HZ ticks of 10 ms
  return {
    seconds,
    operationsPerSecond: all.length / seconds,
    p50: percentile(all, 50),
    p99: percentile(all, 99),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    foreignCores: foreignCores(cpuBefore, cpuAfter),
    serverCores: serverCpuMs / 1000 / seconds,
    serverCpuMsPerOperation: all.length ? serverCpuMs / all.length : NaN,
    operations: results,
  };
}

// ---------------------------------------------------------------------------------------------
// Invariants, read from the database (and the audit chain, through the API) after each phase

interface Invariant {
  name: string;
  holds: boolean;
  detail: string;
}

async function checkInvariants(ownerUrl: string, base: string, scenario: Scenario, planId: string): Promise<Invariant[]> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    // The statuses the service counts against the budget and the caps (matched and after).
    const holding = [...PILOT_HOLDING_STATUSES];
    const { rows: [plan] } = await client.query(
      `SELECT coalesce(sum(a.amount) FILTER (WHERE a.status = ANY($2)), 0)::bigint AS matched,
              count(a.*) FILTER (WHERE a.status = ANY($2))::int AS "matchedCount", count(a.*)::int AS applications
         FROM pilot_plans p LEFT JOIN pilot_applications a ON a.plan_id = p.id WHERE p.id = $1 GROUP BY p.id`,
      [planId, holding],
    );
    const { rows: overCap } = await client.query(
      `SELECT product_id, count(*)::int AS n, sum(amount)::bigint AS amount FROM pilot_applications
        WHERE plan_id = $1 AND status = ANY($2) GROUP BY product_id HAVING count(*) > $3 OR sum(amount) > $4`,
      [planId, holding, PLAN.maxInstitutionsPerProduct, PLAN.maxAmountPerProduct],
    );
    const { rows: [{ twice }] } = await client.query(
      `SELECT count(*)::int AS twice FROM (SELECT 1 FROM pilot_applications WHERE plan_id = $1 AND status <> 'WITHDRAWN' GROUP BY product_id, institution_id HAVING count(*) > 1) d`,
      [planId],
    );
    const { rows: [scores] } = await client.query(
      `SELECT count(*)::int AS scores, count(DISTINCT (item_id, member_id))::int AS pairs,
              count(*) FILTER (WHERE NOT (member_id = ANY($2::uuid[])))::int AS strangers
         FROM item_scores WHERE item_id = ANY($1::uuid[])`,
      [scenario.itemIds, scenario.members.map((m) => m.user.id)],
    );
    const verify = await send(`${base}/api/v1/audit/verify`, { token: scenario.operator.token });
    const verification = verify.body as { ok: boolean; checked: number; firstBroken: unknown } | null;
    return [
      { name: 'plan budget', holds: Number(plan.matched) <= PLAN.budget, detail: `${plan.matchedCount} matched for ₩${Number(plan.matched).toLocaleString('en')} of ₩${PLAN.budget.toLocaleString('en')} (${plan.applications} applications)` },
      { name: 'caps per product', holds: overCap.length === 0, detail: overCap.length ? `${overCap.length} products over (${JSON.stringify(overCap[0])})` : `none over ${PLAN.maxInstitutionsPerProduct} institutions or ₩${PLAN.maxAmountPerProduct.toLocaleString('en')}` },
      { name: 'one application per institution and product', holds: twice === 0, detail: `${twice} pairs applied twice` },
      { name: 'one score per member and item', holds: scores.scores === scores.pairs && scores.strangers === 0 && scores.pairs <= scenario.itemIds.length * scenario.members.length, detail: `${scores.scores} scores for ${scores.pairs} (item, member) pairs of at most ${scenario.itemIds.length * scenario.members.length}` },
      { name: 'audit chain verifies', holds: verify.outcome === 'ok' && verification?.ok === true, detail: verification ? `${verification.checked} links checked${verification.firstBroken ? `, first broken: ${JSON.stringify(verification.firstBroken)}` : ''}` : `GET /audit/verify answered ${verify.status}` },
    ];
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------

const fmt = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(ms < 10 ? 1 : 0) : '–');

function report(phase: PhaseResult): string {
  const lines = [
    `### ${phase.processes} API process${phase.processes > 1 ? 'es' : ''}: ${phase.operationsPerSecond.toFixed(1)} operations/s, p50 ${fmt(phase.p50)} ms, p99 ${fmt(phase.p99)} ms, ${phase.errors} errors`,
    '',
    `The API processes and PostgreSQL used ${phase.serverCores.toFixed(2)} cores, ${fmt(phase.serverCpuMsPerOperation)} ms of CPU per operation; other processes on the machine used ${phase.foreignCores.toFixed(2)} cores meanwhile.`,
    '',
    '| operation | count | /s | ok | refused (a rule) | send again (503) | errors | p50 ms | p99 ms |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...phase.operations.map((o) => `| ${o.name} | ${o.count} | ${(o.count / phase.seconds).toFixed(1)} | ${o.ok} | ${o.refused} | ${o.transient} | ${o.errors} | ${fmt(o.p50)} | ${fmt(o.p99)} |`),
    '',
    ...phase.operations.filter((o) => Object.keys(o.codes).length).map((o) => `- ${o.name}: ${Object.entries(o.codes).map(([code, n]) => `${code} ×${n}`).join(', ')}`),
    '',
    '| invariant | holds | |',
    '|---|---|---|',
    ...phase.invariants.map((i) => `| ${i.name} | ${i.holds ? 'yes' : '**NO**'} | ${i.detail} |`),
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const source = options.source || !existsSync(COMPILED_MAIN);
  log(`API processes run ${source ? 'the TypeScript sources (apps/api/register.cjs)' : 'the compiled build (dist/apps/api)'}`);
  const scratch = mkdtempSync(join(tmpdir(), 'inno-platform-bench-'));
  chmodSync(scratch, 0o755); // the postgres user initialises the cluster inside it
  cleanups.push(() => rmSync(scratch, { recursive: true, force: true }));

  const database = await startEmbeddedPostgres(join(scratch, 'postgres'), await freePort(), log, { shared_buffers: '512MB', max_connections: '100' });
  cleanups.push(() => database.stop());
  await migrate(database.ownerUrl);
  const seeded = await seedCatalogue(database.ownerUrl, options.products, 25_000, log);
  log(`Catalogue: ${seeded.products.toLocaleString('en')} products (${seeded.listed.toLocaleString('en')} listed) in ${seeded.insertSeconds.toFixed(1)} s`);

  const env: Record<string, string> = {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    DATABASE_URL: database.url,
    MIGRATION_DATABASE_URL: database.ownerUrl,
    JWT_SECRET: randomBytes(32).toString('hex'),
    AUDIT_KEY: randomBytes(32).toString('hex'),
    AUDIT_SIGNING_KEY: randomBytes(32).toString('hex'),
    SEALING_KEY: randomBytes(32).toString('hex'),
    AUDIT_CHECKPOINT_DIR: join(scratch, 'audit-checkpoints'),
    AUDIT_CHECKPOINT_INTERVAL_SECONDS: '0',
    STORAGE_DIR: join(scratch, 'files'),
    WEB_DIST_DIR: '/nonexistent',
    SEED_DEMO: 'false',
    DB_POOL_SIZE: String(POOL_SIZE),
    ACCESS_TOKEN_TTL_SECONDS: '3600',
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    NODE_OPTIONS: '',
  };
  loadConfig(env);
  const started = performance.now();
  const scenario = await makeScenario(env, database.url, { suppliers: 30, buyers: 20, members: 7, items: 4, pilotProducts: 8, plans: options.processes.length });
  log(
    `Scenario in ${((performance.now() - started) / 1000).toFixed(1)} s: ${scenario.suppliers.length} suppliers with draft proposals, ${scenario.buyers.length} buyers of different institutions, ` +
      `${scenario.plans.length} pilot plan(s) of ${scenario.plans[0].productIds.length} products each (budget ₩${PLAN.budget.toLocaleString('en')}, at most ${PLAN.maxInstitutionsPerProduct} institutions and ₩${PLAN.maxAmountPerProduct.toLocaleString('en')} a product), ` +
      `${scenario.members.length} committee members sitting on ${scenario.itemIds.length} items, ${scenario.productIds.length} product pages`,
  );

  const phases: PhaseResult[] = [];
  for (const [index, count] of options.processes.entries()) {
    const plan = scenario.plans[index];
    const operations = workload(scenario, plan);
    const apis = await Promise.all(Array.from({ length: count }, () => startApi(env, source)));
    log(`${count} API process(es) answering; ${options.connections} clients, ${options.warmup} s warm-up, ${options.duration} s measured`);
    const load = await runLoad(operations, apis.map((a) => a.base), options);
    const invariants = await checkInvariants(database.ownerUrl, apis[0].base, scenario, plan.id);
    const phase = { processes: count, ...load, invariants };
    phases.push(phase);
    console.log(`\n${report(phase)}\n`);
    for (const api of apis) await stopApi(api);
  }

  const pg = new Client({ connectionString: database.ownerUrl });
  await pg.connect();
  const { rows: [{ version }] } = await pg.query(`SELECT current_setting('server_version') AS version`);
  await pg.end();
  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GB; Node ${process.version}; PostgreSQL ${version} (embedded, shared_buffers 512MB); ` +
      `pool ${POOL_SIZE} per API process; ${options.connections} clients; ${options.products.toLocaleString('en')} catalogue products.`,
  );
  if (options.out) writeFileSync(options.out, JSON.stringify({ options, source, phases }, null, 2));
  const broken = phases.flatMap((p) => p.invariants.filter((i) => !i.holds).map((i) => `${p.processes} process(es): ${i.name}`));
  if (broken.length) throw new Error(`Invariants broken: ${broken.join('; ')}`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: cleaning up`);
    void cleanUp().then(() => process.exit(130));
  });
}
main()
  .then(() => cleanUp())
  .catch(async (error) => {
    console.error('[bench] failed:', error instanceof Error ? error.stack : error);
    await cleanUp();
    process.exit(1);
  });

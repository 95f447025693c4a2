import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from '../src/app.module';
import { loadConfig } from '../src/config/app.config';
import { migrate } from '../src/database/data-source';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { seedDemo } from '../src/database/seeds/demo.seed';
import { holdOutHitRate, type HitRate } from '../src/matchmaking/hit-rate';
import { MatchmakingService } from '../src/matchmaking/matchmaking.service';
import { MatchIndex } from '../src/matchmaking/ranker';
import { LARGE_MARKET, SMALL_MARKET, syntheticMarket, type MarketSize } from './matchmaking-market';

/**
 * Matchmaking hit rate: `npm run bench:matchmaking -- [--k 10] [--institutions N] [--products N]
 * [--purchases MEAN] [--seed S] [--no-demo]`.
 *
 * Each institution's most recent purchase is held out; the ranking sees only what came before it
 * (purchases, needs, products in force on its day) and a hit is the held-out product in the top k.
 * Measured on the demo data (seeded into a scratch embedded PostgreSQL through the platform's own
 * services, as `npm start` does) and on synthetic markets (bench/matchmaking-market.ts), beside the
 * baseline of the k products most bought before.
 */
function parseOptions(argv: string[]) {
  const options = { k: 10, demo: true, large: { ...LARGE_MARKET } as MarketSize };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => Number(inline ?? argv[++i]);
    if (flag === '--k') options.k = value();
    else if (flag === '--institutions') options.large.institutions = value();
    else if (flag === '--products') options.large.products = value();
    else if (flag === '--purchases') options.large.purchasesPerInstitution = value();
    else if (flag === '--seed') options.large.seed = value();
    else if (flag === '--no-demo') options.demo = false;
    else throw new Error(`Unknown option ${flag}`);
  }
  return options;
}

const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;

function line(name: string, result: HitRate, k: number, ms: number, size: string) {
  console.log(
    `${name.padEnd(28)} ${size.padEnd(44)} hit@${k} ${percent(result.rate).padStart(6)} (${result.hits}/${result.institutions})` +
      `  with history ${percent(result.withHistory.rate).padStart(6)} (${result.withHistory.hits}/${result.withHistory.institutions})` +
      `  most-bought baseline ${percent(result.popularBaseline.rate).padStart(6)}  ${(ms / Math.max(1, result.institutions)).toFixed(2)} ms/institution`,
  );
}

function synthetic(name: string, size: MarketSize, k: number) {
  const data = syntheticMarket(size);
  const started = performance.now();
  const result = holdOutHitRate(new MatchIndex(data), k);
  line(name, result, k, performance.now() - started, `${size.institutions} inst., ${size.products} products, ${data.purchases.length} purchases, seed ${size.seed}`);
}

async function demo(k: number) {
  const dir = mkdtempSync(join(tmpdir(), 'matchmaking-bench-'));
  // The cluster runs as `postgres` when we are root: it must reach its data directory.
  chmodSync(dir, 0o755);
  const port = await freePort();
  const embedded = await startEmbeddedPostgres(join(dir, 'postgres'), port, () => undefined);
  try {
    await migrate(embedded.ownerUrl);
    // Everything the seed writes stays in the scratch directory.
    const config = loadConfig({
      ...process.env,
      DATABASE_URL: embedded.url,
      MIGRATION_DATABASE_URL: embedded.ownerUrl,
      SCHEDULER_INTERVAL_SECONDS: '0',
      SMTP_URL: undefined,
      AUDIT_KEY_DIR: join(dir, 'keys'),
      AUDIT_CHECKPOINT_DIR: join(dir, 'audit-checkpoints'),
      STORAGE_DIR: join(dir, 'files'),
    });
    const app = await NestFactory.createApplicationContext(AppModule.register(config, embedded.url), { logger: ['error', 'warn'] });
    try {
      await seedDemo(app);
      const started = performance.now();
      const result = await app.get(MatchmakingService).hitRate(k);
      line('demo data (npm start)', result, k, performance.now() - started, 'the demo year, from the database');
    } finally {
      await app.close();
    }
  } finally {
    await embedded.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.demo) await demo(options.k);
  synthetic('synthetic, small (the spec)', SMALL_MARKET, options.k);
  synthetic('synthetic, large', options.large, options.k);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { configureApp, createAdapter } from '../src/bootstrap/configure-app';
import { Clock } from '../src/clock/clock';
import { AppConfig, loadConfig } from '../src/config/app.config';
import { withCredentials } from '../src/database/roles';

export interface TestApp {
  app: NestFastifyApplication;
  http: () => ReturnType<typeof request>;
  /** The API's own connection: the least-privilege role. */
  dataSource: DataSource;
  config: AppConfig;
  /** The database as the API connects to it (the least-privilege role). */
  databaseUrl: string;
  /** The same database as its owner (DDL), and as the server's superuser. */
  ownerUrl: string;
  superuserUrl: string;
  /** One statement (or several, without parameters) as the owner: what a migration may do. */
  asOwner(sql: string, params?: unknown[]): Promise<unknown[]>;
  /** Stops the API process and keeps its database, as a restart does; `close` then only drops the database. */
  stop(): Promise<void>;
  close(): Promise<void>;
}

// The roles global-setup.mjs creates (database/roles.ts explains them).
export const TEST_OWNER = { role: 'inno_test_owner', password: 'inno-test-owner' };
export const TEST_API = { role: 'inno_test_api', password: 'inno-test-api' };

/** A migrated database of the test roles; `url` is the superuser's. */
export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.TEST_DATABASE_ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A database of this test file's own, cloned from the migrated template; `url` is the superuser's. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `inno_test_${randomUUID().replace(/-/g, '').slice(0, 20)}`;
  await admin(async (client) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE ${name} OWNER ${TEST_OWNER.role} TEMPLATE ${process.env.TEST_TEMPLATE_DATABASE}`);
        return;
      } catch (error) {
        // Two files cloning the template at the same instant: the second waits its turn.
        if ((error as { code?: string }).code !== '55006' || attempt > 50) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  });
  const url = new URL(process.env.TEST_DATABASE_ADMIN_URL!);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined) };
}

/** A clock the test moves by hand. */
export class TestClock extends Clock {
  private at = new Date();
  now(): Date {
    return new Date(this.at);
  }
  set(at: Date | string): void {
    this.at = new Date(at);
  }
  advance(ms: number): void {
    this.at = new Date(this.at.getTime() + ms);
  }
}

async function startApp(config: AppConfig, databaseUrl: string, clock?: TestClock): Promise<{ app: NestFastifyApplication }> {
  const builder = Test.createTestingModule({ imports: [AppModule.register(config, databaseUrl)] });
  if (clock) builder.overrideProvider(Clock).useValue(clock);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createAdapter(config), { logger: ['error', 'warn'] });
  await configureApp(app, config);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return { app };
}

/** The whole API, as main.ts builds it, on a fresh database (or on `options.database`). */
export async function createTestApp(env: Record<string, string> = {}, options: { clock?: TestClock; database?: TestDatabase } = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const apiUrl = withCredentials(database.url, TEST_API.role, TEST_API.password);
  const ownerUrl = withCredentials(database.url, TEST_OWNER.role, TEST_OWNER.password);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: apiUrl,
    MIGRATION_DATABASE_URL: ownerUrl,
    AUDIT_KEY: randomBytes(32).toString('hex'),
    AUDIT_SIGNING_KEY: randomBytes(32).toString('hex'),
    SEALING_KEY: randomBytes(32).toString('hex'),
    AUDIT_CHECKPOINT_DIR: mkdtempSync(join(tmpdir(), 'inno-test-checkpoints-')),
    AUDIT_CHECKPOINT_INTERVAL_SECONDS: '0',
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    WEB_DIST_DIR: '/nonexistent',
    DB_POOL_SIZE: '10',
    SCHEDULER_INTERVAL_SECONDS: '0',
    STORAGE_DIR: mkdtempSync(join(tmpdir(), 'inno-test-files-')),
    ...env,
  });
  const { app } = await startApp(config, apiUrl, options.clock);
  let stopped: Promise<void> | undefined;
  const stop = () => (stopped ??= app.close());
  return {
    app,
    http: () => request(app.getHttpServer()),
    dataSource: app.get(DataSource),
    config,
    databaseUrl: apiUrl,
    ownerUrl,
    superuserUrl: database.url,
    asOwner: async (sql, params = []) => {
      const client = new Client({ connectionString: ownerUrl });
      await client.connect();
      try {
        return (await client.query(sql, params)).rows;
      } finally {
        await client.end();
      }
    },
    stop,
    close: async () => {
      await stop();
      await database.drop();
      rmSync(config.STORAGE_DIR, { recursive: true, force: true });
      rmSync(config.auditCheckpointDir, { recursive: true, force: true });
    },
  };
}

/** A second API process on the same database, as a deployment with replicas runs it; `env` changes its configuration. */
export async function createReplica(t: TestApp, options: { clock?: TestClock; env?: Record<string, string> } = {}): Promise<Pick<TestApp, 'app' | 'http' | 'close'>> {
  const changed = options.env ? loadConfig(options.env) : undefined;
  const config = changed ? Object.assign(new AppConfig(), t.config, Object.fromEntries(Object.keys(options.env!).map((name) => [name, changed[name as keyof AppConfig]]))) : t.config;
  const { app } = await startApp(config, t.databaseUrl, options.clock);
  return { app, http: () => request(app.getHttpServer()), close: () => app.close() };
}

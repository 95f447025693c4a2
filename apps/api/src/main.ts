import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import { configureApp, createAdapter } from './bootstrap/configure-app';
import { ConfigError, loadConfig } from './config/app.config';
import { assertSearchNormalisation, migrate } from './database/data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres';
import { excessPrivileges } from './database/roles';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './database/seeds/demo.seed';

async function bootstrap(): Promise<void> {
  const logger = new Logger('Bootstrap');
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }

  let embedded: EmbeddedDatabase | null = null;
  if (config.usesEmbeddedDatabase) {
    embedded = await startEmbeddedPostgres(config.EMBEDDED_PG_DIR, config.EMBEDDED_PG_PORT, (line) => logger.log(line));
    logger.log(`Embedded PostgreSQL ready on port ${config.EMBEDDED_PG_PORT} (data in ${config.EMBEDDED_PG_DIR})`);
  }
  const databaseUrl = config.DATABASE_URL ?? embedded!.url;

  const applied = await migrate(config.migrationDatabaseUrl ?? embedded!.ownerUrl);
  if (applied.length) logger.log(`Migrations applied: ${applied.join(', ')}`);
  await assertSearchNormalisation(databaseUrl);
  // The audit log's keys are worth nothing if the API's role can rewrite or drop the table.
  const excess = await excessPrivileges(databaseUrl);
  if (excess.length) {
    const message = `The API's database role ${excess.join(', ')}: connect as a least-privilege role and migrate with MIGRATION_DATABASE_URL (docs/architecture.md, "Database roles")`;
    if (config.NODE_ENV === 'production') throw new Error(message);
    logger.warn(message);
  }
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config, databaseUrl), createAdapter(config), {
    bufferLogs: false,
  });
  await configureApp(app, config);
  // Through the platform's own services, before it listens: no request sees the seed's moved clock.
  if (config.seedDemo) {
    const started = Date.now();
    await seedDemo(app);
    logger.log(`Demo data ready (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: stopping`);
    await app.close().catch((e) => logger.error(e));
    await embedded?.stop().catch((e) => logger.error(e));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await app.listen(config.PORT, config.HOST);
  const base = `http://localhost:${config.PORT}`;
  logger.log(`Web: ${base}/   API: ${base}/api/v1   OpenAPI: ${base}/api/docs`);
  if (config.seedDemo) {
    logger.log(`Demo accounts (password for all: ${DEMO_PASSWORD}):`);
    for (const account of DEMO_ACCOUNTS) logger.log(`  ${account.role.padEnd(9)} ${account.email}`);
  }
}

void bootstrap().catch((error) => {
  console.error('The API could not start:', error instanceof Error ? error.stack : error);
  process.exit(1);
});

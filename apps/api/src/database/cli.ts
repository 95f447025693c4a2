/**
 * Database chores from the command line:
 *   migrate              apply pending migrations
 *   seed                 load the demo accounts and companies
 *   generate <Name>      write a migration for the difference between the entities and the migrations
 * Migrations run as the owner role (MIGRATION_DATABASE_URL, else DATABASE_URL), seeds as the API's
 * role (DATABASE_URL); without DATABASE_URL, the embedded PostgreSQL's two roles.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app.config';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { dataSourceOptions, migrate } from './data-source';
import { startEmbeddedPostgres } from './embedded-postgres';
import { seedDemo } from './seeds/demo.seed';

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  const config = loadConfig(process.env);
  const embedded = config.usesEmbeddedDatabase
    ? await startEmbeddedPostgres(config.EMBEDDED_PG_DIR, config.EMBEDDED_PG_PORT, console.log)
    : null;
  const url = config.DATABASE_URL ?? embedded!.url;
  const ownerUrl = config.migrationDatabaseUrl ?? embedded!.ownerUrl;
  try {
    if (command === 'migrate') {
      const applied = await migrate(ownerUrl);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migrations');
    } else if (command === 'seed') {
      await migrate(ownerUrl);
      const app = await NestFactory.createApplicationContext(AppModule.register(config, url), { logger: ['error', 'warn'] });
      try {
        await seedDemo(app);
      } finally {
        await app.close();
      }
      console.log('Demo data loaded');
    } else if (command === 'generate' && name && /^[A-Z][A-Za-z0-9]+$/.test(name)) {
      await generate(embedded?.superuserUrl ?? ownerUrl, name);
    } else {
      console.error('usage: cli.ts migrate | seed | generate <PascalCaseName>');
      process.exitCode = 2;
    }
  } finally {
    await embedded?.stop();
  }
}

/** Diffs the entities against a scratch database migrated from scratch, so local data never matters. */
async function generate(url: string, name: string): Promise<void> {
  const scratch = `inno_migration_scratch_${Date.now()}`;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch} TEMPLATE template0 ENCODING 'UTF8'`);
  try {
    const scratchUrl = withDatabase(url, scratch);
    await migrate(scratchUrl);
    const dataSource = await new DataSource(dataSourceOptions(scratchUrl, 1)).initialize();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    await dataSource.destroy();
    if (sql.upQueries.length === 0) {
      console.log('The migrations already match the entities');
      return;
    }
    const timestamp = Date.now();
    const esc = (q: string) => q.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
    const line = (q: { query: string; parameters?: unknown[] }) =>
      `    await queryRunner.query(\`${esc(q.query)}\`${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`;
    const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map(line).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${sql.downQueries.reverse().map(line).join('\n')}
  }
}
`;
    const file = resolve(__dirname, 'migrations', `${timestamp}-${name}.ts`);
    writeFileSync(file, body);
    console.log(`Wrote ${file}\nAdd ${name}${timestamp} to migrations/index.ts`);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${scratch}`);
    await admin.end();
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});


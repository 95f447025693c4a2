import { Client } from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { grantRuntimePrivileges } from './roles';

export function dataSourceOptions(url: string, poolSize = 4): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    // gen_random_uuid() is built in since PostgreSQL 13: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    extra: { max: poolSize },
  };
}

/** Any constant: held while migrating, so API replicas starting together migrate one at a time. */
const MIGRATION_LOCK_KEY = 72_000;

/**
 * Applies every pending migration, then grants the API's runtime role what it may do (roles.ts);
 * returns the migrations' names. `url` is the owner role's.
 */
export async function migrate(url: string): Promise<string[]> {
  const lock = new Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const dataSource = await new DataSource(dataSourceOptions(url, 1)).initialize();
    try {
      const applied = await dataSource.runMigrations();
      await grantRuntimePrivileges(lock);
      return applied.map((m) => m.name);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await lock.end(); // ends the session, releasing the lock
  }
}

/** The SQL that would make the schema match the entities: empty when migrations are complete. */
export async function pendingSchemaChanges(url: string): Promise<string[]> {
  const dataSource = await new DataSource(dataSourceOptions(url, 1)).initialize();
  try {
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return sql.upQueries.map((q) => q.query);
  } finally {
    await dataSource.destroy();
  }
}

/**
 * pg_trgm decides what a letter is from the database's LC_CTYPE: under `C` it sees no letters in
 * Hangul, and Korean search silently scans everything and ranks nothing. Refuse to start then.
 */
export async function assertHangulTrigrams(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT show_trgm('공기청정기') AS trigrams, (SELECT datctype FROM pg_database WHERE datname = current_database()) AS ctype`);
    if (rows[0].trigrams.length === 0) {
      throw new Error(
        `The database's LC_CTYPE (${rows[0].ctype}) gives no trigrams for Korean: catalogue search would not work. ` +
          `Create the database with a UTF-8 ctype, e.g. CREATE DATABASE ... TEMPLATE template0 LOCALE 'C.UTF-8'.`,
      );
    }
  } finally {
    await client.end();
  }
}

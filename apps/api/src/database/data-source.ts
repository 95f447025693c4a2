import { compactSearchText } from '@inno/contracts';
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
 * Search compares text normalised by the SQL functions of the KoreanSearch migration (code points, so
 * any ctype, C included), which need a UTF-8 database (`normalize()`). Refuse to start if the
 * database's normalisation differs from libs/contracts' (a wrong encoding, or an old schema).
 */
export async function assertSearchNormalisation(url: string): Promise<void> {
  const sample = 'AI 카메라 SAP-3000 화재감지기';
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT search_compact($1) AS compact, pg_encoding_to_char(encoding) AS encoding FROM pg_database WHERE datname = current_database()`, [sample]);
    if (rows[0].compact !== compactSearchText(sample)) {
      throw new Error(
        `The database (encoding ${rows[0].encoding}) normalises search text as '${rows[0].compact}', not '${compactSearchText(sample)}': ` +
          `search would miss Korean words. Create the database with ENCODING 'UTF8'.`,
      );
    }
  } finally {
    await client.end();
  }
}

/**
 * `npm run storage:migrate [-- --from DIR]`: copies the files a replica kept on its local disk
 * (STORAGE_DIR, or DIR) into the driver STORAGE_DRIVER names, verifying each file's SHA-256 against
 * its record. Exits 1 when any file failed; the disk is only read.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app.config';
import { dataSourceOptions, migrate } from '../database/data-source';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { createFileStorage } from './create-file-storage';
import { LocalDiskStorage } from './local-disk.storage';
import { migrateLocalFiles } from './migrate-local-files';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const fromIndex = args.indexOf('--from');
  const config = loadConfig(process.env);
  if (config.STORAGE_DRIVER === 'local') {
    console.error('STORAGE_DRIVER is local: set it to the driver to copy the files into (postgres or s3)');
    process.exitCode = 2;
    return;
  }
  const dir = fromIndex >= 0 ? args[fromIndex + 1] : config.STORAGE_DIR;
  const embedded = config.usesEmbeddedDatabase ? await startEmbeddedPostgres(config.EMBEDDED_PG_DIR, config.EMBEDDED_PG_PORT, console.log) : null;
  try {
    await migrate(config.migrationDatabaseUrl ?? embedded!.ownerUrl);
    const dataSource = await new DataSource(dataSourceOptions(config.DATABASE_URL ?? embedded!.url, 2)).initialize();
    const target = createFileStorage(config, dataSource);
    try {
      console.log(`Copying files from ${dir} into the ${config.STORAGE_DRIVER} storage`);
      const report = await migrateLocalFiles(dataSource, new LocalDiskStorage(dir), target, console.log);
      console.log(`Copied ${report.copied}, already there ${report.alreadyThere}, failed ${report.failed.length}`);
      if (report.failed.length) process.exitCode = 1;
    } finally {
      target.onModuleDestroy();
      await dataSource.destroy();
    }
  } finally {
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

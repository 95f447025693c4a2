import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app.config';
import type { FileStorage } from './file-storage';
import { LocalDiskStorage } from './local-disk.storage';
import { PostgresStorage } from './postgres.storage';
import { S3Storage } from './s3.storage';

/** The driver STORAGE_DRIVER names, for the API and for `npm run storage:migrate`. */
export function createFileStorage(config: AppConfig, dataSource: DataSource): FileStorage {
  switch (config.STORAGE_DRIVER) {
    case 'postgres':
      return new PostgresStorage(dataSource);
    case 's3':
      return new S3Storage({
        bucket: config.S3_BUCKET!,
        region: config.S3_REGION,
        endpoint: config.S3_ENDPOINT,
        credentials: config.S3_ACCESS_KEY_ID ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY! } : undefined,
        forcePathStyle: config.s3ForcePathStyle,
      });
    case 'local':
      return new LocalDiskStorage(config.STORAGE_DIR);
  }
}

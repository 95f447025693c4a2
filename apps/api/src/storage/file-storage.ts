import type { Readable } from 'node:stream';
import type { EntityManager } from 'typeorm';

/** The drivers STORAGE_DRIVER picks from. */
export const STORAGE_DRIVERS = ['postgres', 's3', 'local'] as const;
export type StorageDriver = (typeof STORAGE_DRIVERS)[number];

/** Opening a key that holds no bytes: every driver rejects `open` with it (a 404 to the client, never a half-sent body). */
export class StoredBytesMissingError extends Error {
  constructor(readonly key: string) {
    super(`No stored bytes under ${key}`);
  }
}

/**
 * Where file bytes live: PostgreSQL (the default), an S3-compatible store, or one local directory.
 * `put` is called inside the transaction that inserts the file's record: a driver in the database
 * writes through `manager` and so commits or rolls back with the record; the others write at once.
 * `open` streams the bytes and rejects with StoredBytesMissingError when there are none.
 */
export abstract class FileStorage {
  abstract put(key: string, bytes: Buffer, manager: EntityManager): Promise<void>;
  abstract open(key: string): Promise<Readable>;
  abstract remove(key: string): Promise<void>;
  /** Releases what the driver holds open (Nest calls it on shutdown). */
  onModuleDestroy(): void {}
}

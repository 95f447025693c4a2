import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { MoreThan, type DataSource } from 'typeorm';
import { FileStorage, StoredBytesMissingError } from './file-storage';
import type { LocalDiskStorage } from './local-disk.storage';
import { StoredFile } from './stored-file.entity';

export interface FileMigrationReport {
  copied: number;
  /** Already in the target with the right SHA-256 (a run again after an interruption). */
  alreadyThere: number;
  failed: { fileId: string; key: string; reason: string }[];
}

async function sha256Of(stream: Readable): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The SHA-256 of the bytes under `key`, or null when there are none. */
async function storedSha256(storage: FileStorage, key: string): Promise<string | null> {
  try {
    return await sha256Of(await storage.open(key));
  } catch (error) {
    if (error instanceof StoredBytesMissingError) return null;
    throw error;
  }
}

const BATCH = 200;

/**
 * Copies every stored file's bytes from a replica's local disk into `to`, checking the SHA-256 the
 * record kept at upload against the bytes on disk and then against the bytes read back from `to`.
 * A file that fails either check is reported and left out (its copy removed); the others go on.
 * It can be run again: files already in `to` with the right SHA-256 are counted, not copied twice.
 * The disk is only read: remove it once the report shows no failure.
 */
export async function migrateLocalFiles(dataSource: DataSource, from: LocalDiskStorage, to: FileStorage, log: (line: string) => void = () => undefined): Promise<FileMigrationReport> {
  const report: FileMigrationReport = { copied: 0, alreadyThere: 0, failed: [] };
  const fail = (file: StoredFile, reason: string) => {
    report.failed.push({ fileId: file.id, key: file.storageKey, reason });
    log(`FAILED ${file.storageKey} (file ${file.id}): ${reason}`);
  };
  const files = dataSource.getRepository(StoredFile);
  for (let after = ''; ; ) {
    // By id, a batch at a time: a large platform's records never all sit in memory.
    const batch = await files.find({ where: after ? { id: MoreThan(after) } : {}, order: { id: 'ASC' }, take: BATCH });
    if (batch.length === 0) break;
    after = batch[batch.length - 1].id;
    for (const file of batch) {
      const present = await storedSha256(to, file.storageKey);
      if (present === file.sha256) {
        report.alreadyThere++;
        continue;
      }
      if (present !== null) {
        fail(file, `the target already holds other bytes under this key (sha256 ${present}); left as it is`);
        continue;
      }
      let bytes: Buffer;
      try {
        bytes = await readAll(await from.open(file.storageKey));
      } catch (error) {
        fail(file, error instanceof StoredBytesMissingError ? 'not on the local disk' : `could not be read from the local disk: ${(error as Error).message}`);
        continue;
      }
      const onDisk = createHash('sha256').update(bytes).digest('hex');
      if (onDisk !== file.sha256) {
        fail(file, `the local copy's sha256 ${onDisk} is not the ${file.sha256} recorded at upload`);
        continue;
      }
      await dataSource.transaction((manager) => to.put(file.storageKey, bytes, manager));
      const copied = await storedSha256(to, file.storageKey);
      if (copied !== file.sha256) {
        await to.remove(file.storageKey);
        fail(file, `the copy read back has sha256 ${copied ?? '(nothing)'}, not ${file.sha256}; removed`);
        continue;
      }
      report.copied++;
      log(`copied ${file.storageKey} (${file.size} bytes, sha256 verified)`);
    }
  }
  return report;
}

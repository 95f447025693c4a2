import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { startS3Server, type TestS3Server } from '../../test/s3-server';
import { createTestApp, type TestApp } from '../../test/test-app';
import { loadConfig } from '../config/app.config';
import { createFileStorage } from './create-file-storage';
import { FileStorage, StoredBytesMissingError, type StorageDriver } from './file-storage';
import { LocalDiskStorage } from './local-disk.storage';
import { CHUNK_BYTES, PostgresStorage } from './postgres.storage';
import { PART_BYTES, S3Storage } from './s3.storage';
import { FilePurpose, StoredFile } from './stored-file.entity';

const readAll = async (stream: Readable): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

/** What every driver promises UploadsService, checked the same way for each (the s3 one against s3rver). */
describe.each<StorageDriver>(['postgres', 's3', 'local'])('the %s storage driver', (driver) => {
  let t: TestApp;
  let s3: TestS3Server | undefined;
  let storage: FileStorage;
  const dir = mkdtempSync(join(tmpdir(), 'inno-test-contract-'));

  beforeAll(async () => {
    t = await createTestApp();
    s3 = driver === 's3' ? await startS3Server() : undefined;
    storage = createFileStorage(loadConfig({ STORAGE_DRIVER: driver, STORAGE_DIR: dir, ...s3?.env }), t.dataSource);
  });
  afterAll(async () => {
    storage.onModuleDestroy();
    await s3?.close();
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** As UploadsService stores a file: its record first, then its bytes, in one transaction. */
  async function putWithRecord(bytes: Buffer): Promise<string> {
    const id = randomUUID();
    const key = `${id.slice(0, 2)}/${id}.pdf`;
    await t.dataSource.transaction(async (manager) => {
      await manager.insert(StoredFile, {
        id,
        storageKey: key,
        purpose: FilePurpose.PRODUCT_DOCUMENT,
        downloadName: 'spec.pdf',
        contentType: 'application/pdf',
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        companyId: randomUUID(),
      });
      await storage.put(key, bytes, manager);
    });
    return key;
  }

  it('is the driver STORAGE_DRIVER names', () => {
    expect(storage).toBeInstanceOf({ postgres: PostgresStorage, s3: S3Storage, local: LocalDiskStorage }[driver]);
  });

  it('gives back exactly the bytes stored with the record, larger than one piece of any driver', async () => {
    // Past a PostgreSQL chunk and an S3 part: several rows, a multipart upload.
    const bytes = randomBytes(Math.max(CHUNK_BYTES, PART_BYTES) + 300_000);
    const key = await putWithRecord(bytes);
    expect((await readAll(await storage.open(key))).equals(bytes)).toBe(true);
    // Read twice: opening does not consume the file.
    expect((await readAll(await storage.open(key))).equals(bytes)).toBe(true);
  });

  it('rejects opening a key that holds nothing with StoredBytesMissingError', async () => {
    const id = randomUUID();
    await expect(storage.open(`${id.slice(0, 2)}/${id}.png`)).rejects.toBeInstanceOf(StoredBytesMissingError);
  });

  it('removes one file’s bytes and leaves another’s whole; removing twice is no error', async () => {
    const [first, second] = [randomBytes(10_000), randomBytes(20_000)];
    const [firstKey, secondKey] = [await putWithRecord(first), await putWithRecord(second)];
    await storage.remove(firstKey);
    await expect(storage.open(firstKey)).rejects.toBeInstanceOf(StoredBytesMissingError);
    await storage.remove(firstKey);
    expect((await readAll(await storage.open(secondKey))).equals(second)).toBe(true);
  });
});

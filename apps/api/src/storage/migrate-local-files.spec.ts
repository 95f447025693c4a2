import { Role } from '@inno/contracts';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { actorOf, productInput } from '../../test/factories';
import { startS3Server } from '../../test/s3-server';
import { createReplica, createTestApp, type TestApp } from '../../test/test-app';
import { loadConfig } from '../config/app.config';
import { createFileStorage } from './create-file-storage';
import { StoredBytesMissingError } from './file-storage';
import { LocalDiskStorage } from './local-disk.storage';
import { migrateLocalFiles } from './migrate-local-files';
import { PostgresStorage } from './postgres.storage';
import { StoredFile } from './stored-file.entity';

const PDF = readFileSync(join(__dirname, '../../test/fixtures/minimal.pdf'));
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const readAll = async (stream: Readable): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

describe('npm run storage:migrate: files on a replica’s disk into the postgres or s3 driver', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ STORAGE_DRIVER: 'local' })));
  afterAll(() => t.close());

  it('copies each file whose bytes match its recorded SHA-256, reports the others, and can run again; another process then serves the copies', async () => {
    const supplier = await actorOf(t, Role.SUPPLIER);
    const productId = (await t.http().post('/api/v1/products').set(supplier.auth).send(productInput()).expect(201)).body.id;
    const upload = async (bytes: Buffer) =>
      (await t.http().post(`/api/v1/products/${productId}/documents`).set(supplier.auth).attach('file', bytes, { filename: 'a.pdf', contentType: 'application/pdf' }).expect(201)).body as {
        id: string;
        url: string;
      };
    const good = Buffer.concat([PDF, randomBytes(700_000)]);
    const [kept, corrupted, lost] = [await upload(good), await upload(Buffer.concat([PDF, randomBytes(10)])), await upload(PDF)];
    const keyOf = async (id: string) => (await t.dataSource.getRepository(StoredFile).findOneByOrFail({ id })).storageKey;
    writeFileSync(join(t.config.STORAGE_DIR, await keyOf(corrupted.id)), Buffer.concat([PDF, randomBytes(10)]));
    rmSync(join(t.config.STORAGE_DIR, await keyOf(lost.id)));

    const from = new LocalDiskStorage(t.config.STORAGE_DIR);
    const to = new PostgresStorage(t.dataSource);
    const report = await migrateLocalFiles(t.dataSource, from, to);
    expect(report.copied).toBe(1);
    expect(report.alreadyThere).toBe(0);
    expect(Object.fromEntries(report.failed.map((f) => [f.fileId, f.reason]))).toEqual({
      [corrupted.id]: expect.stringMatching(/^the local copy's sha256 [0-9a-f]{64} is not the [0-9a-f]{64} recorded at upload$/),
      [lost.id]: 'not on the local disk',
    });
    // Nothing was copied for the files that failed.
    const keys = ((await t.dataSource.query('SELECT DISTINCT storage_key AS key FROM stored_file_chunks')) as { key: string }[]).map((row) => row.key);
    expect(keys).toEqual([await keyOf(kept.id)]);

    const again = await migrateLocalFiles(t.dataSource, from, to);
    expect({ copied: again.copied, alreadyThere: again.alreadyThere, failed: again.failed.length }).toEqual({ copied: 0, alreadyThere: 1, failed: 2 });

    // The same into an S3-compatible store.
    const s3 = await startS3Server();
    const bucket = createFileStorage(loadConfig(s3.env), t.dataSource);
    try {
      const intoS3 = await migrateLocalFiles(t.dataSource, from, bucket);
      expect({ copied: intoS3.copied, failed: intoS3.failed.map((f) => f.fileId).sort() }).toEqual({ copied: 1, failed: [corrupted.id, lost.id].sort() });
      expect(sha256(await readAll(await bucket.open(await keyOf(kept.id))))).toBe(sha256(good));
      await expect(bucket.open(await keyOf(corrupted.id))).rejects.toBeInstanceOf(StoredBytesMissingError);
    } finally {
      bucket.onModuleDestroy();
      await s3.close();
    }

    // A process on the postgres driver, without the disk, serves what was copied.
    const replica = await createReplica(t, { env: { STORAGE_DRIVER: 'postgres', STORAGE_DIR: '/nonexistent' } });
    try {
      const served = await replica.http().get(kept.url).expect(200);
      expect(Buffer.compare(served.body as Buffer, good)).toBe(0);
      await replica.http().get(lost.url).expect(404);
    } finally {
      await replica.close();
    }
  });
});

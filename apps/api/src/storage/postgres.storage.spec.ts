import { Role } from '@inno/contracts';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { actorOf, productInput } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';
import { FileStorage } from './file-storage';
import { CHUNK_BYTES, PostgresStorage } from './postgres.storage';
import { FilePurpose, StoredFile } from './stored-file.entity';

const PDF = readFileSync(join(__dirname, '../../test/fixtures/minimal.pdf'));
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

// A full collection on demand, so what is measured is what is held, not garbage awaiting collection.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
/** What the process holds: a second collection finishes sweeping the buffers the first found dead. */
const held = () => {
  gc();
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};

type ChunkReader = { chunk(key: string, seq: number): Promise<Buffer | null> };

describe('the postgres storage driver (the default)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  const chunksOf = async (key: string) =>
    (await t.dataSource.query('SELECT seq, length(data) AS length FROM stored_file_chunks WHERE storage_key = $1 ORDER BY seq', [key])) as { seq: number; length: number }[];

  function record(bytes: Buffer): Partial<StoredFile> {
    const id = randomUUID();
    return {
      id,
      storageKey: `${id.slice(0, 2)}/${id}.pdf`,
      purpose: FilePurpose.PRODUCT_DOCUMENT,
      downloadName: 'a.pdf',
      contentType: 'application/pdf',
      size: bytes.length,
      sha256: sha256(bytes),
      companyId: randomUUID(),
    };
  }

  it('is the driver the API uses when STORAGE_DRIVER is not set', () => {
    expect(t.config.STORAGE_DRIVER).toBe('postgres');
    expect(t.app.get(FileStorage)).toBeInstanceOf(PostgresStorage);
  });

  it('writes the bytes in numbered chunks in the transaction of their record: a rolled-back upload leaves neither', async () => {
    const storage = t.app.get(FileStorage);
    const bytes = randomBytes(CHUNK_BYTES * 2 + 100);
    const kept = record(bytes);
    await t.dataSource.transaction(async (manager) => {
      await manager.insert(StoredFile, kept);
      await storage.put(kept.storageKey!, bytes, manager);
    });
    expect(await chunksOf(kept.storageKey!)).toEqual([
      { seq: 0, length: CHUNK_BYTES },
      { seq: 1, length: CHUNK_BYTES },
      { seq: 2, length: 100 },
    ]);

    const rolledBack = record(bytes);
    await expect(
      t.dataSource.transaction(async (manager) => {
        await manager.insert(StoredFile, rolledBack);
        await storage.put(rolledBack.storageKey!, bytes, manager);
        throw new Error('the change this upload belonged to failed');
      }),
    ).rejects.toThrow('failed');
    expect(await t.dataSource.getRepository(StoredFile).existsBy({ id: rolledBack.id })).toBe(false);
    expect(await chunksOf(rolledBack.storageKey!)).toEqual([]);
  });

  it('deletes the bytes with their record: the foreign key cascades in the deleting transaction', async () => {
    const supplier = await actorOf(t, Role.SUPPLIER);
    const productId = (await t.http().post('/api/v1/products').set(supplier.auth).send(productInput()).expect(201)).body.id;
    const { body: file } = await t.http().post(`/api/v1/products/${productId}/documents`).set(supplier.auth).attach('file', PDF, { filename: 'a.pdf', contentType: 'application/pdf' }).expect(201);
    const { storageKey } = await t.dataSource.getRepository(StoredFile).findOneByOrFail({ id: file.id });
    expect(await chunksOf(storageKey)).toHaveLength(1);
    await t.dataSource.getRepository(StoredFile).delete(file.id);
    expect(await chunksOf(storageKey)).toEqual([]);
    await t.http().get(file.url).expect(404);
  });

  it('downloads a 20 MB document one chunk at a time: the memory the process holds stays flat', async () => {
    const supplier = await actorOf(t, Role.SUPPLIER);
    const productId = (await t.http().post('/api/v1/products').set(supplier.auth).send(productInput()).expect(201)).body.id;
    const size = 20_000_000;
    let pdf: Buffer | null = Buffer.concat([PDF, randomBytes(size - PDF.length)]);
    const expected = sha256(pdf);
    const { body: file } = await t.http().post(`/api/v1/products/${productId}/documents`).set(supplier.auth).attach('file', pdf, { filename: 'big.pdf', contentType: 'application/pdf' }).expect(201);
    pdf = null;

    // The driver's chunk reads are counted, and every fourth one measures what the process holds then.
    const reader = PostgresStorage.prototype as unknown as ChunkReader;
    const original = reader.chunk;
    const reads: number[] = [];
    const heldAtEachRead: number[] = [];
    // Patched by hand: a jest spy would keep every chunk it returned, which is just what is being measured.
    reader.chunk = async function (this: ChunkReader, key, seq) {
      const chunk = await original.call(this, key, seq);
      reads.push(chunk?.length ?? 0);
      // Two full collections take a while on the test process's heap: not at every read.
      if (seq % 4 === 3) heldAtEachRead.push(held());
      return chunk;
    };
    const server = t.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const before = held();
    try {
      // A plain HTTP client that hashes and drops what arrives, so only the server's holding is measured.
      const downloaded = await new Promise<{ status?: number; length: number; sha256: string }>((resolve, reject) => {
        get(`http://127.0.0.1:${port}${file.url}`, (res) => {
          const hash = createHash('sha256');
          let length = 0;
          res.on('data', (data: Buffer) => {
            length += data.length;
            hash.update(data);
          });
          res.on('end', () => resolve({ status: res.statusCode, length, sha256: hash.digest('hex') }));
        }).on('error', reject);
      });
      expect(downloaded).toEqual({ status: 200, length: size, sha256: expected });
    } finally {
      reader.chunk = original;
    }
    const chunks = Math.ceil(size / CHUNK_BYTES);
    // One query per chunk, none larger than a chunk (and perhaps one past the end, finding none).
    expect(reads.filter((length) => length > 0)).toHaveLength(chunks);
    expect(Math.max(...reads)).toBeLessThanOrEqual(CHUNK_BYTES);
    const growth = Math.max(...heldAtEachRead) - before;
    // Measured here: 1.6 MB, the same at every read; with the download buffered whole it climbs to 19 MB.
    console.log(`20 MB download: ${chunks} chunk reads, held memory grew at most ${(growth / 1024 / 1024).toFixed(1)} MB`);
    expect(growth).toBeLessThan(size / 4);
  }, 90_000);
});

import { Role } from '@inno/contracts';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actorOf, productInput } from '../../test/factories';
import { startS3Server, type TestS3Server } from '../../test/s3-server';
import { createReplica, createTestApp, type TestApp } from '../../test/test-app';

const PDF = readFileSync(join(__dirname, '../../test/fixtures/minimal.pdf'));

/**
 * Two API processes on one database, as docker-compose runs them: a file is written through one
 * and read through the other, with no volume between them (issue 16). This file is all two-process tests.
 */
describe.each(['postgres', 's3'] as const)('files shared by two API processes (STORAGE_DRIVER=%s)', (driver) => {
  let s3: TestS3Server | undefined;
  let first: TestApp;
  let second: Awaited<ReturnType<typeof createReplica>>;
  beforeAll(async () => {
    s3 = driver === 's3' ? await startS3Server() : undefined;
    first = await createTestApp(s3?.env ?? {});
    second = await createReplica(first);
  });
  afterAll(async () => {
    await second.close();
    await first.close();
    await s3?.close();
  });

  it('serves through one process a product document uploaded through the other, and removes it for both', async () => {
    expect(first.config.STORAGE_DRIVER).toBe(driver);
    const supplier = await actorOf(first, Role.SUPPLIER);
    const productId = (await first.http().post('/api/v1/products').set(supplier.auth).send(productInput()).expect(201)).body.id;
    const pdf = Buffer.concat([PDF, randomBytes(1_500_000)]);
    const { body: file } = await first.http().post(`/api/v1/products/${productId}/documents`).set(supplier.auth).attach('file', pdf, { filename: '시험성적서.pdf', contentType: 'application/pdf' }).expect(201);

    const served = await second.http().get(file.url).expect(200);
    expect(served.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(served.body as Buffer, pdf)).toBe(0);

    await second.http().delete(`/api/v1/products/${productId}/files/${file.id}`).set(supplier.auth).expect(204);
    await first.http().get(file.url).expect(404);
  });

  it('serves a company’s private document uploaded through the second process to its owner through the first', async () => {
    const supplier = await actorOf(first, Role.SUPPLIER);
    const companyId = supplier.user.companyId!;
    const { body: document } = await second
      .http()
      .post(`/api/v1/companies/${companyId}/documents`)
      .set(supplier.auth)
      .field('kind', 'PATENT')
      .field('title', '특허증')
      .attach('file', PDF, { filename: 'patent.pdf', contentType: 'application/pdf' })
      .expect(201);
    const served = await first.http().get(document.file.url).set(supplier.auth).expect(200);
    expect(Buffer.compare(served.body as Buffer, PDF)).toBe(0);
  });
});

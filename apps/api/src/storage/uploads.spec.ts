import { Role } from '@inno/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actorOf, makeDesignatedProduct, productInput } from '../../test/factories';
import { Company } from '../companies/company.entity';
import { createTestApp, TestApp } from '../../test/test-app';
import { StoredFile } from './stored-file.entity';

const fixture = (name: string) => readFileSync(join(__dirname, '../../test/fixtures', name));
const PNG = fixture('pixel.png');
const PDF = fixture('minimal.pdf');
const EXE_AS_PNG = fixture('program.exe.png');

/** The keys that hold bytes in the default storage (PostgreSQL). */
const storedKeys = async (t: TestApp): Promise<string[]> =>
  ((await t.dataSource.query('SELECT DISTINCT storage_key AS key FROM stored_file_chunks')) as { key: string }[]).map((row) => row.key);

describe('uploads: images and documents', () => {
  let t: TestApp;
  let supplier: Awaited<ReturnType<typeof actorOf>>;
  let productId: string;
  beforeAll(async () => {
    t = await createTestApp();
    supplier = await actorOf(t, Role.SUPPLIER);
    productId = (await t.http().post('/api/v1/products').set(supplier.auth).send(productInput()).expect(201)).body.id;
  });
  afterAll(() => t.close());

  const upload = (kind: 'images' | 'documents', bytes: Buffer, filename: string, contentType = 'image/png') =>
    t.http().post(`/api/v1/products/${productId}/${kind}`).set(supplier.auth).attach('file', bytes, { filename, contentType });

  it('stores a PNG under a name of its own and serves it with its type and download name', async () => {
    const response = await upload('images', PNG, '제품 사진.png').expect(201);
    expect(response.body).toMatchObject({ name: '제품 사진.png', contentType: 'image/png', size: PNG.length });
    const row = await t.dataSource.getRepository(StoredFile).findOneByOrFail({ id: response.body.id });
    expect(row.storageKey).toMatch(/^[0-9a-f]{2}\/[0-9a-f-]{36}\.png$/);
    expect(row.storageKey).not.toContain('제품');
    const served = await t.http().get(response.body.url).expect(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('제품 사진.png')}`);
    expect(Buffer.compare(served.body as Buffer, PNG)).toBe(0);
    const detail = await t.http().get(`/api/v1/products/${productId}`).set(supplier.auth).expect(200);
    expect(detail.body.images.map((i: { id: string }) => i.id)).toEqual([response.body.id]);
  });

  it('decides the type by the bytes: an .exe renamed .png, declared image/png, is refused and nothing is stored', async () => {
    const rowsBefore = await t.dataSource.getRepository(StoredFile).count();
    const filesBefore = (await storedKeys(t)).length;
    const response = await upload('images', EXE_AS_PNG, 'photo.png').expect(400);
    expect(response.body.details.file[0]).toMatch(/JPEG, PNG, WEBP/);
    // A PDF is no image either, whatever its name says, and a PNG is no document.
    await upload('images', PDF, 'photo.png').expect(400);
    await upload('documents', PNG, 'spec.pdf', 'application/pdf').expect(400);
    expect(await t.dataSource.getRepository(StoredFile).count()).toBe(rowsBefore);
    expect(await storedKeys(t)).toHaveLength(filesBefore);
  });

  it('refuses an image over 5 MB and a document over 20 MB with 413, storing nothing', async () => {
    const rowsBefore = await t.dataSource.getRepository(StoredFile).count();
    const bigImage = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]);
    const image = await upload('images', bigImage, 'big.png').expect(413);
    expect(image.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
    const bigPdf = Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024)]);
    await upload('documents', bigPdf, 'big.pdf', 'application/pdf').expect(413);
    expect(await t.dataSource.getRepository(StoredFile).count()).toBe(rowsBefore);
  });

  it('never uses a path the client sent: ../ in a file name is stripped', async () => {
    const response = await upload('documents', PDF, '../../../etc/passwd.pdf', 'application/pdf').expect(201);
    expect(response.body.name).toBe('passwd.pdf');
    const served = await t.http().get(response.body.url).expect(200);
    expect(served.headers['content-type']).toBe('application/pdf');
    expect(served.headers['content-disposition']).toMatch(/^attachment;/);
    expect((await storedKeys(t)).every((key) => /^[0-9a-f]{2}\/[0-9a-f-]{36}\.(png|pdf)$/.test(key))).toBe(true);
  });

  it('refuses a request without a file, or with the file under another field', async () => {
    await t.http().post(`/api/v1/products/${productId}/images`).set(supplier.auth).field('title', 'x').expect(400);
    const wrongField = await t.http().post(`/api/v1/products/${productId}/images`).set(supplier.auth).attach('photo', PNG, 'a.png').expect(400);
    expect(wrongField.body.details).toHaveProperty('photo');
  });

  it('answers a malformed multipart body with 400 on file, a JSON body with 415, and stores nothing', async () => {
    const before = (await storedKeys(t)).length;
    const part = '--x\r\ncontent-disposition: form-data; name="file"; filename="a.png"\r\ncontent-type: image/png\r\n\r\n';
    const fields = Array.from({ length: 25 }, (_, i) => `--x\r\ncontent-disposition: form-data; name="f${i}"\r\n\r\nv\r\n`).join('');
    for (const [contentType, body, field] of [
      ['multipart/form-data', `${part}${PNG.toString('latin1')}\r\n--x--\r\n`, 'file'], // no boundary
      ['multipart/form-data; boundary=x', part.slice(0, 60), 'file'], // cut short
      ['multipart/form-data; boundary=x', `${part}${PNG.toString('latin1')}\r\n`, 'file'], // never closed
      ['multipart/form-data; boundary=x', `${fields}${part}${PNG.toString('latin1')}\r\n--x--\r\n`, 'f20'], // 25 text fields first
    ]) {
      const response = await t.http().post(`/api/v1/products/${productId}/images`).set(supplier.auth).set('content-type', contentType).send(Buffer.from(body, 'latin1')).expect(400);
      expect(Object.keys(response.body.details)).toEqual([field]);
    }
    await t.http().post(`/api/v1/products/${productId}/images`).set(supplier.auth).send({ file: 'a.png' }).expect(415);
    expect(await storedKeys(t)).toHaveLength(before);
  });

  it('removes a file on the owner’s request', async () => {
    const { body: file } = await upload('images', PNG, 'temp.png').expect(201);
    await t.http().delete(`/api/v1/products/${productId}/files/${file.id}`).set(supplier.auth).expect(204);
    await t.http().get(file.url).expect(404);
  });
});

describe('the document locker', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('keeps a company’s documents private to it and the agency, served only through the company', async () => {
    const supplier = await actorOf(t, Role.SUPPLIER);
    const companyId = supplier.user.companyId!;
    const added = await t.http()
      .post(`/api/v1/companies/${companyId}/documents`)
      .set(supplier.auth)
      .field('kind', 'PATENT')
      .field('title', '특허증 10-1234567')
      .field('number', '10-1234567')
      .field('expiresOn', '2034-06-30')
      .attach('file', PDF, { filename: 'patent.pdf', contentType: 'application/pdf' })
      .expect(201);
    expect(added.body).toMatchObject({ kind: 'PATENT', number: '10-1234567', expiresOn: '2034-06-30', file: { name: 'patent.pdf' } });

    const listed = await t.http().get(`/api/v1/companies/${companyId}/documents`).set(supplier.auth).expect(200);
    expect(listed.body.map((d: { id: string }) => d.id)).toEqual([added.body.id]);
    const file = await t.http().get(added.body.file.url).set(supplier.auth).expect(200);
    expect(file.headers['cache-control']).toBe('private, no-store');
    await t.http().get(added.body.file.url).set((await actorOf(t, Role.OPERATOR)).auth).expect(200);
    const other = await actorOf(t, Role.SUPPLIER);
    await t.http().get(added.body.file.url).set(other.auth).expect(403);
    await t.http().get(`/api/v1/companies/${companyId}/documents`).set(other.auth).expect(403);
    // Not reachable through the public file route.
    await t.http().get(`/api/v1/files/${added.body.file.id}`).expect(404);
  });

  it('validates the locker fields with a message per field', async () => {
    const supplier = await actorOf(t, Role.SUPPLIER);
    const response = await t.http()
      .post(`/api/v1/companies/${supplier.user.companyId}/documents`)
      .set(supplier.auth)
      .field('kind', 'DIPLOMA')
      .field('expiresOn', 'next year')
      .attach('file', PDF, { filename: 'x.pdf', contentType: 'application/pdf' })
      .expect(400);
    expect(Object.keys(response.body.details).sort()).toEqual(['expiresOn', 'kind', 'title']);
  });

  it('lets only the company administrator edit the profile; a rename reaches the catalogue’s search text', async () => {
    const admin = await actorOf(t, Role.SUPPLIER);
    const company = await t.dataSource.getRepository(Company).findOneByOrFail({ id: admin.user.companyId! });
    const product = await makeDesignatedProduct(t, { businessNumber: company.businessNumber });
    const member = await actorOf(t, Role.SUPPLIER, { companyId: admin.user.companyId, companyAdmin: false });
    await t.http().patch(`/api/v1/companies/${admin.user.companyId}`).set(member.auth).send({ name: '(주)새이름' }).expect(403);
    const updated = await t.http().patch(`/api/v1/companies/${admin.user.companyId}`).set(admin.auth).send({ name: '(주)새이름', certifications: ['ISO 9001'] }).expect(200);
    expect(updated.body).toMatchObject({ name: '(주)새이름', certifications: ['ISO 9001'] });
    const found = await t.http().get(`/api/v1/products?q=${encodeURIComponent('새이름')}`).expect(200);
    expect(found.body.items.map((p: { id: string; companyName: string }) => [p.id, p.companyName])).toEqual([[product.id, '(주)새이름']]);
  });
});

import { Client, type Notification } from 'pg';
import { makeDesignatedProduct } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';
import { CATALOGUE_CHANNEL, CatalogueService } from './catalogue.service';
import { until } from '../../test/until';

describe('catalogue changes reach every API process through NOTIFY, on commit', () => {
  let t: TestApp;
  let listener: Client;
  const heard: Notification[] = [];
  beforeAll(async () => {
    t = await createTestApp();
    listener = new Client({ connectionString: t.databaseUrl });
    await listener.connect();
    await listener.query(`LISTEN ${CATALOGUE_CHANNEL}`);
    listener.on('notification', (n) => heard.push(n));
  });
  afterAll(async () => {
    await listener.end();
    await t.close();
  });
  beforeEach(() => (heard.length = 0));

  const matched = async (q: string) => (await t.http().get('/api/v1/products').query({ q }).expect(200)).body.total as number;
  const settle = () => new Promise((r) => setTimeout(r, 150));

  it('announces a change when its transaction commits, not before, and not at all when it rolls back', async () => {
    const catalogue = t.app.get(CatalogueService);
    await t.dataSource.transaction(async (manager) => {
      await catalogue.invalidate(manager);
      await settle();
      expect(heard).toEqual([]);
    });
    await until(async () => heard.length === 1, 1_000);
    expect(heard[0].payload).toBe('products');

    heard.length = 0;
    await expect(
      t.dataSource.transaction(async (manager) => {
        await catalogue.invalidateSynonyms(manager);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await settle();
    expect(heard).toEqual([]);
  });

  it('announces a product recorded in the catalogue', async () => {
    await makeDesignatedProduct(t);
    await until(async () => heard.some((n) => n.payload === 'products'), 1_000);
  });

  it('drops cached counts when another process announces a change, also after its listening connection was cut', async () => {
    const product = await makeDesignatedProduct(t);
    expect(await matched('얼룩말센서')).toBe(0); // now cached
    // Another process's edit: this one's cache does not know of it until the notification.
    await t.asOwner(`UPDATE products SET name_ko = name_ko || ' 얼룩말센서' WHERE id = $1`, [product.id]);
    expect(await matched('얼룩말센서')).toBe(0);
    await t.asOwner(`SELECT pg_notify($1, 'products')`, [CATALOGUE_CHANNEL]);
    await until(async () => (await matched('얼룩말센서')) === 1, 1_000);

    // The listening connection dies (a restarted primary, a proxy's idle cut): it listens again,
    // and forgets what it may have missed meanwhile.
    expect(await matched('기린센서')).toBe(0);
    await t.asOwner(`UPDATE products SET name_ko = name_ko || ' 기린센서' WHERE id = $1`, [product.id]);
    const admin = new Client({ connectionString: t.superuserUrl });
    await admin.connect();
    try {
      const listening = () => admin.query(`SELECT pid FROM pg_stat_activity WHERE application_name = 'innomarket-catalogue-listener' AND datname = current_database()`).then((r) => r.rows);
      const [{ pid }] = await listening();
      await admin.query('SELECT pg_terminate_backend($1)', [pid]);
      await until(async () => (await listening()).some((row) => row.pid !== pid), 3_000);
    } finally {
      await admin.end();
    }
    await until(async () => (await matched('기린센서')) === 1, 1_000);
    // And it hears the next change.
    expect(await matched('코끼리센서')).toBe(0);
    await t.asOwner(`UPDATE products SET name_ko = name_ko || ' 코끼리센서' WHERE id = $1`, [product.id]);
    expect(await matched('코끼리센서')).toBe(0);
    await t.asOwner(`SELECT pg_notify($1, 'products')`, [CATALOGUE_CHANNEL]);
    await until(async () => (await matched('코끼리센서')) === 1, 1_000);
  });
});

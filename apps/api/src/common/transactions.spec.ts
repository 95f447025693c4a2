import { productInput } from '../../test/factories';
import { supplierWithProduct } from '../../test/designation-fixtures';
import { createTestApp, TestApp } from '../../test/test-app';

/**
 * PostgreSQL aborts a deadlock victim (40P01) or a serialization failure (40001); the change was
 * undone whole. A trigger of the owner's stands in for the concurrent transaction here.
 */
describe('transactions PostgreSQL aborts to let a concurrent one through', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  const abortOn = (event: 'INSERT' | 'UPDATE', code: '40P01' | '40001', times: number) =>
    t.asOwner(`
      CREATE SEQUENCE aborts_so_far;
      CREATE FUNCTION abort_as_concurrent() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
        BEGIN
          IF nextval('aborts_so_far') <= ${times} THEN RAISE EXCEPTION 'simulated' USING ERRCODE = '${code}'; END IF;
          RETURN NEW;
        END $$;
      CREATE TRIGGER abort_as_concurrent BEFORE ${event} ON products FOR EACH ROW EXECUTE FUNCTION abort_as_concurrent();`);
  const stopAborting = () => t.asOwner('DROP TRIGGER abort_as_concurrent ON products; DROP FUNCTION abort_as_concurrent(); DROP SEQUENCE aborts_so_far');

  it('retries an edit, which is safe to run again, and it succeeds', async () => {
    const { supplier, product } = await supplierWithProduct(t);
    await abortOn('UPDATE', '40P01', 1);
    try {
      const edited = await t.http().patch(`/api/v1/products/${product.id}`).set(supplier.auth).send({ askingPrice: 260_000 }).expect(200);
      expect(edited.body.askingPrice).toBe(260_000);
      expect(await t.asOwner(`SELECT last_value FROM aborts_so_far`)).toEqual([{ last_value: '2' }]);
    } finally {
      await stopAborting();
    }
  });

  it('answers 503 with Retry-After, never 500, when the retries run out or the operation is not retried', async () => {
    const { supplier, product } = await supplierWithProduct(t);
    await abortOn('UPDATE', '40001', 100);
    try {
      const edit = await t.http().patch(`/api/v1/products/${product.id}`).set(supplier.auth).send({ askingPrice: 270_000 }).expect(503);
      expect(edit.headers['retry-after']).toBe('1');
      expect(edit.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable', message: expect.stringMatching(/send it again/) });
    } finally {
      await stopAborting();
    }
    await abortOn('INSERT', '40P01', 100);
    try {
      const created = await t.http().post('/api/v1/products').set(supplier.auth).send(productInput({ modelName: 'SFE-200' })).expect(503);
      expect(created.headers['retry-after']).toBe('1');
    } finally {
      await stopAborting();
    }
  });
});

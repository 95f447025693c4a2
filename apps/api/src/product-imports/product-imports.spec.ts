import { ImportJobStatus, Role, TYPE1_CSV_COLUMNS, withCheckDigit, type ImportJobView } from '@inno/contracts';
import { actorOf } from '../../test/factories';
import { createTestApp, TestApp } from '../../test/test-app';
import { AuditEvent } from '../audit/audit-event.entity';
import { Product } from '../products/product.entity';
import { ProductImportsService } from './product-imports.service';

const row = (i: number, overrides: Partial<Record<(typeof TYPE1_CSV_COLUMNS)[number], string>> = {}) => {
  const values: Record<string, string> = {
    companyName: `(주)가져온기업${i % 7}`,
    businessNumber: withCheckDigit(String(300_000_000 + (i % 7))),
    companySize: 'SME',
    companyRegion: '경기도',
    nameKo: `가져온 제품 ${i}`,
    nameEn: `Imported product ${i}`,
    modelName: `IMP-${i}`,
    description: '부처가 지정한 우수연구개발 혁신제품입니다.',
    categoryCode: 'ICT-02-01',
    goodsClassNo: '43211503',
    detailItemNo: '4321150301',
    tradingUnit: '대',
    askingPrice: String(100_000 + i),
    certifications: 'GS;NEP',
    trl: '9',
    region: '경기도',
    designatingBody: '과학기술정보통신부',
    certificateNumber: `EXC-${i}`,
    designatedOn: '2025-05-01',
    ...overrides,
  };
  return TYPE1_CSV_COLUMNS.map((c) => (/[",\n]/.test(values[c]) ? `"${values[c].replace(/"/g, '""')}"` : values[c])).join(',');
};
const csv = (rows: string[]) => Buffer.from([TYPE1_CSV_COLUMNS.join(','), ...rows].join('\n'), 'utf8');

describe('Type 1 CSV import', () => {
  let t: TestApp;
  let operator: Awaited<ReturnType<typeof actorOf>>;
  beforeAll(async () => {
    t = await createTestApp();
    operator = await actorOf(t, Role.OPERATOR);
  });
  afterAll(() => t.close());

  const startImport = (file: Buffer, name = 'type1.csv') =>
    t.http().post('/api/v1/product-imports').set(operator.auth).attach('file', file, { filename: name, contentType: 'text/csv' });

  async function finished(id: string): Promise<ImportJobView> {
    await Promise.all([...t.app.get(ProductImportsService).running]);
    return (await t.http().get(`/api/v1/product-imports/${id}`).set(operator.auth).expect(200)).body;
  }

  it('imports exactly the good rows of thousands and reports each bad one by its line', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => row(i));
    rows[9] = row(9, { businessNumber: '123-45-67890' }); // line 11: bad check digit
    rows[499] = row(499, { askingPrice: '싸게' }); // line 501
    rows[1499] = row(1499, { categoryCode: 'NOPE', trl: '12' }); // line 1501: two problems
    const before = await t.dataSource.getRepository(Product).count();
    const started = await startImport(csv(rows)).expect(202);
    expect(started.body).toMatchObject({ status: 'RUNNING', totalRows: 2000, fileName: 'type1.csv' });

    const job = await finished(started.body.id);
    expect(job).toMatchObject({ status: ImportJobStatus.SUCCEEDED, totalRows: 2000, processedRows: 2000, importedRows: 1997, failure: null });
    expect(job.errors.map((e) => e.line)).toEqual([11, 501, 1501]);
    expect(job.errors[0].messages.join()).toMatch(/business registration number/);
    expect(job.errors[1].messages.join()).toMatch(/askingPrice/);
    expect(job.errors[2].messages).toEqual(expect.arrayContaining([expect.stringMatching(/trl/), 'categoryCode NOPE is not a catalogue category']));
    expect(await t.dataSource.getRepository(Product).count()).toBe(before + 1997);
    const page = await t.http().get(`/api/v1/products?q=${encodeURIComponent('가져온 제품')}&kind=TYPE1&certification=NEP`).expect(200);
    expect(page.body.total).toBe(1000);
    expect(page.body.totalIsCapped).toBe(true);
    const [event] = await t.dataSource.getRepository(AuditEvent).findBy({ entityId: job.id });
    expect(event).toMatchObject({ action: 'product.type1_imported', actorId: operator.user.id });
    expect((event.data as { goodsIds: string[] }).goodsIds).toHaveLength(1997);
    // Two thousand rows take a while on a loaded two-core machine: a ceiling, not a speed check.
  }, 120_000);

  it('leaves nothing behind when the database fails midway', async () => {
    // A database refusal on row 150, after 149 rows were written in the same transaction.
    await t.asOwner(`CREATE FUNCTION refuse_row() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.name_ko = '가져온 제품 149' THEN RAISE EXCEPTION 'disk full (simulated)'; END IF; RETURN NEW; END $$`);
    await t.asOwner(`CREATE TRIGGER refuse_row BEFORE INSERT ON products FOR EACH ROW EXECUTE FUNCTION refuse_row()`);
    try {
      const before = await t.dataSource.getRepository(Product).count();
      const started = await startImport(csv(Array.from({ length: 300 }, (_, i) => row(i)))).expect(202);
      const job = await finished(started.body.id);
      expect(job).toMatchObject({ status: ImportJobStatus.FAILED, importedRows: 0 });
      expect(job.failure).toMatch(/nothing was imported/);
      expect(await t.dataSource.getRepository(Product).count()).toBe(before);
    } finally {
      await t.asOwner('DROP TRIGGER refuse_row ON products; DROP FUNCTION refuse_row()');
    }
  });

  it('refuses a file that is not a CSV of the expected columns, and other roles', async () => {
    const missing = await startImport(Buffer.from('nameKo,nameEn\n가,b\n')).expect(400);
    expect(missing.body.details.file[0]).toMatch(/lacks the columns: companyName/);
    await startImport(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])).expect(400);
    await startImport(Buffer.from(TYPE1_CSV_COLUMNS.join(','))).expect(400);
    for (const role of [Role.SUPPLIER, Role.BUYER, Role.ADMIN]) {
      const { auth } = await actorOf(t, role);
      await t.http().post('/api/v1/product-imports').set(auth).attach('file', csv([row(1)]), 'a.csv').expect(403);
    }
    const list = await t.http().get('/api/v1/product-imports').set(operator.auth).expect(200);
    expect(list.body.total).toBeGreaterThanOrEqual(2);
  });
});

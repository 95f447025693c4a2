import { ImportJobStatus, Role, TYPE1_CSV_COLUMNS, withCheckDigit, type ImportJobView } from '@inno/contracts';
import { actorOf } from '../../test/factories';
import { createReplica, createTestApp, TestApp, TestClock } from '../../test/test-app';
import { AuditEvent } from '../audit/audit-event.entity';
import { koreanDate } from '../clock/clock';
import { Product } from '../products/product.entity';
import { ImportJob } from './import-job.entity';
import { ProductImportsService } from './product-imports.service';

const DAY = 86_400_000;
const clock = new TestClock();
/** Designated about a year before the test's today: in force whenever the suite runs. */
const designatedOn = () => koreanDate(new Date(clock.now().getTime() - 365 * DAY));

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
    designatedOn: designatedOn(),
    ...overrides,
  };
  return TYPE1_CSV_COLUMNS.map((c) => (/[",\n]/.test(values[c]) ? `"${values[c].replace(/"/g, '""')}"` : values[c])).join(',');
};
const csv = (rows: string[]) => Buffer.from([TYPE1_CSV_COLUMNS.join(','), ...rows].join('\n'), 'utf8');

describe('Type 1 CSV import', () => {
  let t: TestApp;
  let operator: Awaited<ReturnType<typeof actorOf>>;
  beforeAll(async () => {
    t = await createTestApp({}, { clock });
    operator = await actorOf(t, Role.OPERATOR);
  });
  afterAll(() => t.close());

  const startImport = (file: Buffer, name = 'type1.csv') =>
    t.http().post('/api/v1/product-imports').set(operator.auth).attach('file', file, { filename: name, contentType: 'text/csv' });

  /** The import once the queue's worker has run it. */
  async function finished(id: string, app: Pick<TestApp, 'http'> = t, auth = operator.auth): Promise<ImportJobView> {
    for (;;) {
      const job: ImportJobView = (await app.http().get(`/api/v1/product-imports/${id}`).set(auth).expect(200)).body;
      if (job.status !== ImportJobStatus.RUNNING) return job;
      await new Promise((r) => setTimeout(r, 200));
    }
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
  }, 300_000);

  it('reports a row with a control character or a day the calendar lacks by its line, importing the rest', async () => {
    const started = await startImport(csv([row(7000, { nameKo: '제품\u001b[31m' }), row(7001, { designatedOn: '2026-02-31' }), row(7002)])).expect(202);
    const job = await finished(started.body.id);
    expect(job).toMatchObject({ status: ImportJobStatus.SUCCEEDED, importedRows: 1 });
    expect(job.errors).toEqual([
      { line: 2, messages: [expect.stringMatching(/^nameKo must not contain control characters/)], problems: [{ column: 'nameKo', code: 'FIELD_CONTROL_CHARACTERS' }] },
      { line: 3, messages: ['designatedOn must be a date (YYYY-MM-DD)'], problems: [{ column: 'designatedOn', code: 'FIELD_NOT_DATE' }] },
    ]);
  });

  it('leaves nothing behind when the database fails midway', async () => {
    // A database refusal on row 150, after 149 rows were written in the same transaction.
    await t.asOwner(`CREATE FUNCTION refuse_row() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.name_ko = '가져온 제품 10149' THEN RAISE EXCEPTION 'disk full (simulated)'; END IF; RETURN NEW; END $$`);
    await t.asOwner(`CREATE TRIGGER refuse_row BEFORE INSERT ON products FOR EACH ROW EXECUTE FUNCTION refuse_row()`);
    try {
      const before = await t.dataSource.getRepository(Product).count();
      // Rows of their own: the first test's certificates are recorded already.
      const started = await startImport(csv(Array.from({ length: 300 }, (_, i) => row(10_000 + i)))).expect(202);
      const job = await finished(started.body.id);
      expect(job).toMatchObject({ status: ImportJobStatus.FAILED, importedRows: 0 });
      expect(job.failure).toMatch(/nothing was imported/);
      expect(job.failureCode).toBe('IMPORT_DATABASE_ERROR');
      expect(await t.dataSource.getRepository(Product).count()).toBe(before);
    } finally {
      await t.asOwner('DROP TRIGGER refuse_row ON products; DROP FUNCTION refuse_row()');
    }
  }, 120_000); // the queue runs it again twice before it is FAILED

  it('refuses, by its line, a designation dated in the future and a certificate recorded already or earlier in the file', async () => {
    const existing = await t.dataSource.getRepository(Product).findOneByOrFail({ certificateNumber: 'EXC-7' });
    const tomorrow = koreanDate(new Date(clock.now().getTime() + DAY));
    const rows = [
      row(5001, { certificateNumber: 'DUP-1' }), // line 2: imported
      row(5002, { designatedOn: tomorrow }), // line 3
      row(5003, { certificateNumber: 'DUP-1' }), // line 4: repeats line 2
      row(5004, { certificateNumber: 'EXC-7' }), // line 5: recorded by the first import
      row(5005, { certificateNumber: 'DUP-1', designatingBody: '산업통상자원부' }), // line 6: another body's certificate
      row(5006, { designatedOn: koreanDate(clock.now()) }), // line 7: designated today
    ];
    const job = await finished((await startImport(csv(rows)).expect(202)).body.id);
    expect(job).toMatchObject({ status: ImportJobStatus.SUCCEEDED, importedRows: 3 });
    expect(job.errors).toEqual([
      {
        line: 3,
        messages: [expect.stringMatching(new RegExp(`designatedOn ${tomorrow} is in the future`))],
        problems: [{ column: 'designatedOn', code: 'IMPORT_DESIGNATED_IN_FUTURE', params: { designatedOn: tomorrow, today: koreanDate(clock.now()) } }],
      },
      {
        line: 4,
        messages: ['certificateNumber DUP-1 of 과학기술정보통신부 is already recorded (line 2 of this file)'],
        problems: [{ column: 'certificateNumber', code: 'IMPORT_CERTIFICATE_EARLIER_LINE', params: { certificateNumber: 'DUP-1', designatingBody: '과학기술정보통신부', line: 2 } }],
      },
      {
        line: 5,
        messages: [`certificateNumber EXC-7 of 과학기술정보통신부 is already recorded (goods id ${existing.goodsId})`],
        problems: [{ column: 'certificateNumber', code: 'IMPORT_CERTIFICATE_RECORDED', params: { certificateNumber: 'EXC-7', designatingBody: '과학기술정보통신부', goodsId: existing.goodsId } }],
      },
    ]);
    expect(await t.dataSource.getRepository(Product).countBy({ certificateNumber: 'DUP-1' })).toBe(2);
    // The database holds the rule too, should two imports race.
    await expect(t.dataSource.query(`UPDATE products SET certificate_number = 'EXC-8' WHERE id = $1`, [existing.id])).rejects.toThrow(/uq_products_type1_certificate/);
  });

  it('fails visibly an import RUNNING that the queue gave up on', async () => {
    // RUNNING with no job left in the queue (its last attempt died with its process): failed, and said so.
    const jobs = t.dataSource.getRepository(ImportJob);
    const orphan = await jobs.save({ status: ImportJobStatus.RUNNING, fileName: 'stopped.csv', totalRows: 10, processedRows: 5, createdBy: operator.user.id });
    expect(await t.app.get(ProductImportsService).failInterrupted()).toBe(1);
    const stopped = (await t.http().get(`/api/v1/product-imports/${orphan.id}`).set(operator.auth).expect(200)).body;
    expect(stopped).toMatchObject({ status: ImportJobStatus.FAILED, importedRows: 0, failure: expect.stringMatching(/interrupted .* nothing was imported/), finishedAt: expect.any(String) });
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

  // Last: another app in this process takes over passport's strategy, so `t`'s tokens stop working.
  it('runs an import queued before a restart in the next process', async () => {
    // A process that looks at the queue once a minute stops before it runs the upload.
    const slow = await createTestApp({ QUEUE_POLL_SECONDS: '60' }, { clock });
    try {
      const slowOperator = await actorOf(slow, Role.OPERATOR);
      const upload = (await slow.http().post('/api/v1/product-imports').set(slowOperator.auth).attach('file', csv([row(9001), row(9002)]), { filename: 'restart.csv', contentType: 'text/csv' }).expect(202)).body;
      expect(upload.status).toBe(ImportJobStatus.RUNNING);
      await slow.stop();
      const next = await createReplica(slow, { clock, env: { QUEUE_POLL_SECONDS: '0.5' } });
      try {
        const done = await finished(upload.id, next, slowOperator.auth);
        expect(done).toMatchObject({ status: ImportJobStatus.SUCCEEDED, importedRows: 2 });
      } finally {
        await next.close();
      }
    } finally {
      await slow.close();
    }
  });
});

import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ImportJobStatus, ProductKind, TYPE1_CSV_COLUMNS, type ImportJobView, type ImportRowError, type ImportRowProblem, type MessageCode, type Page } from '@inno/contracts';
import { parse } from 'csv-parse/sync';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/authenticated-user';
import { Clock, koreanDate } from '../clock/clock';
import { CategoriesService } from '../categories/categories.service';
import { InvalidInputError, NotFoundError } from '../common/domain-errors';
import { PageQueryDto, toPage } from '../common/page-query.dto';
import { validateInput } from '../common/validation';
import { Type1ProductDto } from '../products/dto/product-input.dto';
import { ProductsService } from '../products/products.service';
import { safeDownloadName } from '../storage/file-type';
import type { UploadedPart } from '../storage/uploads.service';
import { JobQueue } from '../queue/job-queue';
import { PRODUCT_IMPORT_QUEUE, QUEUE_SCHEMA } from '../queue/queues';
import { ImportJob } from './import-job.entity';

const MAX_ROWS = 20_000;
const PROGRESS_EVERY = 50;
/**
 * The running import holds this lock (per job) for its transaction's life, so a process starting up
 * can tell a job another process is running from one whose process died.
 */
const JOB_LOCK = `pg_advisory_xact_lock(hashtextextended('import_job:' || $1, 0))`;
const INTERRUPTED = 'The import was interrupted and could not be run again; nothing was imported. Upload the file again.';
const DATABASE_ERROR = 'The import stopped on a database error; nothing was imported. Fix the file or try again.';
/** An import stopped with its process is run again from its file by the next worker; then it fails for good. */
const IMPORT_RETRIES = 2;

type CsvRow = Record<(typeof TYPE1_CSV_COLUMNS)[number], string>;

const toView = (job: ImportJob): ImportJobView => ({
  id: job.id,
  status: job.status,
  fileName: job.fileName,
  totalRows: job.totalRows,
  processedRows: job.processedRows,
  importedRows: job.importedRows,
  errors: job.errors,
  failure: job.failure,
  failureCode: job.failureCode,
  startedAt: job.startedAt.toISOString(),
  finishedAt: job.finishedAt?.toISOString() ?? null,
});

const certificateKey = (designatingBody: string, certificateNumber: string) => `${designatingBody}\u0000${certificateNumber}`;

/** A CSV row as the Type 1 record it describes (types converted; validation comes after). */
function toType1Input(row: CsvRow): Record<string, unknown> {
  const number = (value: string) => (value.trim() === '' ? undefined : Number(value.replace(/,/g, '')));
  return {
    company: { name: row.companyName, businessNumber: row.businessNumber, size: row.companySize, region: row.companyRegion },
    nameKo: row.nameKo,
    nameEn: row.nameEn,
    modelName: row.modelName,
    description: row.description,
    categoryCode: row.categoryCode,
    goodsClassNo: row.goodsClassNo,
    detailItemNo: row.detailItemNo,
    tradingUnit: row.tradingUnit,
    askingPrice: number(row.askingPrice),
    certifications: row.certifications ? row.certifications.split(';').map((c) => c.trim()).filter(Boolean) : [],
    patents: [],
    trl: number(row.trl),
    region: row.region,
    designatingBody: row.designatingBody,
    certificateNumber: row.certificateNumber,
    designatedOn: row.designatedOn,
  };
}

/**
 * Imports Type 1 products from a CSV. Every row is checked and each bad one reported by its
 * line; the good ones are written in one transaction, so a failure midway leaves nothing
 * behind. Progress is written outside that transaction, for the operator's progress bar.
 * The import runs from the durable queue with the file kept in its row: a process that stops
 * mid-import rolls it back, and the next worker runs it again.
 */
@Injectable()
export class ProductImportsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(ProductImportsService.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly dataSource: DataSource,
    private readonly products: ProductsService,
    private readonly categories: CategoriesService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Takes imports from the queue; at start-up, fails those the queue gave up on. */
  async onApplicationBootstrap(): Promise<void> {
    await this.failInterrupted();
    await this.queue.work<{ importId: string; actor: Actor }>(PRODUCT_IMPORT_QUEUE, async (job) => {
      const lastAttempt = job.retryCount >= job.retryLimit;
      await this.run(job.data.actor, job.data.importId, lastAttempt);
    });
  }

  /**
   * Imports RUNNING that the queue no longer holds (it gave up after a process stopped during the
   * last attempt, or the row predates the queue): marked FAILED. Returns how many.
   */
  async failInterrupted(): Promise<number> {
    const [, affected] = await this.dataSource.query(
      `UPDATE import_jobs i SET status = $1, failure = $2, failure_code = $5, imported_rows = 0, finished_at = now(), csv = NULL
        WHERE status = $3 AND NOT EXISTS (SELECT 1 FROM ${QUEUE_SCHEMA}.job j WHERE j.name = $4 AND j.id = i.id AND j.state < 'completed')`,
      [ImportJobStatus.FAILED, INTERRUPTED, ImportJobStatus.RUNNING, PRODUCT_IMPORT_QUEUE, 'IMPORT_INTERRUPTED' satisfies MessageCode],
    );
    if (affected) this.logger.warn(`${affected} import(s) were interrupted and not run again; marked FAILED`);
    return affected;
  }

  /** Checks the file, then keeps it with the job and queues the job, together. */
  async start(actor: Actor, part: UploadedPart): Promise<ImportJobView> {
    const rows = this.parse(part.bytes);
    const job = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(ImportJob, {
        status: ImportJobStatus.RUNNING,
        fileName: safeDownloadName(part.clientName, 'csv'),
        totalRows: rows.length,
        createdBy: actor.userId,
        csv: part.bytes.toString('utf8'),
      });
      await this.queue.send(PRODUCT_IMPORT_QUEUE, { importId: saved.id, actor }, { id: saved.id, retryLimit: IMPORT_RETRIES, retryDelay: 2, expireInSeconds: 30 * 60 }, manager);
      return saved;
    });
    return toView(job);
  }

  private parse(bytes: Buffer): { line: number; row: CsvRow }[] {
    if (bytes.includes(0)) throw new InvalidInputError('file', 'file must be a CSV text file (UTF-8)', { code: 'IMPORT_FILE_NOT_TEXT' });
    let records: { record: Record<string, string>; info: { lines: number } }[];
    try {
      records = parse(bytes.toString('utf8'), { columns: true, bom: true, info: true, skip_empty_lines: true, trim: true, relax_column_count: true });
    } catch (error) {
      throw new InvalidInputError('file', `file is not readable CSV: ${(error as Error).message}`, { code: 'IMPORT_FILE_NOT_CSV' });
    }
    const header = records.length ? Object.keys(records[0].record) : [];
    const missing = TYPE1_CSV_COLUMNS.filter((c) => !header.includes(c));
    if (records.length === 0) throw new InvalidInputError('file', 'file has no rows under its header', { code: 'IMPORT_FILE_EMPTY' });
    if (missing.length) {
      throw new InvalidInputError('file', `the header lacks the columns: ${missing.join(', ')}`, { code: 'IMPORT_FILE_COLUMNS_MISSING', params: { columns: missing.join(', ') } });
    }
    if (records.length > MAX_ROWS) throw new InvalidInputError('file', `at most ${MAX_ROWS} rows per file; split it`, { code: 'IMPORT_FILE_TOO_MANY_ROWS', params: { max: MAX_ROWS } });
    return records.map(({ record, info }) => ({ line: info.lines, row: record as CsvRow }));
  }

  private async run(actor: Actor, importId: string, lastAttempt: boolean): Promise<void> {
    const jobs = this.dataSource.getRepository(ImportJob);
    const job = await jobs.findOne({ where: { id: importId }, select: { id: true, status: true, fileName: true, csv: true } });
    if (job?.status !== ImportJobStatus.RUNNING || job.csv === null) return;
    const rows = this.parse(Buffer.from(job.csv, 'utf8'));
    const errors: ImportRowError[] = [];
    let imported = 0;
    try {
      const finished = await this.dataSource.transaction(async (manager) => {
        await manager.query(`SELECT ${JOB_LOCK}`, [job.id]);
        const [current] = await manager.query(`SELECT status FROM import_jobs WHERE id = $1`, [job.id]);
        if (current?.status !== ImportJobStatus.RUNNING) return false; // finished by an earlier delivery of the job
        const goodsIds: string[] = [];
        const recorded = await this.recordedCertificates(manager, rows.map(({ row }) => row));
        const today = koreanDate(this.clock.now());
        for (const [index, { line, row }] of rows.entries()) {
          const { value: input, details, detailCodes } = await validateInput(Type1ProductDto, toType1Input(row), { forbidNonWhitelisted: false });
          const messages = Object.values(details).flat();
          const problems: ImportRowProblem[] = Object.entries(detailCodes).flatMap(([column, codes]) => codes.map((why) => ({ column, ...why })));
          const problem = (column: string, message: string, why: Omit<ImportRowProblem, 'column'>) => {
            messages.push(message);
            problems.push({ column, ...why });
          };
          if (input.categoryCode && !(await this.categories.exists(input.categoryCode))) {
            problem('categoryCode', `categoryCode ${input.categoryCode} is not a catalogue category`, { code: 'IMPORT_CATEGORY_UNKNOWN', params: { categoryCode: input.categoryCode } });
          }
          if (input.designatedOn > today) {
            problem('designatedOn', `designatedOn ${input.designatedOn} is in the future (today is ${today}): record a designation once it is made`, {
              code: 'IMPORT_DESIGNATED_IN_FUTURE',
              params: { designatedOn: input.designatedOn, today },
            });
          }
          const certificate = certificateKey(input.designatingBody, input.certificateNumber);
          const earlier = recorded.get(certificate);
          if (earlier) {
            const { certificateNumber, designatingBody } = input;
            problem(
              'certificateNumber',
              `certificateNumber ${certificateNumber} of ${designatingBody} is already recorded (${'goodsId' in earlier ? `goods id ${earlier.goodsId}` : `line ${earlier.line} of this file`})`,
              'goodsId' in earlier
                ? { code: 'IMPORT_CERTIFICATE_RECORDED', params: { certificateNumber, designatingBody, goodsId: earlier.goodsId } }
                : { code: 'IMPORT_CERTIFICATE_EARLIER_LINE', params: { certificateNumber, designatingBody, line: earlier.line } },
            );
          }
          if (messages.length) {
            errors.push({ line, messages, problems });
          } else {
            const product = await this.products.recordType1(actor, input, manager, { audit: false });
            recorded.set(certificate, { line });
            goodsIds.push(product.goodsId);
            imported++;
          }
          if ((index + 1) % PROGRESS_EVERY === 0) {
            // Its own connection: the operator sees progress before this transaction commits.
            await jobs.update(job.id, { processedRows: index + 1 });
          }
        }
        // One audit event for the whole import, written last so the chain's lock is held briefly.
        await this.audit.record(manager, actor, {
          action: 'product.type1_imported',
          entityType: 'import_job',
          entityId: job.id,
          data: { fileName: job.fileName, importedRows: imported, rejectedRows: errors.length, goodsIds },
        });
        // In the transaction: the products and the job's SUCCEEDED commit together (start-up recovery relies on it).
        await manager.update(ImportJob, job.id, { status: ImportJobStatus.SUCCEEDED, processedRows: rows.length, importedRows: imported, errors, finishedAt: new Date(), csv: null });
        return true;
      });
      if (!finished) this.logger.warn(`Import ${job.id} was no longer RUNNING when it began; left as it is`);
    } catch (error) {
      this.logger.error(`Import ${job.id} failed; nothing was imported${lastAttempt ? '' : ' (to be run again)'}`, (error as Error).stack);
      if (!lastAttempt) throw error;
      await jobs.update(job.id, {
        csv: null,
        status: ImportJobStatus.FAILED,
        importedRows: 0,
        errors,
        failure: DATABASE_ERROR,
        failureCode: 'IMPORT_DATABASE_ERROR',
        finishedAt: new Date(),
      });
    }
  }

  /** The file's certificates already recorded as Type 1 products, each with where (its goods id, or a line of the file). */
  private async recordedCertificates(manager: EntityManager, rows: CsvRow[]): Promise<Map<string, { goodsId: string } | { line: number }>> {
    const rowsOf: { designating_body: string; certificate_number: string; goods_id: string }[] = await manager.query(
      `SELECT designating_body, certificate_number, goods_id FROM products
        WHERE kind = $1 AND (designating_body, certificate_number) IN (SELECT * FROM unnest($2::text[], $3::text[]))`,
      [ProductKind.TYPE1, rows.map((r) => r.designatingBody), rows.map((r) => r.certificateNumber)],
    );
    return new Map(rowsOf.map((r) => [certificateKey(r.designating_body, r.certificate_number), { goodsId: r.goods_id }]));
  }

  async get(id: string): Promise<ImportJobView> {
    const job = await this.dataSource.getRepository(ImportJob).findOneBy({ id });
    if (!job) throw new NotFoundError('import', id);
    return toView(job);
  }

  async list(query: PageQueryDto): Promise<Page<ImportJobView>> {
    const [jobs, total] = await this.dataSource.getRepository(ImportJob).findAndCount({ order: { startedAt: 'DESC' }, skip: query.offset, take: query.pageSize });
    return toPage(jobs.map(toView), total, query);
  }
}

import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ImportJobStatus, ProductKind, TYPE1_CSV_COLUMNS, type ImportJobView, type ImportRowError, type Page } from '@inno/contracts';
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
import { ImportJob } from './import-job.entity';

const MAX_ROWS = 20_000;
const PROGRESS_EVERY = 50;
/**
 * The running import holds this lock (per job) for its transaction's life, so a process starting up
 * can tell a job another process is running from one whose process died.
 */
const JOB_LOCK = `pg_advisory_xact_lock(hashtextextended('import_job:' || $1, 0))`;
const TRY_JOB_LOCK = `pg_try_advisory_xact_lock(hashtextextended('import_job:' || $1, 0))`;
const INTERRUPTED = 'The import was interrupted when the service stopped; nothing was imported. Upload the file again.';

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
 */
@Injectable()
export class ProductImportsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(ProductImportsService.name);
  /** Imports under way in this process; tests and shutdown wait on them. */
  readonly running = new Set<Promise<void>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly products: ProductsService,
    private readonly categories: CategoriesService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** At start-up: an import left RUNNING by a process that stopped is marked FAILED (its transaction rolled back). */
  async onApplicationBootstrap(): Promise<void> {
    await this.failInterrupted();
  }

  /** Jobs RUNNING whose lock nobody holds: their process died mid-import. Returns how many were failed. */
  async failInterrupted(): Promise<number> {
    const running = await this.dataSource.getRepository(ImportJob).findBy({ status: ImportJobStatus.RUNNING });
    let failed = 0;
    for (const job of running) {
      await this.dataSource.transaction(async (manager) => {
        const [{ free }] = await manager.query(`SELECT ${TRY_JOB_LOCK} AS free`, [job.id]);
        if (!free) return; // another process is running it
        const [, affected] = await manager.query(
          `UPDATE import_jobs SET status = $2, failure = $3, imported_rows = 0, finished_at = now() WHERE id = $1 AND status = $4`,
          [job.id, ImportJobStatus.FAILED, INTERRUPTED, ImportJobStatus.RUNNING],
        );
        if (affected) {
          failed++;
          this.logger.warn(`Import ${job.id} was interrupted by a stop of the service; marked FAILED`);
        }
      });
    }
    return failed;
  }

  async start(actor: Actor, part: UploadedPart): Promise<ImportJobView> {
    const rows = this.parse(part.bytes);
    const job = await this.dataSource.getRepository(ImportJob).save({
      status: ImportJobStatus.RUNNING,
      fileName: safeDownloadName(part.clientName, 'csv'),
      totalRows: rows.length,
      createdBy: actor.userId,
    });
    const run = this.run(actor, job, rows).finally(() => this.running.delete(run));
    this.running.add(run);
    return toView(job);
  }

  private parse(bytes: Buffer): { line: number; row: CsvRow }[] {
    if (bytes.includes(0)) throw new InvalidInputError('file', 'file must be a CSV text file (UTF-8)');
    let records: { record: Record<string, string>; info: { lines: number } }[];
    try {
      records = parse(bytes.toString('utf8'), { columns: true, bom: true, info: true, skip_empty_lines: true, trim: true, relax_column_count: true });
    } catch (error) {
      throw new InvalidInputError('file', `file is not readable CSV: ${(error as Error).message}`);
    }
    const header = records.length ? Object.keys(records[0].record) : [];
    const missing = TYPE1_CSV_COLUMNS.filter((c) => !header.includes(c));
    if (records.length === 0) throw new InvalidInputError('file', 'file has no rows under its header');
    if (missing.length) throw new InvalidInputError('file', `the header lacks the columns: ${missing.join(', ')}`);
    if (records.length > MAX_ROWS) throw new InvalidInputError('file', `at most ${MAX_ROWS} rows per file; split it`);
    return records.map(({ record, info }) => ({ line: info.lines, row: record as CsvRow }));
  }

  private async run(actor: Actor, job: ImportJob, rows: { line: number; row: CsvRow }[]): Promise<void> {
    const jobs = this.dataSource.getRepository(ImportJob);
    const errors: ImportRowError[] = [];
    let imported = 0;
    try {
      const finished = await this.dataSource.transaction(async (manager) => {
        await manager.query(`SELECT ${JOB_LOCK}`, [job.id]);
        const [current] = await manager.query(`SELECT status FROM import_jobs WHERE id = $1`, [job.id]);
        if (current?.status !== ImportJobStatus.RUNNING) return false; // failed at another process's start-up
        const goodsIds: string[] = [];
        const recorded = await this.recordedCertificates(manager, rows.map(({ row }) => row));
        const today = koreanDate(this.clock.now());
        for (const [index, { line, row }] of rows.entries()) {
          const { value: input, details } = await validateInput(Type1ProductDto, toType1Input(row), { forbidNonWhitelisted: false });
          const messages = Object.values(details).flat();
          if (input.categoryCode && !(await this.categories.exists(input.categoryCode))) {
            messages.push(`categoryCode ${input.categoryCode} is not a catalogue category`);
          }
          if (input.designatedOn > today) messages.push(`designatedOn ${input.designatedOn} is in the future (today is ${today}): record a designation once it is made`);
          const certificate = certificateKey(input.designatingBody, input.certificateNumber);
          const earlier = recorded.get(certificate);
          if (earlier) messages.push(`certificateNumber ${input.certificateNumber} of ${input.designatingBody} is already recorded (${earlier})`);
          if (messages.length) {
            errors.push({ line, messages });
          } else {
            const product = await this.products.recordType1(actor, input, manager, { audit: false });
            recorded.set(certificate, `line ${line} of this file`);
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
        await manager.update(ImportJob, job.id, { status: ImportJobStatus.SUCCEEDED, processedRows: rows.length, importedRows: imported, errors, finishedAt: new Date() });
        return true;
      });
      if (!finished) this.logger.warn(`Import ${job.id} was no longer RUNNING when it began; left as it is`);
    } catch (error) {
      this.logger.error(`Import ${job.id} failed; nothing was imported`, (error as Error).stack);
      await jobs.update(job.id, {
        status: ImportJobStatus.FAILED,
        importedRows: 0,
        errors,
        failure: 'The import stopped on a database error; nothing was imported. Fix the file or try again.',
        finishedAt: new Date(),
      });
    }
  }

  /** The file's certificates already recorded as Type 1 products, each with where (its goods id). */
  private async recordedCertificates(manager: EntityManager, rows: CsvRow[]): Promise<Map<string, string>> {
    const rowsOf: { designating_body: string; certificate_number: string; goods_id: string }[] = await manager.query(
      `SELECT designating_body, certificate_number, goods_id FROM products
        WHERE kind = $1 AND (designating_body, certificate_number) IN (SELECT * FROM unnest($2::text[], $3::text[]))`,
      [ProductKind.TYPE1, rows.map((r) => r.designatingBody), rows.map((r) => r.certificateNumber)],
    );
    return new Map(rowsOf.map((r) => [certificateKey(r.designating_body, r.certificate_number), `goods id ${r.goods_id}`]));
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

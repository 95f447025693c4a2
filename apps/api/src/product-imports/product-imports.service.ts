import { Injectable, Logger } from '@nestjs/common';
import { ImportJobStatus, TYPE1_CSV_COLUMNS, type ImportJobView, type ImportRowError, type Page } from '@inno/contracts';
import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/authenticated-user';
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
export class ProductImportsService {
  private readonly logger = new Logger(ProductImportsService.name);
  /** Imports under way in this process; tests and shutdown wait on them. */
  readonly running = new Set<Promise<void>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly products: ProductsService,
    private readonly categories: CategoriesService,
    private readonly audit: AuditService,
  ) {}

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
      await this.dataSource.transaction(async (manager) => {
        const goodsIds: string[] = [];
        for (const [index, { line, row }] of rows.entries()) {
          const { value: input, details } = await validateInput(Type1ProductDto, toType1Input(row), { forbidNonWhitelisted: false });
          const messages = Object.values(details).flat();
          if (input.categoryCode && !(await this.categories.exists(input.categoryCode))) {
            messages.push(`categoryCode ${input.categoryCode} is not a catalogue category`);
          }
          if (messages.length) {
            errors.push({ line, messages });
          } else {
            const product = await this.products.recordType1(actor, input, manager, { audit: false });
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
      });
      await jobs.update(job.id, {
        status: ImportJobStatus.SUCCEEDED,
        processedRows: rows.length,
        importedRows: imported,
        errors,
        finishedAt: new Date(),
      });
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

import { Injectable, OnModuleInit } from '@nestjs/common';
import {
  OCDS_LICENSE,
  OCDS_VERSION,
  OcdsProcessKind,
  type OcdsPublisher,
  type OcdsRecordPackage,
  type OcdsRelease,
  type OcdsReleasePackage,
} from '@inno/contracts';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, type AuditEntry } from '../audit/audit.service';
import { Clock } from '../clock/clock';
import { InvalidInputError, NotFoundError } from '../common/domain-errors';
import { AppConfig } from '../config/app.config';
import { buildRelease, processesOf, type ProcessRef } from './ocds-mapping';
import { OcdsProcessRow, OcdsReleaseRow, type ReleaseContent } from './ocds-release.entity';
import { canonicalJson, releaseDelta, releaseTags } from './release-changes';
import type { ReleaseQueryDto } from './dto/release-query.dto';
import { PublicReads } from '../database/public-reads';

export const RELEASES_PATH = '/api/v1/open-data/releases';
export const RECORDS_PATH = '/api/v1/open-data/records';
const BULK_BATCH = 500;
const KINDS = Object.values(OcdsProcessKind) as string[];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface Cursor {
  date: Date;
  id: string;
}

const encodeCursor = (row: Pick<OcdsReleaseRow, 'date' | 'id'>) => Buffer.from(JSON.stringify([row.date.toISOString(), row.id])).toString('base64url');

function decodeCursor(cursor: string): Cursor {
  try {
    const [date, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const at = new Date(date);
    if (Number.isNaN(at.getTime()) || !/^\d{1,18}$/.test(id)) throw new Error('malformed');
    return { date: at, id };
  } catch {
    throw new InvalidInputError('cursor', 'cursor must be a value from a links.next of this feed', { code: 'FIELD_INVALID', params: { field: 'cursor', rule: 'cursor' } });
  }
}

/**
 * The open-data feed in OCDS. Each audited change that touches a contracting process writes a
 * release of that process in the change's own transaction (AuditService's commit hook), dated by
 * the platform's clock: the feed's history is what happened, and it cannot miss a change or
 * publish one that rolled back. The process as it stands is kept beside its releases (the
 * record's compiled release); a change that alters nothing published makes no release.
 */
@Injectable()
export class OpenDataService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publicReads: PublicReads,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.audit.onCommit((manager, entries) => this.publish(manager, entries));
  }

  /** Writes a release of each process the entries touched, in their transaction. */
  async publish(manager: EntityManager, entries: readonly AuditEntry[]): Promise<void> {
    const touched = new Map<string, ProcessRef>();
    for (const entry of entries) {
      for (const process of await processesOf(manager, entry)) touched.set(`${process.kind}:${process.id}`, process);
    }
    // In a fixed order, so two changes of the same processes wait for each other rather than deadlock.
    for (const key of [...touched.keys()].sort()) await this.writeRelease(manager, touched.get(key)!);
  }

  private async writeRelease(manager: EntityManager, process: ProcessRef): Promise<void> {
    // Serialises releases of one process: after the lock, this transaction reads what the one before it committed.
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`ocds:${process.kind}:${process.id}`]);
    const built = await buildRelease(manager, process, this.clock.now());
    if (!built) return;
    const compiledHash = createHash('sha256').update(canonicalJson(built.content)).digest('hex');
    const published = await manager.findOneBy(OcdsProcessRow, { kind: process.kind, subjectId: process.id });
    if (published?.compiledHash === compiledHash || (!published && built.onlyIfPublished)) return;
    const date = this.clock.now();
    const previous = published?.compiled ?? null;
    await manager.insert(OcdsReleaseRow, { kind: process.kind, subjectId: process.id, date, tags: releaseTags(previous, built.content), content: releaseDelta(previous, built.content) });
    await manager.upsert(OcdsProcessRow, { kind: process.kind, subjectId: process.id, compiled: built.content, compiledHash, date }, ['kind', 'subjectId']);
  }

  /**
   * Gives each process that changed before the feed existed its first release, dated now (the demo
   * data of an earlier start, say). Each in a transaction of its own, under the process's lock: run
   * twice or by two replicas at once, it writes each release once.
   */
  async publishUnpublished(): Promise<number> {
    const unpublished: ProcessRef[] = await this.dataSource.query(
      `SELECT 'designation' AS kind, id FROM calls WHERE kind = 'SUPPLIER_PROPOSAL'
       UNION ALL SELECT 'pilot', id FROM pilot_plans
       UNION ALL SELECT 'challenge', id FROM challenges WHERE status NOT IN ('DRAFT', 'WITHDRAWN')
       UNION ALL SELECT 'order', id FROM orders WHERE contracted_on IS NOT NULL
       EXCEPT SELECT kind, subject_id FROM ocds_processes`,
    );
    for (const process of unpublished) {
      await this.dataSource.transaction((manager) => this.writeRelease(manager, process));
    }
    return unpublished.length;
  }

  ocid(kind: string, subjectId: string): string {
    return `${this.config.OCDS_OCID_PREFIX}-${kind}-${subjectId}`;
  }

  private release(row: OcdsReleaseRow): OcdsRelease {
    const ocid = this.ocid(row.kind, row.subjectId);
    return { ocid, id: `${ocid}-${row.id}`, date: row.date.toISOString(), tag: row.tags, ...(row.content as ReleaseContent) };
  }

  private get publisher(): OcdsPublisher {
    return { name: '조달청 혁신장터 (Public Procurement Service, Innovation Marketplace)', uri: this.config.publicUrl };
  }

  /** Releases in date order from `since`, a page at a time; `links.next` continues after the last one. */
  async releasePackage(query: ReleaseQueryDto): Promise<OcdsReleasePackage> {
    const after = query.cursor ? decodeCursor(query.cursor) : null;
    // Published data, the same for every reader: read from a streaming replica when there is one.
    const rows = await this.publicReads.run(null, (manager) => {
      const qb = manager.getRepository(OcdsReleaseRow).createQueryBuilder('r');
      if (query.since) qb.andWhere('r.date >= :since', { since: new Date(query.since) });
      if (after) qb.andWhere('(r.date, r.id) > (:afterDate, :afterId)', { afterDate: after.date, afterId: after.id });
      return qb.orderBy('r.date', 'ASC').addOrderBy('r.id', 'ASC').limit(query.limit + 1).getMany();
    });
    const page = rows.slice(0, query.limit);
    const releases = page.map((row) => this.release(row));
    const here = new URLSearchParams({ ...(query.since ? { since: query.since } : {}), ...(query.cursor ? { cursor: query.cursor } : {}), limit: String(query.limit) });
    const next = rows.length > query.limit ? new URLSearchParams({ ...(query.since ? { since: query.since } : {}), cursor: encodeCursor(page[page.length - 1]), limit: String(query.limit) }) : null;
    return {
      uri: `${this.config.publicUrl}${RELEASES_PATH}?${here}`,
      version: OCDS_VERSION,
      // Generated on demand: the date of the newest change it holds.
      publishedDate: this.latest(page),
      publisher: this.publisher,
      license: OCDS_LICENSE,
      releases,
      ...(next ? { links: { next: `${this.config.publicUrl}${RELEASES_PATH}?${next}` } } : {}),
    };
  }

  /** One process's record: all its releases, oldest first, and the process as it stands (compiled). */
  async recordPackage(ocid: string): Promise<OcdsRecordPackage> {
    const prefix = `${this.config.OCDS_OCID_PREFIX}-`;
    const [kind, ...rest] = ocid.startsWith(prefix) ? ocid.slice(prefix.length).split('-') : [];
    const subjectId = rest.join('-');
    if (!KINDS.includes(kind) || !UUID.test(subjectId)) {
      throw new InvalidInputError('ocid', `ocid must be ${prefix}, a kind (${KINDS.join(', ')}), - and an id`, { code: 'FIELD_WRONG_FORMAT' });
    }
    const { process, rows } = await this.publicReads.run(null, async (manager) => {
      const process = await manager.getRepository(OcdsProcessRow).findOneBy({ kind: kind as OcdsProcessKind, subjectId });
      const rows = process ? await manager.getRepository(OcdsReleaseRow).find({ where: { kind: process.kind, subjectId }, order: { date: 'ASC', id: 'ASC' } }) : [];
      return { process, rows };
    });
    if (!process) throw new NotFoundError('contracting process', ocid);
    const releases = rows.map((row) => this.release(row));
    const latest = this.latest(rows);
    // The releases merged by id in the order they were written: kept whole at each release, in its transaction.
    const compiledRelease: OcdsRelease = { ocid, id: `${ocid}-${latest}`, date: latest, tag: ['compiled'], ...process.compiled };
    return {
      uri: `${this.config.publicUrl}${RECORDS_PATH}/${encodeURIComponent(ocid)}`,
      version: OCDS_VERSION,
      publishedDate: latest,
      publisher: this.publisher,
      license: OCDS_LICENSE,
      records: [{ ocid, releases, compiledRelease }],
    };
  }

  /**
   * Every release as JSON Lines (one release a line, in date order), read a batch at a time so the
   * whole feed is never held in memory.
   */
  bulk(): Readable {
    const repository = this.dataSource.getRepository(OcdsReleaseRow);
    const releaseOf = (row: OcdsReleaseRow) => this.release(row);
    async function* lines(): AsyncGenerator<string> {
      let after: Cursor | null = null;
      for (;;) {
        const qb = repository.createQueryBuilder('r');
        if (after) qb.where('(r.date, r.id) > (:afterDate, :afterId)', { afterDate: after.date, afterId: after.id });
        const rows = await qb.orderBy('r.date', 'ASC').addOrderBy('r.id', 'ASC').limit(BULK_BATCH).getMany();
        if (rows.length) yield rows.map((row) => `${JSON.stringify(releaseOf(row))}\n`).join('');
        if (rows.length < BULK_BATCH) return;
        after = rows[rows.length - 1];
      }
    }
    return Readable.from(lines());
  }

  private latest(rows: Pick<OcdsReleaseRow, 'date'>[]): string {
    if (!rows.length) return this.clock.now().toISOString();
    return new Date(Math.max(...rows.map((row) => row.date.getTime()))).toISOString();
  }
}

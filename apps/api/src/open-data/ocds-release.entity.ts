import type { OcdsProcessKind, OcdsRelease, OcdsReleaseTag } from '@inno/contracts';
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** What a release holds besides its identity. */
export type ReleaseContent = Omit<OcdsRelease, 'ocid' | 'id' | 'date' | 'tag'>;

/**
 * One OCDS release, written in the transaction of the change it records (AuditService's commit
 * hook): the feed's history is what happened, never rebuilt afterwards. Append-only like the audit
 * log. It carries the tender whole and, of the awards and contracts, those the change made or
 * altered (OCDS merges them by id), so a plan with many pilots does not repeat them all each time.
 * The ocid is not stored: it is the configured prefix, the kind and the subject's id.
 */
@Entity({ name: 'ocds_releases' })
@Index('IDX_ocds_releases_process', ['kind', 'subjectId', 'id'])
@Index('IDX_ocds_releases_date', ['date', 'id'])
export class OcdsReleaseRow {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'PK_ocds_releases' }) id: string;
  @Column({ type: 'varchar', length: 16 }) kind: OcdsProcessKind;
  /** The call, pilot plan, challenge or order the process is. */
  @Column({ name: 'subject_id', type: 'uuid' }) subjectId: string;
  /** When the change happened, by the platform's clock. */
  @Column({ type: 'timestamptz' }) date: Date;
  @Column({ type: 'text', array: true }) tags: OcdsReleaseTag[];
  @Column({ type: 'jsonb' }) content: ReleaseContent;
}

/**
 * Each published process as it stands: the releases merged (the record's compiled release), and
 * what the next change is compared with. Replaced at each release, in its transaction.
 */
@Entity({ name: 'ocds_processes' })
export class OcdsProcessRow {
  @PrimaryColumn({ type: 'varchar', length: 16, primaryKeyConstraintName: 'PK_ocds_processes' }) kind: OcdsProcessKind;
  @PrimaryColumn({ name: 'subject_id', type: 'uuid', primaryKeyConstraintName: 'PK_ocds_processes' }) subjectId: string;
  @Column({ type: 'jsonb' }) compiled: ReleaseContent;
  /** SHA-256 of `compiled`: a change that leaves the published process as it was makes no release. */
  @Column({ name: 'compiled_hash', type: 'char', length: 64 }) compiledHash: string;
  /** The date of its newest release. */
  @Column({ type: 'timestamptz' }) date: Date;
}

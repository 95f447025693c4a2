import type { DesignationTerms, PatentRef } from '@inno/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One designation of a product, from the day it took effect to its expiry or revocation. A product
 * has at most one in force (the partial unique index), and its designations together hold at most
 * the ceiling of their terms. The product row carries the current one's number, dates and stage.
 */
@Entity({ name: 'designations' })
@Index('uq_designations_in_force', ['productId'], { unique: true, where: '"ended_as" IS NULL' })
export class Designation {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ name: 'product_id', type: 'uuid' }) productId: string;
  /** The proposal and call it came from; null for a Type 1 record. */
  @Column({ name: 'proposal_id', type: 'uuid', nullable: true }) proposalId: string | null;
  @Column({ name: 'call_id', type: 'uuid', nullable: true }) callId: string | null;
  @Column({ name: 'designated_on', type: 'date' }) designatedOn: string;
  @Column({ name: 'valid_until', type: 'date' }) validUntil: string;
  /** Years granted so far (first term and extensions): what the ceiling counts. */
  @Column({ type: 'smallint' }) years: number;
  @Column({ name: 'extension_stage', type: 'smallint', default: 0 }) extensionStage: number;
  /** Validity, extension steps and ceiling, copied from the call (or the rule settings) when designated. */
  @Column({ type: 'jsonb' }) terms: DesignationTerms;
  /** The product's patents and certifications as designated: the extension check reads these. */
  @Column({ type: 'jsonb' }) patents: PatentRef[];
  @Column({ type: 'text', array: true }) certifications: string[];
  /** Null while in force (suspended included); EXPIRED or REVOKED once it ends. */
  @Column({ name: 'ended_as', type: 'varchar', length: 16, nullable: true }) endedAs: 'EXPIRED' | 'REVOKED' | null;
  @Column({ name: 'ended_on', type: 'date', nullable: true }) endedOn: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

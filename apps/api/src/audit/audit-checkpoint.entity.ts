import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A signed statement of the chain's head: after `linkCount` links, the newest is `headId` with
 * `headHash`. Kept here and as files the operator archives; verify refuses a chain shorter than,
 * or different from, any checkpoint. Append-only like the chain.
 */
@Entity({ name: 'audit_checkpoints' })
export class AuditCheckpoint {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  /** The chain's first link's hash: which chain (which database) the checkpoint is of. */
  @Column({ name: 'chain_id', type: 'char', length: 64, nullable: true }) chainId: string | null;
  @Column({ name: 'link_count', type: 'bigint' }) linkCount: string;
  @Column({ name: 'head_id', type: 'bigint', nullable: true }) headId: string | null;
  @Column({ name: 'head_hash', type: 'char', length: 64 }) headHash: string;
  @Column({ name: 'signed_at', type: 'timestamptz' }) signedAt: Date;
  @Column({ name: 'key_id', type: 'varchar', length: 16 }) keyId: string;
  @Column({ type: 'varchar', length: 100 }) signature: string;
}

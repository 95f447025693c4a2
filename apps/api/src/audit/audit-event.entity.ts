import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One link of the append-only audit chain. `hash` chains the content, `mac` (HMAC under a key
 * the database never sees) makes the link unforgeable. A trigger refuses UPDATE, DELETE and
 * TRUNCATE and the API's role may only INSERT and SELECT; links are written at commit, under
 * a lock, so the chain never forks.
 */
@Entity({ name: 'audit_events' })
@Index(['entityType', 'entityId'])
export class AuditEvent {
  @PrimaryColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt: Date;
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId: string | null;
  @Column({ name: 'actor_role', type: 'varchar', length: 16, nullable: true }) actorRole: string | null;
  @Column({ type: 'varchar', length: 80 }) action: string;
  @Column({ name: 'entity_type', type: 'varchar', length: 40 }) entityType: string;
  @Column({ name: 'entity_id', type: 'varchar', length: 64, nullable: true }) entityId: string | null;
  @Column({ name: 'from_state', type: 'varchar', length: 40, nullable: true }) fromState: string | null;
  @Column({ name: 'to_state', type: 'varchar', length: 40, nullable: true }) toState: string | null;
  @Column({ type: 'jsonb', default: () => "'{}'" }) data: Record<string, unknown>;
  @Column({ name: 'request_id', type: 'varchar', length: 64, nullable: true }) requestId: string | null;
  @Column({ name: 'prev_hash', type: 'char', length: 64 }) prevHash: string;
  @Column({ type: 'char', length: 64 }) hash: string;
  /** Null only on links written before the MAC existed (a database constraint holds that). */
  @Column({ type: 'char', length: 64, nullable: true }) mac: string | null;
}

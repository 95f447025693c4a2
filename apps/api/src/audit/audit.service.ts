import { Injectable } from '@nestjs/common';
import type { AuditEventView, AuditVerification, Page } from '@inno/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { Actor } from '../auth/authenticated-user';
import { PageQueryDto, toPage } from '../common/page-query.dto';
import { AuditEvent } from './audit-event.entity';
import { auditHash, GENESIS_HASH } from './audit-hash';

/** Any constant: every writer of the chain takes this transaction-scoped advisory lock. */
const CHAIN_LOCK_KEY = 72_001;
const VERIFY_BATCH = 2_000;

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  fromState?: string | null;
  toState?: string | null;
  data?: Record<string, unknown>;
}

/** Who did it: a signed-in actor, or the system itself (seeds, scheduled jobs). */
export type AuditActor = Pick<Actor, 'userId' | 'role' | 'requestId'> | { system: string; requestId?: string | null };

@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Appends one link, inside the caller's transaction so the change and its record
   * commit together. The advisory lock serialises writers until commit: each link
   * reads the committed head, and the chain cannot fork.
   */
  async record(manager: EntityManager, actor: AuditActor, entry: AuditEntry): Promise<AuditEvent> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('AuditService.record must run inside the transaction of the change it records');
    }
    await manager.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK_KEY]);
    const [head] = await manager.query('SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1');
    const [{ id }] = await manager.query("SELECT nextval('audit_events_id_seq')::text AS id");
    const event = manager.create(AuditEvent, {
      id,
      occurredAt: new Date(),
      actorId: 'system' in actor ? null : actor.userId,
      actorRole: 'system' in actor ? `SYSTEM` : actor.role,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      fromState: entry.fromState ?? null,
      toState: entry.toState ?? null,
      data: 'system' in actor ? { ...entry.data, system: actor.system } : (entry.data ?? {}),
      requestId: actor.requestId ?? null,
      prevHash: head?.hash ?? GENESIS_HASH,
    });
    event.hash = auditHash(event.prevHash, event);
    // insert, not save: save would first SELECT the id it is about to write.
    await manager.insert(AuditEvent, event as QueryDeepPartialEntity<AuditEvent>);
    return event;
  }

  async list(query: PageQueryDto & { entityType?: string; entityId?: string; action?: string }): Promise<Page<AuditEventView>> {
    const qb = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e');
    if (query.entityType) qb.andWhere('e.entityType = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('e.entityId = :entityId', { entityId: query.entityId });
    if (query.action) qb.andWhere('e.action = :action', { action: query.action });
    const [events, total] = await qb.orderBy('e.id', 'DESC').skip(query.offset).take(query.pageSize).getManyAndCount();
    return toPage(events.map(toView), total, query);
  }

  /** Walks the whole chain in id order and reports the first link that does not hold. */
  async verify(): Promise<AuditVerification> {
    const repository = this.dataSource.getRepository(AuditEvent);
    let expectedPrev = GENESIS_HASH;
    let checked = 0;
    let after = '0';
    for (;;) {
      const batch = await repository
        .createQueryBuilder('e')
        .where('e.id > :after', { after })
        .orderBy('e.id', 'ASC')
        .limit(VERIFY_BATCH)
        .getMany();
      for (const event of batch) {
        if (event.prevHash !== expectedPrev) {
          return { ok: false, checked, firstBroken: { id: event.id, reason: 'PREVIOUS_HASH_MISMATCH' } };
        }
        if (auditHash(event.prevHash, event) !== event.hash) {
          return { ok: false, checked, firstBroken: { id: event.id, reason: 'HASH_MISMATCH' } };
        }
        expectedPrev = event.hash;
        checked++;
      }
      if (batch.length < VERIFY_BATCH) return { ok: true, checked, firstBroken: null };
      after = batch[batch.length - 1].id;
    }
  }
}

function toView(event: AuditEvent): AuditEventView {
  return {
    id: event.id,
    occurredAt: event.occurredAt.toISOString(),
    actorId: event.actorId,
    actorRole: event.actorRole,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    fromState: event.fromState,
    toState: event.toState,
    data: event.data,
    requestId: event.requestId,
    hash: event.hash,
  };
}

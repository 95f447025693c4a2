import { Injectable } from '@nestjs/common';
import type { AuditBreak, AuditEventView, Page } from '@inno/contracts';
import { DataSource, EntityManager, type EntitySubscriberInterface, type QueryRunner, type TransactionCommitEvent, type TransactionRollbackEvent } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { Actor } from '../auth/authenticated-user';
import { PageQueryDto, toPage } from '../common/page-query.dto';
import { AuditEvent } from './audit-event.entity';
import { auditHash, auditMac, GENESIS_HASH, macMatches, type AuditContent } from './audit-hash';
import { AuditKeys } from './audit-keys';

/** Any constant: a transaction appending to the chain holds this advisory lock from its last statement to COMMIT. */
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

/** A point of the chain the walk must pass through: after `linkCount` links, the head is `headId`/`headHash`. */
export interface ChainAnchor {
  linkCount: number;
  headId: string | null;
  headHash: string;
}

export interface ChainWalk {
  ok: boolean;
  checked: number;
  /** Links written before the MAC existed: chained by hash only. */
  unkeyed: number;
  head: { id: string | null; hash: string };
  firstBroken: { id: string | null; reason: AuditBreak } | null;
}

type PendingLink = Omit<AuditContent, 'id'> & { depth: number };

/**
 * Work that must commit with an audited change, run at its commit before the links are written
 * (the open-data feed writes a release of each process the change touched). It sees the
 * transaction's final state; an error rolls the change back.
 */
export type AuditCommitHook = (manager: EntityManager, entries: readonly AuditEntry[]) => Promise<void>;

/**
 * The audit chain. `record` queues a link on the caller's transaction; the links are written by
 * `beforeTransactionCommit`, as the transaction's last statements. The chain's lock is therefore
 * taken after every row lock the transaction will ever take and held only until its COMMIT: it
 * cannot close a deadlock cycle, and audited writes run in parallel until their last moment.
 */
@Injectable()
export class AuditService implements EntitySubscriberInterface {
  private readonly pending = new WeakMap<QueryRunner, PendingLink[]>();
  private readonly commitHooks: AuditCommitHook[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly keys: AuditKeys,
  ) {
    dataSource.subscribers.push(this);
  }

  /** Records an entry in the caller's transaction: it commits with the change, or not at all. */
  async record(manager: EntityManager, actor: AuditActor, entry: AuditEntry): Promise<void> {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) {
      throw new Error('AuditService.record must run inside the transaction of the change it records');
    }
    const links = this.pending.get(runner) ?? [];
    this.pending.set(runner, links);
    links.push({
      depth: depthOf(runner),
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
    });
  }

  /** Runs `hook` at the commit of every audited transaction, in it (see AuditCommitHook). */
  onCommit(hook: AuditCommitHook): void {
    this.commitHooks.push(hook);
  }

  async beforeTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const runner = event.queryRunner;
    const links = this.pending.get(runner);
    if (!links?.length || depthOf(runner) > 1) return; // a savepoint's release: the links wait for the real COMMIT
    this.pending.delete(runner);
    for (const hook of this.commitHooks) await hook(event.manager, links);
    await this.append(event.manager, links);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    const links = this.pending.get(event.queryRunner);
    if (!links) return;
    // Entries recorded inside the rolled-back (sub)transaction go with it.
    const depth = depthOf(event.queryRunner);
    const kept = links.filter((link) => link.depth <= depth);
    if (kept.length && depth > 0) this.pending.set(event.queryRunner, kept);
    else this.pending.delete(event.queryRunner);
  }

  /** The links' chain position is taken here, under the lock, from the committed head. */
  private async append(manager: EntityManager, links: PendingLink[]): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK_KEY]);
    // A new statement after the lock: under READ COMMITTED it sees every link committed before.
    const [head] = await manager.query(
      `SELECT current_setting('transaction_isolation') AS isolation,
              (SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1) AS hash,
              array(SELECT nextval('audit_events_id_seq')::text FROM generate_series(1, $1)) AS ids`,
      [links.length],
    );
    if (head.isolation !== 'read committed') {
      // A snapshot older than the lock would read a stale head and fork the chain.
      throw new Error(`Audited transactions run READ COMMITTED, not ${head.isolation}`);
    }
    let prevHash: string = head.hash ?? GENESIS_HASH;
    const events = links.map(({ depth: _depth, ...content }, i) => {
      const event = Object.assign(new AuditEvent(), content, { id: head.ids[i], prevHash });
      event.hash = auditHash(prevHash, event);
      event.mac = auditMac(this.keys.macKey, event.hash);
      prevHash = event.hash;
      return event;
    });
    // insert, not save: save would first SELECT the ids it is about to write.
    await manager.insert(AuditEvent, events as QueryDeepPartialEntity<AuditEvent>[]);
  }

  async list(query: PageQueryDto & { entityType?: string; entityId?: string; action?: string }): Promise<Page<AuditEventView>> {
    const qb = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e');
    if (query.entityType) qb.andWhere('e.entityType = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('e.entityId = :entityId', { entityId: query.entityId });
    if (query.action) qb.andWhere('e.action = :action', { action: query.action });
    const [events, total] = await qb.orderBy('e.id', 'DESC').skip(query.offset).take(query.pageSize).getManyAndCount();
    return toPage(events.map(toView), total, query);
  }

  /**
   * Walks the whole chain in id order and reports the first link that does not hold: its hash,
   * its link to the one before, its MAC, and every anchor (signed checkpoint) it must pass through.
   */
  async walk(anchors: ChainAnchor[] = []): Promise<ChainWalk> {
    const repository = this.dataSource.getRepository(AuditEvent);
    const anchorAt = new Map<number, ChainAnchor[]>();
    for (const anchor of anchors) anchorAt.set(anchor.linkCount, [...(anchorAt.get(anchor.linkCount) ?? []), anchor]);
    let expectedPrev = GENESIS_HASH;
    let headId: string | null = null;
    let checked = 0;
    let unkeyed = 0;
    let after = '0';
    const broken = (id: string | null, reason: AuditBreak): ChainWalk => ({
      ok: false,
      checked,
      unkeyed,
      head: { id: headId, hash: expectedPrev },
      firstBroken: { id, reason },
    });
    for (;;) {
      const batch = await repository.createQueryBuilder('e').where('e.id > :after', { after }).orderBy('e.id', 'ASC').limit(VERIFY_BATCH).getMany();
      for (const event of batch) {
        if (event.prevHash !== expectedPrev) return broken(event.id, 'PREVIOUS_HASH_MISMATCH');
        if (auditHash(event.prevHash, event) !== event.hash) return broken(event.id, 'HASH_MISMATCH');
        if (event.mac === null) {
          // Only the links from before the MAC may lack one, and they all come first.
          if (unkeyed < checked) return broken(event.id, 'MAC_MISSING');
          unkeyed++;
        } else if (!macMatches(this.keys.macKey, event.hash, event.mac)) {
          return broken(event.id, 'MAC_MISMATCH');
        }
        checked++;
        for (const anchor of anchorAt.get(checked) ?? []) {
          if (anchor.headHash !== event.hash || anchor.headId !== event.id) return broken(event.id, 'CHECKPOINT_MISMATCH');
        }
        expectedPrev = event.hash;
        headId = event.id;
      }
      if (batch.length < VERIFY_BATCH) break;
      after = batch[batch.length - 1].id;
    }
    // Links cut from the head leave a chain that holds but is shorter than a checkpoint signed earlier.
    const beyond = anchors.filter((a) => a.linkCount > checked).sort((a, b) => b.linkCount - a.linkCount)[0];
    if (beyond) return broken(beyond.headId, 'HEAD_BEHIND_CHECKPOINT');
    return { ok: true, checked, unkeyed, head: { id: headId, hash: expectedPrev }, firstBroken: null };
  }
}

/** How deep the runner's transactions are nested (1: the outermost); TypeORM keeps it protected. */
function depthOf(runner: QueryRunner): number {
  return (runner as unknown as { transactionDepth: number }).transactionDepth;
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

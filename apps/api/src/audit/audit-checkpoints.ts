import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { AuditCheckpointView, AuditPublicKey, AuditVerification } from '@inno/contracts';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { ConflictError } from '../common/domain-errors';
import { AppConfig } from '../config/app.config';
import { AuditCheckpoint } from './audit-checkpoint.entity';
import { canonicalJson } from './audit-hash';
import { AuditKeys } from './audit-keys';
import { AuditService, type ChainAnchor } from './audit.service';

const PUBLISHED = 100;

/**
 * Signed checkpoints anchor the chain's head outside the table: each states how many links the
 * chain had and the newest one's hash, signed with the Ed25519 key. They are kept in
 * audit_checkpoints (INSERT-only for the API) and as files in AUDIT_CHECKPOINT_DIR for the
 * operator to archive elsewhere, and published with the public key, so anyone can check one.
 * Verify holds the chain to every checkpoint it finds: cutting the newest links is then seen.
 */
@Injectable()
export class AuditCheckpoints implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('AuditCheckpoints');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly keys: AuditKeys,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.AUDIT_CHECKPOINT_INTERVAL_SECONDS;
    if (!seconds) return;
    const sign = () => this.sign().catch((error) => this.logger.error(`Audit checkpoint not written: ${error instanceof Error ? error.message : error}`));
    void sign();
    this.timer = setInterval(sign, seconds * 1000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Verifies the chain against every checkpoint, from the table and from the files. */
  async verify(): Promise<AuditVerification> {
    const { valid, forged } = await this.all();
    const walk = await this.audit.walk(valid.map(toAnchor));
    const latest = valid.reduce<AuditCheckpointView | null>((a, b) => (!a || b.linkCount > a.linkCount ? b : a), null);
    const checkpoint = latest && { linkCount: latest.linkCount, headId: latest.headId, signedAt: latest.signedAt };
    if (walk.ok && forged.length) {
      return { ok: false, checked: walk.checked, unkeyed: walk.unkeyed, checkpoint, firstBroken: { id: forged[0].headId ?? null, reason: 'CHECKPOINT_SIGNATURE_INVALID' } };
    }
    return { ok: walk.ok, checked: walk.checked, unkeyed: walk.unkeyed, checkpoint, firstBroken: walk.firstBroken };
  }

  /** Signs the head of a chain that verifies; a broken chain is refused, not blessed. */
  async sign(): Promise<AuditCheckpointView> {
    const { valid, chainId } = await this.all();
    const walk = await this.audit.walk(valid.map(toAnchor));
    if (!walk.ok) {
      throw new ConflictError(`The audit chain does not verify (${walk.firstBroken!.reason} at link ${walk.firstBroken!.id}): no checkpoint is signed`, 'AUDIT_CHAIN_BROKEN');
    }
    const unsigned = { chainId, linkCount: walk.checked, headId: walk.head.id, headHash: walk.head.hash, signedAt: new Date().toISOString(), keyId: this.keys.publicKeyId };
    const payload = checkpointPayload(unsigned);
    const view: AuditCheckpointView = { ...unsigned, payload, signature: this.keys.sign(payload) };
    await this.dataSource.getRepository(AuditCheckpoint).insert({
      chainId: view.chainId,
      linkCount: String(view.linkCount),
      headId: view.headId,
      headHash: view.headHash,
      signedAt: new Date(view.signedAt),
      keyId: view.keyId,
      signature: view.signature,
    });
    this.writeFile(view);
    return view;
  }

  /** The newest checkpoints, newest first, as published. */
  async published(): Promise<AuditCheckpointView[]> {
    const rows = await this.dataSource.getRepository(AuditCheckpoint).find({ order: { id: 'DESC' }, take: PUBLISHED });
    return rows.map(fromRow);
  }

  publicKey(): AuditPublicKey {
    return { algorithm: 'Ed25519', keyId: this.keys.publicKeyId, pem: this.keys.publicKeyPem };
  }

  /**
   * The checkpoints of this chain, and those whose signature fails. A checkpoint of another chain (an
   * archive directory kept across a new database) anchors nothing, unless this chain is empty: then it
   * was cut whole. Changing the first link to disown the checkpoints fails on that link's MAC.
   */
  private async all(): Promise<{ valid: AuditCheckpointView[]; forged: AuditCheckpointView[]; chainId: string | null }> {
    const [first] = await this.dataSource.query('SELECT hash FROM audit_events ORDER BY id LIMIT 1');
    const chainId: string | null = first?.hash ?? null;
    const rows = (await this.dataSource.getRepository(AuditCheckpoint).find({ order: { id: 'ASC' } })).map(fromRow);
    const checkpoints = [...rows, ...this.readFiles()].filter((c) => chainId === null || c.chainId === null || c.chainId === chainId);
    const holds = (c: AuditCheckpointView) => {
      try {
        return this.keys.verify(checkpointPayload(c), c.signature);
      } catch {
        return false;
      }
    };
    return { valid: checkpoints.filter(holds), forged: checkpoints.filter((c) => !holds(c)), chainId };
  }

  /** Written whole, then renamed: an archive never holds half a checkpoint. */
  private writeFile(view: AuditCheckpointView): void {
    const dir = resolve(this.config.auditCheckpointDir);
    mkdirSync(dir, { recursive: true });
    const name = `${String(view.linkCount).padStart(12, '0')}-${view.signedAt.replace(/[:.]/g, '')}.json`;
    writeFileSync(resolve(dir, `.${name}.tmp`), `${JSON.stringify(view, null, 2)}\n`);
    renameSync(resolve(dir, `.${name}.tmp`), resolve(dir, name));
  }

  private readFiles(): AuditCheckpointView[] {
    const dir = resolve(this.config.auditCheckpointDir);
    let names: string[];
    try {
      names = readdirSync(dir).filter((name) => /^\d{12}-.*\.json$/.test(name));
    } catch {
      return [];
    }
    return names.map((name) => {
      try {
        return JSON.parse(readFileSync(resolve(dir, name), 'utf8')) as AuditCheckpointView;
      } catch {
        return { chainId: null, linkCount: 0, headId: null, headHash: '', signedAt: '', keyId: '', payload: '', signature: '' }; // unreadable: reported as forged
      }
    });
  }
}

/** Exactly the text a checkpoint's signature covers (canonical JSON: keys sorted, no spaces). */
export function checkpointPayload(c: Omit<AuditCheckpointView, 'payload' | 'signature'>): string {
  return canonicalJson({ chainId: c.chainId, linkCount: c.linkCount, headId: c.headId, headHash: c.headHash, signedAt: c.signedAt, keyId: c.keyId });
}

function fromRow(row: AuditCheckpoint): AuditCheckpointView {
  const fields = { chainId: row.chainId, linkCount: Number(row.linkCount), headId: row.headId, headHash: row.headHash, signedAt: row.signedAt.toISOString(), keyId: row.keyId };
  return { ...fields, payload: checkpointPayload(fields), signature: row.signature };
}

function toAnchor(c: AuditCheckpointView): ChainAnchor {
  return { linkCount: c.linkCount, headId: c.headId, headHash: c.headHash };
}

import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditContent {
  id: string;
  occurredAt: Date;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  fromState: string | null;
  toState: string | null;
  data: Record<string, unknown>;
  requestId: string | null;
}

/** JSON with object keys sorted, so the text hashed is the same after a jsonb round trip. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * A link's hash covers the previous link's hash and every field of its own: the head's hash
 * commits to the whole chain. Anyone can recompute it, so it proves nothing alone; the MAC does.
 */
export function auditHash(prevHash: string, event: AuditContent): string {
  const content = canonicalJson([
    event.id,
    event.occurredAt.toISOString(),
    event.actorId,
    event.actorRole,
    event.action,
    event.entityType,
    event.entityId,
    event.fromState,
    event.toState,
    event.data,
    event.requestId,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(content).digest('hex');
}

/**
 * The link's MAC: HMAC-SHA-256 of its hash under AUDIT_KEY, which never enters the database.
 * Without the key nobody can write a link, or re-chain the links after an edited one, that verifies.
 */
export function auditMac(key: Buffer, hash: string): string {
  return createHmac('sha256', key).update(hash).digest('hex');
}

export function macMatches(key: Buffer, hash: string, mac: string): boolean {
  const expected = Buffer.from(auditMac(key, hash), 'hex');
  const actual = Buffer.from(mac, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

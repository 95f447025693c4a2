import { createHash, createPrivateKey, createPublicKey, randomBytes, sign, verify, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AppConfig } from '../config/app.config';

// PKCS#8 wrapping of a raw 32-byte Ed25519 seed (RFC 8410), so the key can be given as 64 hex digits.
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/**
 * The audit log's two keys, both kept out of the database: the MAC key that makes each link
 * unforgeable, and the Ed25519 key that signs the checkpoints anchoring the chain's head.
 */
export class AuditKeys {
  readonly publicKey: KeyObject;

  constructor(
    readonly macKey: Buffer,
    private readonly signingKey: KeyObject,
  ) {
    this.publicKey = createPublicKey(signingKey);
  }

  /** AUDIT_KEY and AUDIT_SIGNING_KEY; outside production, keys generated once and kept in the key directory. */
  static fromConfig(config: AppConfig): AuditKeys {
    const mac = config.AUDIT_KEY ?? keyFile(config.auditKeyDir, 'audit-mac.key');
    const seed = config.AUDIT_SIGNING_KEY ?? keyFile(config.auditKeyDir, 'audit-signing.key');
    return new AuditKeys(Buffer.from(mac, 'utf8'), signingKeyFromSeed(seed));
  }

  get publicKeyPem(): string {
    return this.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  }

  /** A short, stable name for the public key, carried by each checkpoint. */
  get publicKeyId(): string {
    return createHash('sha256').update(this.publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
  }

  sign(payload: string): string {
    return sign(null, Buffer.from(payload), this.signingKey).toString('base64');
  }

  verify(payload: string, signature: string): boolean {
    return verify(null, Buffer.from(payload), this.publicKey, Buffer.from(signature, 'base64'));
  }
}

export function signingKeyFromSeed(hexSeed: string): KeyObject {
  return createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, Buffer.from(hexSeed, 'hex')]), format: 'der', type: 'pkcs8' });
}

/** A random 32-byte key in hex, written on first use with owner-only permissions. */
export function keyFile(dir: string, name: string): string {
  const path = resolve(dir, name);
  if (!existsSync(path)) {
    mkdirSync(resolve(dir), { recursive: true, mode: 0o700 });
    try {
      writeFileSync(path, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error; // another process wrote it first
    }
  }
  return readFileSync(path, 'utf8').trim();
}

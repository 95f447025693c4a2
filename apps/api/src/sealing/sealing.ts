import { Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { keyFile } from '../audit/audit-keys';
import { AppConfig } from '../config/app.config';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const SALT = Buffer.from('inno:sealed-solutions:v1');

/**
 * Seals a challenge's solutions until its solution call closes: AES-256-GCM under a key derived
 * (HKDF-SHA256) for that challenge from SEALING_KEY, which lives only in the API's environment (or,
 * outside production, in a key file beside the audit keys), never in the database.
 *
 * A sealed value is `version ‖ iv ‖ tag ‖ ciphertext`. The associated data binds it to its record
 * (`binding`, e.g. the proposal's id): bytes copied onto another row do not open there.
 * Deciding who may open and when is the callers' job (see proposals' `readContent`).
 */
@Injectable()
export class Sealing {
  private readonly master: Buffer;

  constructor(config: AppConfig) {
    this.master = Buffer.from(config.SEALING_KEY ?? keyFile(config.auditKeyDir, 'sealing.key'), 'hex');
  }

  private keyFor(challengeId: string): Buffer {
    return Buffer.from(hkdfSync('sha256', this.master, SALT, `challenge:${challengeId}`, 32));
  }

  seal(challengeId: string, binding: string, value: unknown): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.keyFor(challengeId), iv);
    cipher.setAAD(Buffer.from(binding));
    const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
  }

  /** Throws when the bytes were altered, moved to another record, or sealed under another key. */
  open<T>(challengeId: string, binding: string, sealed: Buffer): T {
    if (sealed[0] !== VERSION) throw new Error(`Unknown sealing version ${sealed[0]}`);
    const iv = sealed.subarray(1, 1 + IV_BYTES);
    const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', this.keyFor(challengeId), iv);
    decipher.setAAD(Buffer.from(binding));
    decipher.setAuthTag(tag);
    const plain = Buffer.concat([decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]);
    return JSON.parse(plain.toString('utf8')) as T;
  }
}

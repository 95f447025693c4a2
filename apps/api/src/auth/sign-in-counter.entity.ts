import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A count of sign-in attempts in one time window, shared by every API process (sign-in-throttle.ts).
 * Keys are keyed hashes of the e-mail and the client address: neither is stored as typed.
 */
@Entity({ name: 'sign_in_counters' })
export class SignInCounter {
  @PrimaryColumn({ type: 'varchar', length: 16 }) scope: string;
  @PrimaryColumn({ type: 'char', length: 64 }) key: string;
  @PrimaryColumn({ name: 'window_start', type: 'timestamptz' }) windowStart: Date;
  @Column({ type: 'int' }) hits: number;
  @Index() @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
}

import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';
import { TooManyRequestsError } from '../common/domain-errors';
import { AppConfig } from '../config/app.config';

const MINUTE = 60_000;
const DAY = 1_440 * MINUTE;
/** An address the account signed in from stays "known" this long (it may still try when the account is under attack). */
const KNOWN_ADDRESS_DAYS = 90;
const PRUNE_EVERY = 10 * MINUTE;

type Scope = 'address' | 'pair' | 'account' | 'known';

/** One password check, as counted before it was made (see `beforePasswordCheck`). */
export interface PasswordAttempt {
  pairKey: string;
  accountKey: string;
  pairHits: number;
  pairResetsAt: Date;
}

/** What a failed check changed: the moments worth an audit entry happen once per window. */
export interface FailureOutcome {
  /** This failure used the pair's last attempt: it now waits until then. */
  pairThrottledUntil: Date | null;
  /** This failure reached the account's daily ceiling. */
  accountCeilingReached: boolean;
}

/**
 * Sign-in throttling, kept in PostgreSQL so that every API replica counts into the same windows
 * (NIST SP 800-63B 5.2.2; docs/architecture.md, "Sign-in throttling"):
 * - per client address, every sign-in and sign-up (AUTH_RATE_LIMIT_PER_MINUTE);
 * - per e-mail and address, failed password checks (LOGIN_MAX_FAILURES in LOGIN_THROTTLE_MINUTES):
 *   a stranger's guesses use up the stranger's own attempts, never the owner's;
 * - per e-mail, failures from all addresses in a day (LOGIN_ACCOUNT_MAX_FAILURES): past it only
 *   addresses the account signed in from in the last 90 days may still try.
 * Keys are e-mails as typed, whether or not an account has them, so a known and an unknown
 * e-mail are throttled and answered alike.
 */
@Injectable()
export class SignInThrottle {
  private readonly secret: Buffer;
  private prunedAt = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.secret = createHmac('sha256', config.JWT_SECRET!).update('sign-in-counters').digest();
  }

  /** One sign-in or sign-up from this address; past the limit per minute the caller waits. */
  async attemptFromAddress(address: string): Promise<void> {
    const { hits, resetsAt } = await this.hit('address', this.key(address), MINUTE);
    if (hits > this.config.AUTH_RATE_LIMIT_PER_MINUTE) {
      throw new TooManyRequestsError('Too many attempts; wait a minute and try again', 'RATE_LIMITED', this.secondsUntil(resetsAt));
    }
  }

  /**
   * Takes one of this e-mail and address's attempts before the password is checked, so that
   * concurrent guesses cannot all slip through on one count; a success gives it back.
   */
  async beforePasswordCheck(email: string, address: string): Promise<PasswordAttempt> {
    const accountKey = this.key(email);
    const pairKey = this.key(email, address);
    const accountFailures = await this.count('account', accountKey, DAY);
    if (accountFailures >= this.config.LOGIN_ACCOUNT_MAX_FAILURES && !(await this.isKnown(pairKey))) {
      const until = this.windowOf(DAY).resetsAt;
      throw new TooManyRequestsError(
        `Too many failed sign-ins for this e-mail today: sign in from an address you used before, or try again after ${until.toISOString()}`,
        'SIGN_IN_THROTTLED',
        this.secondsUntil(until),
        { until: until.toISOString() },
      );
    }
    const { hits, resetsAt } = await this.hit('pair', pairKey, this.config.LOGIN_THROTTLE_MINUTES * MINUTE);
    if (hits > this.config.LOGIN_MAX_FAILURES) {
      throw new TooManyRequestsError(
        `Too many failed sign-ins for this e-mail from your address: try again after ${resetsAt.toISOString()}`,
        'SIGN_IN_THROTTLED',
        this.secondsUntil(resetsAt),
        { until: resetsAt.toISOString() },
      );
    }
    return { pairKey, accountKey, pairHits: hits, pairResetsAt: resetsAt };
  }

  async failed(attempt: PasswordAttempt): Promise<FailureOutcome> {
    const { hits } = await this.hit('account', attempt.accountKey, DAY);
    return {
      pairThrottledUntil: attempt.pairHits === this.config.LOGIN_MAX_FAILURES ? attempt.pairResetsAt : null,
      accountCeilingReached: hits === this.config.LOGIN_ACCOUNT_MAX_FAILURES,
    };
  }

  /** The right password: this address's count starts again and the address is known to the account. */
  async succeeded(attempt: PasswordAttempt): Promise<void> {
    const expiresAt = new Date(this.clock.now().getTime() + KNOWN_ADDRESS_DAYS * DAY);
    await this.dataSource.query(
      `WITH cleared AS (DELETE FROM sign_in_counters WHERE (scope = 'pair' AND key = $1) OR (scope = 'account' AND key = $2))
       INSERT INTO sign_in_counters (scope, key, window_start, hits, expires_at) VALUES ('known', $1, 'epoch', 1, $3)
       ON CONFLICT (scope, key, window_start) DO UPDATE SET hits = sign_in_counters.hits + 1, expires_at = EXCLUDED.expires_at`,
      [attempt.pairKey, attempt.accountKey, expiresAt],
    );
  }

  /** A keyed hash: the table holds neither e-mails nor addresses. */
  private key(...parts: string[]): string {
    return createHmac('sha256', this.secret).update(parts.join('\n')).digest('hex');
  }

  private windowOf(length: number): { start: Date; resetsAt: Date } {
    const start = Math.floor(this.clock.now().getTime() / length) * length;
    return { start: new Date(start), resetsAt: new Date(start + length) };
  }

  /** Counts one hit in the current window, atomically across processes. */
  private async hit(scope: Scope, key: string, length: number): Promise<{ hits: number; resetsAt: Date }> {
    await this.prune();
    const { start, resetsAt } = this.windowOf(length);
    const [row] = await this.dataSource.query(
      `INSERT INTO sign_in_counters (scope, key, window_start, hits, expires_at) VALUES ($1, $2, $3, 1, $4)
       ON CONFLICT (scope, key, window_start) DO UPDATE SET hits = sign_in_counters.hits + 1
       RETURNING hits`,
      [scope, key, start, resetsAt],
    );
    return { hits: row.hits, resetsAt };
  }

  private async count(scope: Scope, key: string, length: number): Promise<number> {
    const rows = await this.dataSource.query(`SELECT hits FROM sign_in_counters WHERE scope = $1 AND key = $2 AND window_start = $3`, [
      scope,
      key,
      this.windowOf(length).start,
    ]);
    return rows[0]?.hits ?? 0;
  }

  private async isKnown(pairKey: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM sign_in_counters WHERE scope = 'known' AND key = $1 AND expires_at > $2`, [pairKey, this.clock.now()]);
    return rows.length > 0;
  }

  /** Windows that ended are deleted now and then (by whichever replica comes first). */
  private async prune(): Promise<void> {
    const now = this.clock.now().getTime();
    if (now - this.prunedAt < PRUNE_EVERY) return;
    this.prunedAt = now;
    await this.dataSource.query(`DELETE FROM sign_in_counters WHERE expires_at <= $1`, [new Date(now)]);
  }

  private secondsUntil(at: Date): number {
    return Math.max(1, Math.ceil((at.getTime() - this.clock.now().getTime()) / 1000));
  }
}

/** Sign-in and sign-up: attempts per client address per minute, counted in the shared store. */
@Injectable()
export class AuthRateLimitGuard implements CanActivate {
  constructor(private readonly throttle: SignInThrottle) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    await this.throttle.attemptFromAddress(context.switchToHttp().getRequest<FastifyRequest>().ip);
    return true;
  }
}

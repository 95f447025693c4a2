import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { OBSERVER_TERM_REFUSALS, observerTermState, Role, UserStatus } from '@inno/contracts';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { DataSource } from 'typeorm';
import { Clock, koreanDate } from '../clock/clock';
import { AppConfig } from '../config/app.config';
import { ForbiddenError, UnauthenticatedError } from '../common/domain-errors';
import { User } from '../users/user.entity';
import type { Actor } from './authenticated-user';

export interface AccessTokenClaims {
  sub: string;
  role: Role;
}

/**
 * Verifies the bearer token, then reads the account: a user disabled or still
 * pending since the token was issued cannot act, whatever the token says.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: config.JWT_SECRET!, algorithms: ['HS256'] });
  }

  async validate(claims: AccessTokenClaims): Promise<Omit<Actor, 'requestId'>> {
    const user = await this.dataSource.getRepository(User).findOne({
      where: { id: claims.sub },
      select: { id: true, role: true, status: true, companyId: true, institutionId: true, observerTermFrom: true, observerTermTo: true },
    });
    if (!user) throw new UnauthenticatedError('This account no longer exists', 'UNAUTHENTICATED');
    if (user.status !== UserStatus.ACTIVE) throw accountNotActive(user.status);
    assertWithinObserverTerm(user, this.clock);
    return { userId: user.id, role: user.role, companyId: user.companyId, institutionId: user.institutionId };
  }
}

export function accountNotActive(status: UserStatus): ForbiddenError {
  const messages: Record<UserStatus, string> = {
    PENDING: 'This account waits for approval: an operator confirms a buyer’s institution before it can act',
    REJECTED: 'This account’s registration was rejected',
    DISABLED: 'This account is disabled',
    ACTIVE: '',
  };
  return new ForbiddenError(messages[status], `ACCOUNT_${status as Exclude<UserStatus, 'ACTIVE'>}`);
}

/** An observer acts only within the term (Korean days, by the injected clock): before or after it, a 403 naming the day. */
export function assertWithinObserverTerm(user: Pick<User, 'role' | 'observerTermFrom' | 'observerTermTo'>, clock: Clock): void {
  if (user.role !== Role.OBSERVER) return;
  const term = { termFrom: user.observerTermFrom!, termTo: user.observerTermTo! };
  const state = observerTermState(term, koreanDate(clock.now()));
  if (state === 'BEFORE') throw new ForbiddenError(`Your observer term starts on ${term.termFrom}`, OBSERVER_TERM_REFUSALS.BEFORE, undefined, { termFrom: term.termFrom });
  if (state === 'AFTER') throw new ForbiddenError(`Your observer term ended on ${term.termTo}`, OBSERVER_TERM_REFUSALS.AFTER, undefined, { termTo: term.termTo });
}

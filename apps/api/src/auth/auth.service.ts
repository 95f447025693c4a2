import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { normalizeBusinessNumber, passwordProblem, passwordProblemCode, passwordProblemMessage, Role, UserStatus, type SessionResponse, type SignupResponse, type UserView, message } from '@inno/contracts';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ConflictError, InvalidInputError, NotFoundError, UnauthenticatedError } from '../common/domain-errors';
import { Company } from '../companies/company.entity';
import { AppConfig } from '../config/app.config';
import { Institution } from '../institutions/institution.entity';
import { User } from '../users/user.entity';
import { toUserView } from '../users/user.view';
import type { Actor } from './authenticated-user';
import type { LoginDto } from './dto/login.dto';
import type { SignupDto } from './dto/signup.dto';
import type { UpdateProfileDto } from './dto/update-profile.dto';
import { accountNotActive, assertWithinObserverTerm, type AccessTokenClaims } from './jwt.strategy';
import { decoyHash, hashPassword, verifyPassword } from './passwords';
import { RefreshToken } from './refresh-token.entity';
import { SignInThrottle, type PasswordAttempt } from './sign-in-throttle';
import { Clock } from '../clock/clock';

/** A session as the controller needs it: the body, plus the refresh token for the cookie. */
export interface IssuedSession {
  session: SessionResponse;
  refreshToken: string;
  refreshExpiresAt: Date;
}

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');
const WRONG_CREDENTIALS = 'The e-mail or the password is wrong';

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly throttle: SignInThrottle,
    private readonly clock: Clock,
  ) {}

  /**
   * Self sign-up: a supplier registers its company and administers it; a buyer
   * joins a listed institution and waits for an operator; a citizen is active at once.
   */
  async signup(dto: SignupDto, requestId: string): Promise<SignupResponse> {
    const passwordHash = await hashPassword(dto.password);
    const user = await this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(User, { email: dto.email })) {
        throw new ConflictError('An account with this e-mail already exists', 'EMAIL_TAKEN', { email: ['is already registered'] });
      }
      let registeredCompany: Company | null = null;
      const account = manager.create(User, {
        email: dto.email,
        passwordHash,
        name: dto.name,
        role: dto.role,
        status: dto.role === Role.BUYER ? UserStatus.PENDING : UserStatus.ACTIVE,
        companyId: null,
        institutionId: null,
        companyAdmin: false,
      });
      if (dto.role === Role.SUPPLIER) {
        const { company, registered } = await this.companyForSupplier(manager, dto.company!);
        account.company = company;
        account.companyId = company.id;
        // The company's first user administers it; later ones wait for that administrator.
        account.companyAdmin = registered;
        if (!registered) account.status = UserStatus.PENDING;
        registeredCompany = registered ? company : null;
      }
      if (dto.role === Role.BUYER) {
        const institution = await manager.findOneBy(Institution, { id: dto.institutionId! });
        if (!institution) throw new InvalidInputError('institutionId', 'institutionId is not a listed institution', message('FIELD_UNKNOWN_RECORD'));
        account.institution = institution;
        account.institutionId = institution.id;
      }
      await manager.save(account);
      const actor = { userId: account.id, role: account.role, requestId };
      if (registeredCompany) {
        await this.audit.record(manager, actor, {
          action: 'company.registered',
          entityType: 'company',
          entityId: registeredCompany.id,
          data: { name: registeredCompany.name, businessNumber: registeredCompany.businessNumber },
        });
      }
      await this.audit.record(manager, actor, {
        action: 'user.signed_up',
        entityType: 'user',
        entityId: account.id,
        toState: account.status,
        data: { role: account.role, institutionId: account.institutionId, companyId: account.companyId },
      });
      return account;
    });
    return { user: toUserView(user), canSignIn: user.status === UserStatus.ACTIVE };
  }

  /** The company named by the business number: registered now, or already there (the user then asks to join). */
  private async companyForSupplier(
    manager: EntityManager,
    registration: NonNullable<SignupDto['company']>,
  ): Promise<{ company: Company; registered: boolean }> {
    const businessNumber = normalizeBusinessNumber(registration.businessNumber)!;
    const existing = await manager.findOneBy(Company, { businessNumber });
    if (existing) return { company: existing, registered: false };
    const company = await manager.save(
      manager.create(Company, {
        name: registration.name,
        businessNumber,
        size: registration.size,
        region: registration.region,
        address: registration.address ?? null,
        representative: registration.representative ?? null,
        certifications: [],
      }),
    );
    return { company, registered: true };
  }

  /**
   * Checks the password under the sign-in throttle (sign-in-throttle.ts). An unknown e-mail is
   * checked against a decoy hash and counted like a known one: the answers cannot be told apart.
   */
  async login(dto: LoginDto, address: string, requestId: string): Promise<IssuedSession> {
    const attempt = await this.throttle.beforePasswordCheck(dto.email, address);
    const user = await this.dataSource.getRepository(User).findOne({ where: { email: dto.email }, relations: { company: true, institution: true } });
    const matches = await verifyPassword(user?.passwordHash ?? (await decoyHash()), dto.password);
    if (!user || !matches) {
      await this.recordFailure(attempt, user, address, requestId);
      throw new UnauthenticatedError(WRONG_CREDENTIALS, 'WRONG_CREDENTIALS');
    }
    await this.throttle.succeeded(attempt);
    if (user.status !== UserStatus.ACTIVE) throw accountNotActive(user.status);
    assertWithinObserverTerm(user, this.clock);
    return this.dataSource.transaction((manager) => this.issueSession(manager, user, randomUUID()));
  }

  /** Counts a wrong password; the failure that starts a wait is audited on the account, once per window. */
  private async recordFailure(attempt: PasswordAttempt, user: User | null, address: string, requestId: string): Promise<void> {
    const outcome = await this.throttle.failed(attempt);
    if (!user || (!outcome.pairThrottledUntil && !outcome.accountCeilingReached)) return;
    await this.dataSource.transaction(async (manager) => {
      const actor = { system: 'sign-in-throttle', requestId };
      if (outcome.pairThrottledUntil) {
        await this.audit.record(manager, actor, {
          action: 'auth.sign_in_throttled',
          entityType: 'user',
          entityId: user.id,
          data: { address, failures: this.config.LOGIN_MAX_FAILURES, until: outcome.pairThrottledUntil.toISOString() },
        });
      }
      if (outcome.accountCeilingReached) {
        await this.audit.record(manager, actor, {
          action: 'auth.account_ceiling_reached',
          entityType: 'user',
          entityId: user.id,
          data: { failures: this.config.LOGIN_ACCOUNT_MAX_FAILURES },
        });
      }
    });
  }

  /**
   * Rotates a refresh token. The presented token is locked while it is checked, so two
   * concurrent refreshes with one token cannot both succeed; a token already used
   * (a stolen copy, or a replay) revokes its whole family.
   */
  async refresh(presented: string | undefined, requestId: string): Promise<IssuedSession> {
    if (!presented) throw new UnauthenticatedError('No session: sign in', 'NO_REFRESH_TOKEN');
    const outcome = await this.dataSource.transaction(async (manager) => {
      const token = await manager.findOne(RefreshToken, { where: { tokenHash: sha256(presented) }, lock: { mode: 'pessimistic_write' } });
      if (!token) return { error: 'UNKNOWN' as const };
      if (token.usedAt || token.revokedAt) {
        const revoked = await this.revokeFamily(manager, token.familyId);
        if (revoked > 0) {
          await this.audit.record(manager, { system: 'refresh-rotation', requestId }, {
            action: 'auth.refresh_reuse_detected',
            entityType: 'user',
            entityId: token.userId,
            data: { familyId: token.familyId, revokedTokens: revoked },
          });
        }
        return { error: 'REUSED' as const };
      }
      if (token.expiresAt <= new Date()) return { error: 'EXPIRED' as const };
      const user = await manager.findOne(User, { where: { id: token.userId }, relations: { company: true, institution: true } });
      if (!user || user.status !== UserStatus.ACTIVE) {
        await this.revokeFamily(manager, token.familyId);
        return { error: 'INACTIVE' as const };
      }
      await manager.update(RefreshToken, token.id, { usedAt: new Date() });
      return { session: await this.issueSession(manager, user, token.familyId) };
    });
    if ('session' in outcome && outcome.session) return outcome.session;
    const messages = {
      UNKNOWN: 'The session is not known: sign in again',
      REUSED: 'This refresh token was already used; every session of this sign-in is ended: sign in again',
      EXPIRED: 'The session expired: sign in again',
      INACTIVE: 'The account cannot act: sign in again',
    };
    const error = 'error' in outcome ? outcome.error : 'UNKNOWN';
    throw new UnauthenticatedError(messages[error], `REFRESH_${error}`);
  }

  async logout(presented: string | undefined): Promise<void> {
    if (!presented) return;
    await this.dataSource.transaction(async (manager) => {
      const token = await manager.findOneBy(RefreshToken, { tokenHash: sha256(presented) });
      if (token) await this.revokeFamily(manager, token.familyId);
    });
  }

  async me(userId: string): Promise<UserView> {
    const user = await this.dataSource.getRepository(User).findOne({ where: { id: userId }, relations: { company: true, institution: true } });
    if (!user) throw new NotFoundError('user', userId);
    return toUserView(user);
  }

  /** Name and password. A new password ends every other session: they get a fresh refresh token. */
  async updateProfile(actor: Actor, dto: UpdateProfileDto, address: string): Promise<{ user: UserView; session?: IssuedSession }> {
    const newHash = dto.newPassword ? await hashPassword(dto.newPassword) : undefined;
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(User, {
        where: { id: actor.userId },
        relations: { company: true, institution: true },
      });
      if (!user) throw new NotFoundError('user', actor.userId);
      const problem = dto.newPassword ? passwordProblem(dto.newPassword, user.email) : null;
      if (problem) throw new InvalidInputError('newPassword', passwordProblemMessage(problem, 'newPassword'), passwordProblemCode(problem));
      if (dto.name !== undefined) user.name = dto.name;
      if (newHash) {
        // A wrong current password counts like a failed sign-in: a stolen session cannot guess it freely.
        const attempt = await this.throttle.beforePasswordCheck(user.email, address);
        if (!(await verifyPassword(user.passwordHash, dto.currentPassword!))) {
          await this.recordFailure(attempt, user, address, actor.requestId);
          throw new InvalidInputError('currentPassword', 'currentPassword is not the current password', message('CURRENT_PASSWORD_WRONG'));
        }
        await this.throttle.succeeded(attempt);
        user.passwordHash = newHash;
      }
      await manager.save(user);
      if (!newHash) return { user: toUserView(user) };
      await manager.update(RefreshToken, { userId: user.id, revokedAt: IsNull() }, { revokedAt: new Date() });
      await this.audit.record(manager, actor, { action: 'user.password_changed', entityType: 'user', entityId: user.id });
      return { user: toUserView(user), session: await this.issueSession(manager, user, randomUUID()) };
    });
  }

  private async issueSession(manager: EntityManager, user: User, familyId: string): Promise<IssuedSession> {
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshExpiresAt = new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    await manager.insert(RefreshToken, { userId: user.id, familyId, tokenHash: sha256(refreshToken), expiresAt: refreshExpiresAt });
    const claims: AccessTokenClaims = { sub: user.id, role: user.role };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS });
    return {
      session: { accessToken, expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS, user: toUserView(user) },
      refreshToken,
      refreshExpiresAt,
    };
  }

  private async revokeFamily(manager: EntityManager, familyId: string): Promise<number> {
    const result = await manager.update(RefreshToken, { familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
    return result.affected ?? 0;
  }
}

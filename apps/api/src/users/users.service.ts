import { Injectable } from '@nestjs/common';
import { message, observerTermProblems, Role, UserAction, UserStatus, userStatusMachine, type Page, type UserView } from '@inno/contracts';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/authenticated-user';
import { hashPassword } from '../auth/passwords';
import { RefreshToken } from '../auth/refresh-token.entity';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, refusedMove } from '../common/domain-errors';
import { toPage } from '../common/page-query.dto';
import { RequestValidationError } from '../common/validation';
import type { CreateStaffUserDto } from './dto/create-staff-user.dto';
import type { UserQueryDto } from './dto/user-query.dto';
import { User } from './user.entity';
import { toUserView } from './user.view';

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: UserQueryDto): Promise<Page<UserView>> {
    const qb = this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.company', 'company')
      .leftJoinAndSelect('u.institution', 'institution');
    if (query.status) qb.andWhere('u.status = :status', { status: query.status });
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.q) {
      const pattern = `%${query.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('(lower(u.name) LIKE :pattern OR u.email LIKE :pattern)', { pattern });
    }
    const [users, total] = await qb.orderBy('u.createdAt', 'DESC').addOrderBy('u.id').skip(query.offset).take(query.pageSize).getManyAndCount();
    return toPage(users.map(toUserView), total, query);
  }

  /** OPERATOR, COMMITTEE, SCOUT, ADMIN and OBSERVER accounts exist only this way; an observer with an organisation and a term. */
  async createStaff(actor: Actor, dto: CreateStaffUserDto): Promise<UserView> {
    const observer = dto.role === Role.OBSERVER;
    const problems = observer
      ? observerTermProblems(dto)
      : Object.fromEntries(['organisation', 'termFrom', 'termTo'].filter((f) => dto[f as keyof CreateStaffUserDto] !== undefined).map((f) => [f, [`${f} is only for an observer`]]));
    if (Object.keys(problems).length) throw new RequestValidationError(problems);
    const passwordHash = await hashPassword(dto.password);
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(User, { email: dto.email })) {
        throw new ConflictError('An account with this e-mail already exists', 'EMAIL_TAKEN', { email: ['is already registered'] });
      }
      const user = await manager.save(
        manager.create(User, {
          email: dto.email,
          passwordHash,
          name: dto.name,
          role: dto.role,
          status: UserStatus.ACTIVE,
          companyId: null,
          institutionId: null,
          companyAdmin: false,
          observerOrganisation: observer ? dto.organisation : null,
          observerTermFrom: observer ? dto.termFrom : null,
          observerTermTo: observer ? dto.termTo : null,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'user.created',
        entityType: 'user',
        entityId: user.id,
        toState: user.status,
        data: { role: user.role, email: user.email, ...(observer ? { organisation: dto.organisation, termFrom: dto.termFrom, termTo: dto.termTo } : {}) },
      });
      return toUserView(user);
    });
  }

  /**
   * Moves an account through its lifecycle (approve, reject, disable, enable). The
   * row is locked for the move, so two operators acting at once make one decision.
   */
  async transition(actor: Actor, userId: string, action: UserAction, reason?: string): Promise<UserView> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await manager.findOne(User, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!locked) throw new NotFoundError('user', userId);
      if (locked.id === actor.userId) throw new ConflictError('You cannot change the status of your own account', 'SELF_TRANSITION');
      const check = userStatusMachine.check(locked.status, action, actor.role);
      if (!check.ok) {
        throw refusedMove(check, `This account is ${locked.status}: it cannot be ${action}d`, { status: locked.status, action });
      }
      const joiningCompany = action === UserAction.APPROVE || action === UserAction.REJECT ? locked.companyId : null;
      if (joiningCompany) await this.assertStaffMayDecideJoining(manager, joiningCompany, reason);
      await manager.update(User, locked.id, { status: check.to });
      if (check.to === UserStatus.DISABLED) {
        await manager.update(RefreshToken, { userId: locked.id, revokedAt: IsNull() }, { revokedAt: new Date() });
      }
      await this.audit.record(manager, actor, {
        action: `user.${action}`,
        entityType: 'user',
        entityId: locked.id,
        fromState: locked.status,
        toState: check.to,
        data: { ...(reason ? { reason } : {}), ...(joiningCompany ? { companyId: joiningCompany } : {}) },
      });
      const user = await manager.findOneOrFail(User, { where: { id: locked.id }, relations: { company: true, institution: true } });
      return toUserView(user);
    });
  }

  /**
   * Joining a company is its administrator's decision (companies/:id/members/:userId/approve).
   * Staff step in only for a company left without an active administrator, and say why.
   */
  private async assertStaffMayDecideJoining(manager: EntityManager, companyId: string, reason: string | undefined): Promise<void> {
    if (await manager.existsBy(User, { companyId, companyAdmin: true, status: UserStatus.ACTIVE })) {
      throw new ForbiddenError(
        'Joining this company is its administrator’s decision: staff decide only for a company without an active administrator',
        'COMPANY_HAS_ADMINISTRATOR',
      );
    }
    if (!reason?.trim()) {
      throw new InvalidInputError('reason', 'reason is required when staff decide on joining a company that has no active administrator', message('FIELD_REQUIRED'));
    }
  }
}

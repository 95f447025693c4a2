import { Injectable } from '@nestjs/common';
import {
  ConcernAction,
  concernAnswerDue,
  concernMachine,
  ConcernStatus,
  isConcernOverdue,
  message,
  Role,
  UserStatus,
  type ConcernView,
  type Page,
} from '@inno/contracts';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/authenticated-user';
import { Clock, koreanDate } from '../clock/clock';
import { NotFoundError, refusedMove } from '../common/domain-errors';
import { toPage } from '../common/page-query.dto';
import { Decision } from '../designations/decision.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { Product } from '../products/product.entity';
import { Company } from '../companies/company.entity';
import { RuleSettingsService } from '../rule-settings/rule-settings.service';
import { User } from '../users/user.entity';
import { Concern } from './concern.entity';
import type { ConcernAnswerDto, ConcernDto, ConcernQueryDto } from './dto/concern.dto';

/**
 * Observers' public comments and formal concerns on the decisions register, and the operator's
 * public answers. A formal concern is due for an answer within the rule setting's days of its
 * filing (Korean days, by the injected clock); past that it is flagged, and the operators are
 * reminded (mail/reminders.ts).
 */
@Injectable()
export class ConcernsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly rules: RuleSettingsService,
    private readonly notifications: NotificationsService,
  ) {}

  async file(actor: Actor, decisionId: string, dto: ConcernDto): Promise<ConcernView> {
    const concern = await this.dataSource.transaction(async (manager) => {
      const decision = await manager.findOneBy(Decision, { id: decisionId });
      if (!decision) throw new NotFoundError('decision', decisionId);
      const filedAt = this.clock.now();
      const { observers } = await this.rules.current(manager);
      const answerDueOn = concernAnswerDue(dto.kind, koreanDate(filedAt), observers);
      const saved = await manager.save(
        manager.create(Concern, { decisionId, observerId: actor.userId, kind: dto.kind, status: ConcernStatus.OPEN, body: dto.body, filedAt, answerDueOn, answer: null, answeredBy: null, answeredAt: null }),
      );
      await this.audit.record(manager, actor, { action: 'concern.filed', entityType: 'concern', entityId: saved.id, toState: saved.status, data: { decisionId, kind: dto.kind, answerDueOn } });
      const product = await this.productName(manager, decision);
      const operators = await manager.find(User, { where: { role: Role.OPERATOR, status: UserStatus.ACTIVE }, select: { id: true } });
      await this.notifications.notifyUsers(manager, operators.map((o) => o.id), {
        title: `An observer's ${dto.kind.toLowerCase()} on the decision about ${product}`,
        body: answerDueOn ? `Answer by ${answerDueOn}` : dto.body,
        titleMessage: message('NOTE_CONCERN_FILED', { product }),
        bodyMessage: message('NOTE_CONCERN_FILED_BODY', { product, answerDueOn: answerDueOn ?? '' }),
        link: '/operator/concerns',
      });
      return saved;
    });
    return (await this.views([concern]))[0];
  }

  /** The operator answers once; the row is locked, so two answers at once make one. */
  async answer(actor: Actor, id: string, dto: ConcernAnswerDto): Promise<ConcernView> {
    const concern = await this.dataSource.transaction(async (manager) => {
      const concern = await manager.findOne(Concern, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!concern) throw new NotFoundError('concern', id);
      const check = concernMachine.check(concern.status, ConcernAction.ANSWER, actor.role);
      if (!check.ok) throw refusedMove(check, `This ${concern.kind.toLowerCase()} is ${concern.status}: it cannot be answered again`, { status: concern.status, action: ConcernAction.ANSWER });
      const from = concern.status;
      Object.assign(concern, { status: check.to, answer: dto.answer, answeredBy: actor.userId, answeredAt: this.clock.now() });
      await manager.save(concern);
      const today = koreanDate(this.clock.now());
      await this.audit.record(manager, actor, {
        action: 'concern.answered',
        entityType: 'concern',
        entityId: concern.id,
        fromState: from,
        toState: concern.status,
        data: { answerDueOn: concern.answerDueOn, late: concern.answerDueOn !== null && today > concern.answerDueOn },
      });
      const product = await this.productName(manager, await manager.findOneByOrFail(Decision, { id: concern.decisionId }));
      await this.notifications.notifyUsers(manager, [concern.observerId], {
        title: `Your ${concern.kind.toLowerCase()} on the decision about ${product} is answered`,
        body: dto.answer,
        titleMessage: message('NOTE_CONCERN_ANSWERED', { product }),
        bodyMessage: message('NOTE_CONCERN_ANSWERED_BODY', { product }),
        link: '/decisions',
      });
      return concern;
    });
    return (await this.views([concern]))[0];
  }

  /** Every comment and concern with its answer: public, as the decisions they are about. Newest first. */
  async list(query: ConcernQueryDto): Promise<Page<ConcernView>> {
    const today = koreanDate(this.clock.now());
    const qb = this.dataSource.getRepository(Concern).createQueryBuilder('c');
    if (query.decisionId) qb.andWhere('c.decisionId = :decisionId', { decisionId: query.decisionId });
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.overdue !== undefined) {
      const overdue = new Brackets((w) => w.where('c.status = :open', { open: ConcernStatus.OPEN }).andWhere('c.answerDueOn < :today', { today }));
      if (query.overdue) qb.andWhere(overdue);
      else qb.andWhere(new Brackets((w) => w.where('c.status <> :open', { open: ConcernStatus.OPEN }).orWhere('c.answerDueOn IS NULL').orWhere('c.answerDueOn >= :today', { today })));
    }
    const [rows, total] = await qb.orderBy('c.filedAt', 'DESC').addOrderBy('c.id').skip(query.offset).take(query.pageSize).getManyAndCount();
    return toPage(await this.views(rows), total, query);
  }

  private async productName(manager: EntityManager, decision: Decision): Promise<string> {
    if (decision.productId) return (await manager.findOneBy(Product, { id: decision.productId }))?.nameKo ?? '';
    return (await manager.findOneBy(Company, { id: decision.companyId }))?.name ?? '';
  }

  private async views(concerns: Concern[]): Promise<ConcernView[]> {
    if (!concerns.length) return [];
    const today = koreanDate(this.clock.now());
    const decisions = await this.dataSource.getRepository(Decision).findBy({ id: In([...new Set(concerns.map((c) => c.decisionId))]) });
    const productIds = decisions.map((d) => d.productId).filter((id): id is string => !!id);
    const userIds = [...new Set(concerns.flatMap((c) => [c.observerId, c.answeredBy]).filter((id): id is string => !!id))];
    const [products, companies, users] = await Promise.all([
      productIds.length ? this.dataSource.getRepository(Product).find({ where: { id: In(productIds) }, select: { id: true, nameKo: true } }) : [],
      this.dataSource.getRepository(Company).find({ where: { id: In(decisions.map((d) => d.companyId)) }, select: { id: true, name: true } }),
      this.dataSource.getRepository(User).find({ where: { id: In(userIds) }, select: { id: true, name: true, observerOrganisation: true } }),
    ]);
    return concerns.map((c) => {
      const decision = decisions.find((d) => d.id === c.decisionId)!;
      const author = users.find((u) => u.id === c.observerId);
      return {
        id: c.id,
        decisionId: c.decisionId,
        decisionKind: decision.kind,
        productName: products.find((p) => p.id === decision.productId)?.nameKo ?? null,
        companyName: companies.find((co) => co.id === decision.companyId)?.name ?? '',
        kind: c.kind,
        status: c.status,
        authorName: author?.name ?? '',
        organisation: author?.observerOrganisation ?? '',
        body: c.body,
        filedAt: c.filedAt.toISOString(),
        answerDueOn: c.answerDueOn,
        overdue: isConcernOverdue(c, today),
        answer: c.answer,
        answeredBy: users.find((u) => u.id === c.answeredBy)?.name ?? null,
        answeredAt: c.answeredAt?.toISOString() ?? null,
      };
    });
  }
}

import { Injectable } from '@nestjs/common';
import { DecisionKind, message, periodEnd, textMessage, type SanctionView } from '@inno/contracts';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/authenticated-user';
import { Clock, koreanDate } from '../clock/clock';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import { Decision } from '../designations/decision.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { CompanySanction } from './company-sanction.entity';
import { Company } from './company.entity';
import type { SanctionDto } from './dto/sanction.dto';

/**
 * Sanctions on a company (부정당업자 제재 and the like), recorded and lifted by an operator, audited
 * and published on the decisions register. `companies.sanctioned_until` follows the sanctions not
 * lifted, so the proposal, extension and pilot rules read one date.
 */
@Injectable()
export class SanctionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  async list(companyId: string): Promise<SanctionView[]> {
    if (!(await this.dataSource.getRepository(Company).existsBy({ id: companyId }))) throw new NotFoundError('company', companyId);
    const rows = await this.dataSource.getRepository(CompanySanction).find({ where: { companyId }, order: { startsOn: 'DESC', imposedAt: 'DESC' } });
    const today = koreanDate(this.clock.now());
    return rows.map((r) => this.view(r, today));
  }

  async impose(actor: Actor, companyId: string, dto: SanctionDto): Promise<SanctionView> {
    const today = koreanDate(this.clock.now());
    // A sanction is recorded once it takes effect, so "sanctioned through" never bars a company early.
    if (dto.startsOn > today) throw new InvalidInputError('startsOn', `startsOn must be today (${today}) or earlier: record a sanction once it takes effect`, message('FIELD_DATE_FUTURE', { today }));
    const sanction = await this.dataSource.transaction(async (manager) => {
      const company = await this.lockCompany(manager, companyId);
      const endsOn = periodEnd(dto.startsOn, { months: dto.months });
      const saved = await manager.save(
        manager.create(CompanySanction, { companyId, startsOn: dto.startsOn, endsOn, reason: dto.reason, legalBasis: dto.legalBasis, imposedBy: actor.userId }),
      );
      await this.follow(manager, company);
      await manager.insert(Decision, {
        kind: DecisionKind.SANCTION,
        productId: null,
        companyId,
        reasons: [dto.reason, `Legal basis: ${dto.legalBasis}`, `${dto.startsOn} – ${endsOn}`],
        reasonMessages: [textMessage(dto.reason), message('SANCTION_LEGAL_BASIS', { basis: dto.legalBasis }), message('SANCTION_PERIOD', { startsOn: dto.startsOn, endsOn })],
        decidedBy: actor.userId,
      });
      await this.audit.record(manager, actor, {
        action: 'company.sanctioned',
        entityType: 'company',
        entityId: companyId,
        data: { sanctionId: saved.id, startsOn: dto.startsOn, endsOn, reason: dto.reason, legalBasis: dto.legalBasis, sanctionedUntil: company.sanctionedUntil },
      });
      await this.notifications.notifyCompany(manager, companyId, {
        title: `Sanction: ${dto.startsOn} – ${endsOn}`,
        body: `${dto.reason}\n${dto.legalBasis}`,
        titleMessage: message('NOTE_SANCTION', { startsOn: dto.startsOn, endsOn }),
        bodyMessage: textMessage(`${dto.reason}\n${dto.legalBasis}`),
        link: '/my/company',
      });
      return saved;
    });
    return this.view(sanction, today);
  }

  /** Ends a sanction in force early: the company is free from today. 409 once lifted or over. */
  async lift(actor: Actor, companyId: string, sanctionId: string, reason: string): Promise<SanctionView> {
    const today = koreanDate(this.clock.now());
    const sanction = await this.dataSource.transaction(async (manager) => {
      const company = await this.lockCompany(manager, companyId);
      const sanction = await manager.findOneBy(CompanySanction, { id: sanctionId, companyId });
      if (!sanction) throw new NotFoundError('sanction', sanctionId);
      if (sanction.liftedOn) throw new ConflictError(`This sanction was already lifted on ${sanction.liftedOn}`, 'SANCTION_LIFTED', undefined, { liftedOn: sanction.liftedOn });
      if (sanction.endsOn < today) throw new ConflictError(`This sanction ended on ${sanction.endsOn}: there is nothing to lift`, 'SANCTION_ENDED', undefined, { endsOn: sanction.endsOn });
      Object.assign(sanction, { liftedOn: today, liftedReason: reason, liftedBy: actor.userId });
      await manager.save(sanction);
      await this.follow(manager, company);
      await manager.insert(Decision, {
        kind: DecisionKind.SANCTION_LIFTED,
        productId: null,
        companyId,
        reasons: [reason, `${sanction.startsOn} – ${sanction.endsOn}, lifted on ${today}`],
        reasonMessages: [textMessage(reason), message('SANCTION_PERIOD_LIFTED', { startsOn: sanction.startsOn, endsOn: sanction.endsOn, liftedOn: today })],
        decidedBy: actor.userId,
      });
      await this.audit.record(manager, actor, {
        action: 'company.sanction_lifted',
        entityType: 'company',
        entityId: companyId,
        fromState: 'SANCTIONED',
        toState: company.sanctionedUntil && company.sanctionedUntil >= today ? 'SANCTIONED' : 'CLEAR',
        data: { sanctionId, reason, liftedOn: today, sanctionedUntil: company.sanctionedUntil },
      });
      await this.notifications.notifyCompany(manager, companyId, { title: 'Sanction lifted', body: reason, titleMessage: message('NOTE_SANCTION_LIFTED'), bodyMessage: textMessage(reason), link: '/my/company' });
      return sanction;
    });
    return this.view(sanction, today);
  }

  /** The company's "sanctioned through" date: the latest end among the sanctions not lifted. */
  private async follow(manager: EntityManager, company: Company): Promise<void> {
    const latest = await manager.findOne(CompanySanction, { where: { companyId: company.id, liftedOn: IsNull() }, order: { endsOn: 'DESC' } });
    Object.assign(company, { sanctionedUntil: latest?.endsOn ?? null, sanctionReason: latest?.reason ?? null });
    await manager.update(Company, company.id, { sanctionedUntil: company.sanctionedUntil, sanctionReason: company.sanctionReason });
  }

  private async lockCompany(manager: EntityManager, id: string): Promise<Company> {
    const company = await manager.findOne(Company, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!company) throw new NotFoundError('company', id);
    return company;
  }

  private view(s: CompanySanction, today: string): SanctionView {
    return {
      id: s.id,
      companyId: s.companyId,
      startsOn: s.startsOn,
      endsOn: s.endsOn,
      reason: s.reason,
      legalBasis: s.legalBasis,
      imposedBy: s.imposedBy,
      imposedAt: s.imposedAt.toISOString(),
      liftedOn: s.liftedOn,
      liftedReason: s.liftedReason,
      liftedBy: s.liftedBy,
      inForce: !s.liftedOn && s.startsOn <= today && s.endsOn >= today,
    };
  }
}

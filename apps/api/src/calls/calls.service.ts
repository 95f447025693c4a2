import { Injectable } from '@nestjs/common';
import { CallKind, ChallengeSelection, type CallPhase, type CallView, type Page, message } from '@inno/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/authenticated-user';
import { CategoriesService } from '../categories/categories.service';
import { Clock } from '../clock/clock';
import { checkDesignationRules, RuleSettingsService } from '../rule-settings/rule-settings.service';
import { InvalidInputError, NotFoundError } from '../common/domain-errors';
import { PageQueryDto, toPage } from '../common/page-query.dto';
import { Call } from './call.entity';
import { checkCriteria } from './criteria';
import type { CallInputDto } from './dto/call-input.dto';

export function callPhase(call: Pick<Call, 'opensAt' | 'closesAt'>, now: Date): CallPhase {
  if (now < call.opensAt) return 'UPCOMING';
  return now < call.closesAt ? 'OPEN' : 'CLOSED';
}

export { checkCriteria };

@Injectable()
export class CallsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly categories: CategoriesService,
    private readonly clock: Clock,
    private readonly ruleSettings: RuleSettingsService,
  ) {}

  toView(call: Call): CallView {
    return {
      id: call.id,
      title: call.title,
      kind: call.kind,
      description: call.description,
      subAreas: call.subAreas,
      opensAt: call.opensAt.toISOString(),
      closesAt: call.closesAt.toISOString(),
      criteria: call.criteria,
      rules: call.rules,
      challengeSelection: call.challengeSelection,
      phase: callPhase(call, this.clock.now()),
      createdAt: call.createdAt.toISOString(),
    };
  }

  async create(actor: Actor, dto: CallInputDto): Promise<CallView> {
    return this.toView(await this.dataSource.transaction((manager) => this.open(manager, actor, dto)));
  }

  /** Opens a call inside the caller's transaction (a challenge's solution call opens with its transition). */
  async open(manager: EntityManager, actor: Actor, dto: CallInputDto): Promise<Call> {
    const opensAt = new Date(dto.opensAt);
    const closesAt = new Date(dto.closesAt);
    if (closesAt <= opensAt) throw new InvalidInputError('closesAt', 'closesAt must be after opensAt', message('FIELD_END_BEFORE_START'));
    for (const code of dto.subAreas) {
      if (!(await this.categories.exists(code))) throw new InvalidInputError('subAreas', `${code} is not a catalogue category`, message('FIELD_UNKNOWN_CATEGORY', { code }));
    }
    // The call keeps the rules in force today: later changes to the defaults do not reach it.
    const defaults = await this.ruleSettings.current(manager);
    const criteria = dto.criteria ?? defaults.criteria;
    const rules = dto.rules ?? defaults.designation;
    checkCriteria(criteria);
    checkDesignationRules(rules, 'rules');
    const forChallenges = dto.kind === CallKind.CALL_FOR_CHALLENGES;
    if (dto.challengeSelection && !forChallenges) throw new InvalidInputError('challengeSelection', 'only a call for challenges says who selects', message('CALL_SELECTION_ONLY_FOR_CHALLENGES'));
    const challengeSelection = forChallenges ? (dto.challengeSelection ?? ChallengeSelection.OPERATOR) : null;
    const saved = await manager.save(
      manager.create(Call, { title: dto.title, kind: dto.kind, description: dto.description, subAreas: dto.subAreas, opensAt, closesAt, criteria, rules, challengeSelection, createdBy: actor.userId }),
    );
    await this.audit.record(manager, actor, {
      action: 'call.opened',
      entityType: 'call',
      entityId: saved.id,
      data: { title: saved.title, opensAt: dto.opensAt, closesAt: dto.closesAt, passMark: criteria.passMark, rules, ...(challengeSelection ? { challengeSelection } : {}) },
    });
    return saved;
  }

  async list(query: PageQueryDto & { phase?: CallPhase; kind?: CallKind }): Promise<Page<CallView>> {
    const now = this.clock.now();
    const qb = this.dataSource.getRepository(Call).createQueryBuilder('c');
    if (query.kind) qb.andWhere('c.kind = :kind', { kind: query.kind });
    if (query.phase === 'OPEN') qb.andWhere('c.opensAt <= :now AND c.closesAt > :now', { now });
    if (query.phase === 'UPCOMING') qb.andWhere('c.opensAt > :now', { now });
    if (query.phase === 'CLOSED') qb.andWhere('c.closesAt <= :now', { now });
    const [calls, total] = await qb.orderBy('c.opensAt', 'DESC').addOrderBy('c.id').skip(query.offset).take(query.pageSize).getManyAndCount();
    return toPage(calls.map((c) => this.toView(c)), total, query);
  }

  async get(id: string): Promise<Call> {
    const call = await this.dataSource.getRepository(Call).findOneBy({ id });
    if (!call) throw new NotFoundError('call', id);
    return call;
  }
}

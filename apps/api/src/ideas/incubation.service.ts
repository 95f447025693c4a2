import { Injectable } from '@nestjs/common';
import { INCUBATION_ACTIONS_WITH_REASON, IncubationAction, incubationMachine, IncubationStatus, type IncubationTaskView, type Page, message } from '@inno/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/authenticated-user';
import { Clock, koreanDate } from '../clock/clock';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import { PageQueryDto, toPage } from '../common/page-query.dto';
import { Institution } from '../institutions/institution.entity';
import type { IncubationInputDto } from './dto/idea.dto';
import { Idea } from './idea.entity';
import { IncubationTask } from './incubation-task.entity';

/** Incubation tasks: opened with a selected idea's "incubation" outcome, followed by operators to done or dropped. */
@Injectable()
export class IncubationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Opens the idea's task in the caller's transaction (the idea's selection). */
  async open(manager: EntityManager, actor: Actor, idea: Idea, input: IncubationInputDto): Promise<IncubationTask> {
    const { ownerInstitutionId = null, ownerTeam = null } = input;
    if (!ownerInstitutionId === !ownerTeam) throw new InvalidInputError('incubation.ownerTeam', 'give an owner institution or an operator team, one of the two', message('INCUBATION_OWNER_ONE_OF_TWO'));
    if (ownerInstitutionId && !(await manager.existsBy(Institution, { id: ownerInstitutionId }))) throw new InvalidInputError('incubation.ownerInstitutionId', 'ownerInstitutionId is not an institution', message('FIELD_UNKNOWN_RECORD'));
    if (input.dueOn < koreanDate(this.clock.now())) throw new InvalidInputError('incubation.dueOn', 'dueOn must be today or later', message('FIELD_DATE_PAST'));
    const task = await manager.save(
      manager.create(IncubationTask, { ideaId: idea.id, status: IncubationStatus.OPEN, ownerInstitutionId, ownerTeam, goal: input.goal, dueOn: input.dueOn, reason: null, createdBy: actor.userId }),
    );
    await this.audit.record(manager, actor, { action: 'incubation.opened', entityType: 'incubation_task', entityId: task.id, toState: task.status, data: { ideaId: idea.id, ownerInstitutionId, ownerTeam, dueOn: input.dueOn } });
    return task;
  }

  /** Moves a task by the shared machine: wrong state 409, wrong role 403; done and dropped need a reason. */
  async move(actor: Actor, id: string, action: IncubationAction, reason?: string): Promise<IncubationTaskView> {
    const task = await this.dataSource.transaction(async (manager) => {
      const task = await manager.findOne(IncubationTask, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!task) throw new NotFoundError('incubation task', id);
      const check = incubationMachine.check(task.status, action, actor.role);
      if (!check.ok) {
        if (check.reason === 'FORBIDDEN_ROLE') throw new ForbiddenError(check.message, check.reason, undefined, { role: actor.role, action });
        throw new ConflictError(`This incubation task is ${task.status}: it cannot be moved by "${action}"`, 'WRONG_STATE', undefined, { status: task.status, action });
      }
      if (INCUBATION_ACTIONS_WITH_REASON.includes(action) && !reason) throw new InvalidInputError('reason', 'reason is required', message('FIELD_REQUIRED'));
      const from = task.status;
      Object.assign(task, { status: check.to }, reason ? { reason } : {});
      await manager.save(task);
      await this.audit.record(manager, actor, { action: `incubation.${action}`, entityType: 'incubation_task', entityId: id, fromState: from, toState: check.to, data: reason ? { reason } : {} });
      return task;
    });
    return (await this.views([task], actor))[0];
  }

  async list(actor: Actor, query: PageQueryDto): Promise<Page<IncubationTaskView>> {
    const [rows, total] = await this.dataSource.getRepository(IncubationTask).findAndCount({ order: { dueOn: 'ASC', id: 'ASC' }, skip: query.offset, take: query.pageSize });
    return toPage(await this.views(rows, actor), total, query);
  }

  /** Each idea's task status, for the public idea pages: nothing else of the task is public. */
  async statusesOf(ideaIds: string[]): Promise<Map<string, IncubationStatus>> {
    if (!ideaIds.length) return new Map();
    const tasks = await this.dataSource.getRepository(IncubationTask).find({ where: { ideaId: In(ideaIds) }, select: { ideaId: true, status: true } });
    return new Map(tasks.map((t) => [t.ideaId, t.status]));
  }

  private async views(tasks: IncubationTask[], viewer: Pick<Actor, 'role'>): Promise<IncubationTaskView[]> {
    if (!tasks.length) return [];
    const institutionIds = tasks.map((t) => t.ownerInstitutionId).filter((id): id is string => !!id);
    const [ideas, institutions] = await Promise.all([
      this.dataSource.getRepository(Idea).find({ where: { id: In(tasks.map((t) => t.ideaId)) }, select: { id: true, title: true } }),
      institutionIds.length ? this.dataSource.getRepository(Institution).find({ where: { id: In(institutionIds) }, select: { id: true, name: true } }) : [],
    ]);
    return tasks.map((task) => {
      const institution = institutions.find((i) => i.id === task.ownerInstitutionId);
      return {
        id: task.id,
        idea: { id: task.ideaId, title: ideas.find((i) => i.id === task.ideaId)?.title ?? '' },
        owner: { institution: institution ? { id: institution.id, name: institution.name } : null, team: task.ownerTeam },
        goal: task.goal,
        dueOn: task.dueOn,
        status: task.status,
        reason: task.reason,
        availableActions: incubationMachine.availableActions(task.status, viewer.role),
        createdAt: task.createdAt.toISOString(),
        updatedAt: task.updatedAt.toISOString(),
      };
    });
  }
}

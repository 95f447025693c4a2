import { Injectable } from '@nestjs/common';
import {
  INVITATION_VALID_DAYS,
  NominationAction,
  nominationMachine,
  NominationStatus,
  normalizeBusinessNumber,
  Role,
  ScoutingRoundStatus,
  SYSTEM_ROLE,
  type ActorRole,
  type InvitationView,
  type NominationView,
  type Page,
  type ScoutingRoundView,
} from '@inno/contracts';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService, type AuditActor } from '../audit/audit.service';
import type { Actor } from '../auth/authenticated-user';
import { Clock } from '../clock/clock';
import { ConflictError, ForbiddenError, NotFoundError, refusedMove } from '../common/domain-errors';
import { PageQueryDto, toPage } from '../common/page-query.dto';
import { Company } from '../companies/company.entity';
import { RuleSettingsService } from '../rule-settings/rule-settings.service';
import { User } from '../users/user.entity';
import type { NominationDto, NominationQueryDto, ScoutingRoundDto } from './dto/scouting.dto';
import { Nomination } from './nomination.entity';
import { ScoutingRound } from './scouting-round.entity';

const DAY = 86_400_000;
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** A fresh single-use token: only its hash is kept, so the link is shown once, to whoever issued it. */
function newInvitation(now: Date) {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashOf(token), expiresAt: new Date(now.getTime() + INVITATION_VALID_DAYS * DAY), url: `/scouting/invitations/${token}` };
}

export type NominationMover = { role: ActorRole; audit: AuditActor };

@Injectable()
export class NominationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly ruleSettings: RuleSettingsService,
  ) {}

  async createRound(actor: Actor, dto: ScoutingRoundDto): Promise<ScoutingRoundView> {
    const round = await this.dataSource.transaction(async (manager) => {
      const defaults = (await this.ruleSettings.current(manager)).scouting;
      const round = await manager.save(
        manager.create(ScoutingRound, {
          title: dto.title,
          description: dto.description,
          status: ScoutingRoundStatus.OPEN,
          nominationsPerScout: dto.nominationsPerScout ?? defaults.nominationsPerScout,
          createdBy: actor.userId,
        }),
      );
      await this.audit.record(manager, actor, { action: 'scouting_round.opened', entityType: 'scouting_round', entityId: round.id, toState: round.status, data: { nominationsPerScout: round.nominationsPerScout } });
      return round;
    });
    return this.roundView(round, actor);
  }

  async closeRound(actor: Actor, id: string): Promise<ScoutingRoundView> {
    const round = await this.dataSource.transaction(async (manager) => {
      const round = await this.lockRound(manager, id);
      if (round.status !== ScoutingRoundStatus.OPEN) throw new ConflictError('The round is already closed', 'ROUND_CLOSED');
      round.status = ScoutingRoundStatus.CLOSED;
      await manager.save(round);
      await this.audit.record(manager, actor, { action: 'scouting_round.closed', entityType: 'scouting_round', entityId: id, fromState: ScoutingRoundStatus.OPEN, toState: round.status });
      return round;
    });
    return this.roundView(round, actor);
  }

  async rounds(viewer: Actor | null, query: PageQueryDto): Promise<Page<ScoutingRoundView>> {
    const [rounds, total] = await this.dataSource.getRepository(ScoutingRound).findAndCount({ order: { createdAt: 'DESC', id: 'ASC' }, skip: query.offset, take: query.pageSize });
    return toPage(await Promise.all(rounds.map((r) => this.roundView(r, viewer))), total, query);
  }

  async round(viewer: Actor | null, id: string): Promise<ScoutingRoundView> {
    const round = await this.dataSource.getRepository(ScoutingRound).findOneBy({ id });
    if (!round) throw new NotFoundError('scouting round', id);
    return this.roundView(round, viewer);
  }

  /**
   * A scout's nomination in an open round, within the round's share per scout: the round's row is
   * locked while the scout's nominations are counted, so concurrent nominations cannot overshoot.
   * A company already on the platform (same business number) is linked at once.
   */
  async nominate(actor: Actor, dto: NominationDto): Promise<NominationView> {
    const businessNumber = normalizeBusinessNumber(dto.businessNumber)!;
    const invitation = newInvitation(this.clock.now());
    const nomination = await this.dataSource.transaction(async (manager) => {
      const round = await this.lockRound(manager, dto.roundId);
      if (round.status !== ScoutingRoundStatus.OPEN) throw new ConflictError('The round is closed: it takes no more nominations', 'ROUND_CLOSED');
      const mine = await manager.countBy(Nomination, { roundId: round.id, scoutId: actor.userId });
      if (mine >= round.nominationsPerScout) {
        throw new ConflictError(`A scout nominates at most ${round.nominationsPerScout} companies in this round`, 'NOMINATION_LIMIT_REACHED');
      }
      if (await manager.existsBy(Nomination, { roundId: round.id, businessNumber })) {
        throw new ConflictError('This company is already nominated in this round', 'ALREADY_NOMINATED', { businessNumber: ['is already nominated in this round'] });
      }
      const company = await manager.findOneBy(Company, { businessNumber });
      const nomination = await manager.save(
        manager.create(Nomination, {
          roundId: round.id,
          scoutId: actor.userId,
          status: NominationStatus.NOMINATED,
          companyName: dto.companyName,
          businessNumber,
          companyId: company?.id ?? null,
          contactName: dto.contactName,
          contactEmail: dto.contactEmail,
          productName: dto.productName,
          productDescription: dto.productDescription,
          reason: dto.reason,
          invitationHash: invitation.hash,
          invitationExpiresAt: invitation.expiresAt,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'nomination.nominated',
        entityType: 'nomination',
        entityId: nomination.id,
        toState: nomination.status,
        data: { roundId: round.id, businessNumber, companyId: nomination.companyId, invitationExpiresAt: invitation.expiresAt.toISOString() },
      });
      return nomination;
    });
    return { ...(await this.view(nomination, actor)), invitationUrl: invitation.url };
  }

  /** A new link for an unclaimed invitation (the old one stops working): the token is stored hashed and cannot be shown again. */
  async reissueInvitation(actor: Actor, id: string): Promise<NominationView> {
    const invitation = newInvitation(this.clock.now());
    const nomination = await this.dataSource.transaction(async (manager) => {
      const nomination = await this.lock(manager, id);
      if (actor.role === Role.SCOUT && nomination.scoutId !== actor.userId) throw new ForbiddenError('This nomination is another scout’s', 'NOT_OWNER');
      if (nomination.invitationClaimedAt) throw new ConflictError('The company has already claimed this nomination', 'INVITATION_CLAIMED');
      Object.assign(nomination, { invitationHash: invitation.hash, invitationExpiresAt: invitation.expiresAt });
      await manager.save(nomination);
      await this.audit.record(manager, actor, { action: 'nomination.invitation_reissued', entityType: 'nomination', entityId: id, data: { invitationExpiresAt: invitation.expiresAt.toISOString() } });
      return nomination;
    });
    return { ...(await this.view(nomination, actor)), invitationUrl: invitation.url };
  }

  /** What the invitation is for, for its holder before signing up; an unknown or spent token reads as not found. */
  async invitation(token: string): Promise<InvitationView> {
    const nomination = await this.dataSource.getRepository(Nomination).findOneBy({ invitationHash: hashOf(token) });
    if (!nomination) throw new NotFoundError('invitation');
    const [round, scout] = await Promise.all([
      this.dataSource.getRepository(ScoutingRound).findOneByOrFail({ id: nomination.roundId }),
      this.dataSource.getRepository(User).findOneByOrFail({ id: nomination.scoutId }),
    ]);
    return {
      companyName: nomination.companyName,
      businessNumber: nomination.businessNumber,
      productName: nomination.productName,
      roundTitle: round.title,
      scoutName: scout.name,
      expiresAt: nomination.invitationExpiresAt.toISOString(),
      claimed: !!nomination.invitationClaimedAt,
    };
  }

  /**
   * A supplier claims the nomination its company was invited to: once, before the expiry, and only
   * for the company with the nominated business number (a leaked link cannot hand it to another).
   */
  async claim(actor: Actor, token: string): Promise<NominationView> {
    const nomination = await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(Nomination, { where: { invitationHash: hashOf(token) }, lock: { mode: 'pessimistic_write' } });
      if (!found) throw new NotFoundError('invitation');
      if (found.invitationClaimedAt) throw new ConflictError('This invitation has already been used', 'INVITATION_USED');
      if (this.clock.now() > found.invitationExpiresAt) throw new ConflictError('This invitation has expired: ask the scout for a new link', 'INVITATION_EXPIRED');
      const company = actor.companyId ? await manager.findOneBy(Company, { id: actor.companyId }) : null;
      if (!company || company.businessNumber !== found.businessNumber) {
        throw new ForbiddenError(`This invitation is for the company with business number ${found.businessNumber}`, 'BUSINESS_NUMBER_MISMATCH');
      }
      Object.assign(found, { companyId: company.id, invitationClaimedAt: this.clock.now() });
      await manager.save(found);
      await this.audit.record(manager, actor, { action: 'nomination.claimed', entityType: 'nomination', entityId: found.id, data: { companyId: company.id } });
      return found;
    });
    return this.view(nomination, actor);
  }

  async list(actor: Actor, query: NominationQueryDto): Promise<Page<NominationView>> {
    const where: Record<string, unknown> = {};
    if (actor.role === Role.SCOUT) where.scoutId = actor.userId;
    if (actor.role === Role.SUPPLIER) where.companyId = actor.companyId;
    if (query.roundId) where.roundId = query.roundId;
    if (query.status) where.status = query.status;
    const [rows, total] = await this.dataSource.getRepository(Nomination).findAndCount({ where, order: { createdAt: 'DESC', id: 'ASC' }, skip: query.offset, take: query.pageSize });
    return toPage(await Promise.all(rows.map((n) => this.view(n, actor))), total, query);
  }

  async get(actor: Actor, id: string): Promise<NominationView> {
    const nomination = await this.dataSource.getRepository(Nomination).findOneBy({ id });
    if (!nomination) throw new NotFoundError('nomination', id);
    return this.view(nomination, actor);
  }

  /** Moves a nomination by the shared machine (409 wrong state, 403 wrong role), audited in the caller's transaction. */
  async transition(manager: EntityManager, mover: NominationMover, nomination: Nomination, action: NominationAction, data: Record<string, unknown> = {}): Promise<Nomination> {
    const check = nominationMachine.check(nomination.status, action, mover.role);
    if (!check.ok) {
      throw refusedMove(check, `This nomination is ${nomination.status}: it cannot be moved by "${action}"`, { status: nomination.status, action });
    }
    const from = nomination.status;
    nomination.status = check.to;
    await manager.save(nomination);
    await this.audit.record(manager, mover.audit, { action: `nomination.${action}`, entityType: 'nomination', entityId: nomination.id, fromState: from, toState: check.to, data });
    return nomination;
  }

  async preScreen(actor: Actor, id: string, passed: boolean, note: string): Promise<NominationView> {
    const nomination = await this.dataSource.transaction(async (manager) => {
      const nomination = await this.lock(manager, id);
      nomination.preScreeningNote = note;
      return this.transition(manager, { role: actor.role, audit: actor }, nomination, passed ? NominationAction.PASS_PRE_SCREENING : NominationAction.FAIL_PRE_SCREENING, { note });
    });
    return this.view(nomination, actor);
  }

  /**
   * At a proposal's submission: the company's recommended nomination (for this product, or not yet
   * tied to one) becomes APPLIED with the proposal, in the proposal's transaction. Null when there is none.
   */
  async applyRecommended(manager: EntityManager, proposal: { id: string; companyId: string; productId: string }, audit: AuditActor): Promise<Nomination | null> {
    const nomination = await manager.findOne(Nomination, {
      where: { companyId: proposal.companyId, status: NominationStatus.RECOMMENDED },
      order: { createdAt: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    if (!nomination) return null;
    nomination.proposalId = proposal.id;
    return this.transition(manager, { role: SYSTEM_ROLE, audit }, nomination, NominationAction.APPLY, { proposalId: proposal.id, productId: proposal.productId });
  }

  async lock(manager: EntityManager, id: string): Promise<Nomination> {
    const nomination = await manager.findOne(Nomination, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!nomination) throw new NotFoundError('nomination', id);
    return nomination;
  }

  private async lockRound(manager: EntityManager, id: string): Promise<ScoutingRound> {
    const round = await manager.findOne(ScoutingRound, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!round) throw new NotFoundError('scouting round', id);
    return round;
  }

  private async roundView(round: ScoutingRound, viewer: Pick<Actor, 'userId' | 'role'> | null): Promise<ScoutingRoundView> {
    const repo = this.dataSource.getRepository(Nomination);
    const [nominations, mine] = await Promise.all([
      repo.countBy({ roundId: round.id }),
      viewer?.role === Role.SCOUT ? repo.countBy({ roundId: round.id, scoutId: viewer.userId }) : Promise.resolve(null),
    ]);
    return {
      id: round.id,
      title: round.title,
      description: round.description,
      status: round.status,
      nominationsPerScout: round.nominationsPerScout,
      nominations,
      myRemaining: mine === null ? null : Math.max(0, round.nominationsPerScout - mine),
      createdAt: round.createdAt.toISOString(),
    };
  }

  async view(nomination: Nomination, viewer: Pick<Actor, 'role'>): Promise<NominationView> {
    const [round, scout] = await Promise.all([
      this.dataSource.getRepository(ScoutingRound).findOneByOrFail({ id: nomination.roundId }),
      this.dataSource.getRepository(User).findOneOrFail({ where: { id: nomination.scoutId }, select: { id: true, name: true } }),
    ]);
    return {
      id: nomination.id,
      roundId: round.id,
      roundTitle: round.title,
      status: nomination.status,
      companyName: nomination.companyName,
      businessNumber: nomination.businessNumber,
      companyId: nomination.companyId,
      contactName: nomination.contactName,
      contactEmail: nomination.contactEmail,
      productName: nomination.productName,
      productDescription: nomination.productDescription,
      reason: nomination.reason,
      scout: { id: scout.id, name: scout.name },
      preScreeningNote: nomination.preScreeningNote,
      demoDayId: nomination.demoDayId,
      invitation: { expiresAt: nomination.invitationExpiresAt.toISOString(), claimedAt: nomination.invitationClaimedAt?.toISOString() ?? null },
      availableActions: nominationMachine.availableActions(nomination.status, viewer.role),
      createdAt: nomination.createdAt.toISOString(),
    };
  }

  /** The nominations of these ids, for the demo day's views. */
  byIds(manager: EntityManager, ids: string[]) {
    return ids.length ? manager.findBy(Nomination, { id: In(ids) }) : Promise.resolve([]);
  }
}

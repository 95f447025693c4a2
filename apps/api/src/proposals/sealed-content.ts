import { Injectable } from '@nestjs/common';
import { CallKind, Role, type ProposalContent } from '@inno/contracts';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/authenticated-user';
import { Call } from '../calls/call.entity';
import { Challenge } from '../challenges/challenge.entity';
import { Clock } from '../clock/clock';
import { ForbiddenError } from '../common/domain-errors';
import { Sealing } from '../sealing/sealing';
import type { Proposal } from './proposal.entity';

/** What a sealed proposal's `content` column holds: nothing of the solution. */
export const BLANK_CONTENT: ProposalContent = { innovation: '', publicValue: '', trl: 0, patents: [], pilotPlan: '', documentIds: [] };

/**
 * A solution to a challenge is a proposal in the challenge's CHALLENGE_SOLUTION call, its content
 * sealed (see sealing/sealing.ts) until that call closes. This decides who may open it and when,
 * and logs every person's read.
 */
@Injectable()
export class SealedContent {
  constructor(
    private readonly sealing: Sealing,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Proposals in a solution call are sealed, whatever their status. */
  sealsCall(call: Pick<Call, 'kind'>): boolean {
    return call.kind === CallKind.CHALLENGE_SOLUTION;
  }

  /** Until its call closes no one reads a solution but the company that wrote it. */
  async closed(manager: EntityManager, proposal: Pick<Proposal, 'callId'>): Promise<boolean> {
    const call = await manager.findOneByOrFail(Call, { id: proposal.callId });
    return this.clock.now() >= call.closesAt;
  }

  mayRead(proposal: Pick<Proposal, 'companyId'>, reader: Pick<Actor, 'role' | 'companyId'>, closed: boolean): boolean {
    return closed || (reader.role === Role.SUPPLIER && reader.companyId === proposal.companyId);
  }

  /** Seals `content` into the proposal (its id must be set: the sealed bytes are bound to it). */
  async store(manager: EntityManager, proposal: Proposal, content: ProposalContent): Promise<void> {
    const challenge = await this.challengeOf(manager, proposal.callId);
    proposal.sealed = this.sealing.seal(challenge.id, proposal.id, content);
    proposal.content = BLANK_CONTENT;
  }

  /** The content for the platform's own checks (eligibility on submit, the designation's patents): not a person's read. */
  async plain(manager: EntityManager, proposal: Proposal): Promise<ProposalContent> {
    if (!proposal.sealed) return proposal.content;
    const challenge = await this.challengeOf(manager, proposal.callId);
    return this.sealing.open<ProposalContent>(challenge.id, proposal.id, proposal.sealed);
  }

  /** A person reads the content: refused (403 SOLUTIONS_SEALED) before the close, logged always. Needs a transaction. */
  async read(manager: EntityManager, proposal: Proposal, reader: Actor, purpose: string): Promise<ProposalContent> {
    if (!proposal.sealed) return proposal.content;
    const closed = await this.closed(manager, proposal);
    if (!this.mayRead(proposal, reader, closed)) {
      const call = await manager.findOneByOrFail(Call, { id: proposal.callId });
      throw new ForbiddenError(`Solutions are sealed until the solution call closes at ${call.closesAt.toISOString()}`, 'SOLUTIONS_SEALED');
    }
    const content = await this.plain(manager, proposal);
    await this.audit.record(manager, reader, { action: 'solution.read', entityType: 'proposal', entityId: proposal.id, data: { purpose, beforeClose: !closed } });
    return content;
  }

  private async challengeOf(manager: EntityManager, callId: string): Promise<Challenge> {
    return manager.findOneByOrFail(Challenge, { solutionCallId: callId });
  }
}

import { type AgendaItemStatus, type CriteriaSet, type ItemDecision, type ScoreSheet, type VoteChoice } from '@inno/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A proposal, or a challenge to select, on a session's agenda, with the criteria it is scored on
 * (frozen at the first score). Each item evaluates exactly one of the two.
 */
@Entity({ name: 'agenda_items' })
@Check('CHK_agenda_item_subject', `num_nonnulls("proposal_id", "challenge_id") = 1`)
export class AgendaItem {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ name: 'session_id', type: 'uuid' }) sessionId: string;
  @Column({ name: 'proposal_id', type: 'uuid', unique: true, nullable: true }) proposalId: string | null;
  @Column({ name: 'challenge_id', type: 'uuid', unique: true, nullable: true }) challengeId: string | null;
  @Column({ type: 'varchar', length: 8 }) status: AgendaItemStatus;
  @Column({ type: 'jsonb' }) criteria: CriteriaSet;
  @Column({ type: 'boolean', default: false }) frozen: boolean;
  @Column({ type: 'jsonb', nullable: true }) decision: ItemDecision | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** A member's conflict-of-interest declaration for one item; a conflict recuses them. */
@Entity({ name: 'item_declarations' })
export class ItemDeclaration {
  @PrimaryColumn({ name: 'item_id', type: 'uuid' }) itemId: string;
  @PrimaryColumn({ name: 'member_id', type: 'uuid' }) memberId: string;
  @Column({ type: 'boolean' }) conflict: boolean;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @CreateDateColumn({ name: 'declared_at', type: 'timestamptz' }) declaredAt: Date;
}

/** A member's score sheet for one item: hidden from everyone else until the chair closes the item. */
@Entity({ name: 'item_scores' })
export class ItemScore {
  @PrimaryColumn({ name: 'item_id', type: 'uuid' }) itemId: string;
  @PrimaryColumn({ name: 'member_id', type: 'uuid' }) memberId: string;
  @Column({ type: 'jsonb' }) sheet: ScoreSheet;
  /** Whole points. */
  @Column({ type: 'integer' }) total: number;
  @CreateDateColumn({ name: 'scored_at', type: 'timestamptz' }) scoredAt: Date;
}

/** A present member's vote on an item after scoring, when the call asks for one: hidden until the item closes. */
@Entity({ name: 'item_votes' })
export class ItemVote {
  @PrimaryColumn({ name: 'item_id', type: 'uuid' }) itemId: string;
  @PrimaryColumn({ name: 'member_id', type: 'uuid' }) memberId: string;
  @Column({ type: 'varchar', length: 8 }) choice: VoteChoice;
  @CreateDateColumn({ name: 'voted_at', type: 'timestamptz' }) votedAt: Date;
}

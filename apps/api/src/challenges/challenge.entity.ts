import type { ChallengePurchase, ChallengeSelectionResult, ChallengeStatus } from '@inno/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

const bigintAsNumber = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** An institution's problem (수요제안), proposed into a call for challenges. */
@Entity({ name: 'challenges' })
export class Challenge {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** The call for challenges; a draft prefilled from a citizen's idea may not have one yet. */
  @Index() @Column({ name: 'call_id', type: 'uuid', nullable: true }) callId: string | null;
  @Index() @Column({ name: 'institution_id', type: 'uuid' }) institutionId: string;
  @Index() @Column({ type: 'varchar', length: 24 }) status: ChallengeStatus;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ type: 'text' }) need: string;
  @Column({ name: 'current_method', type: 'text' }) currentMethod: string;
  @Column({ name: 'current_cost', type: 'bigint', nullable: true, transformer: bigintAsNumber }) currentCost: number | null;
  @Column({ name: 'expected_effect', type: 'text' }) expectedEffect: string;
  @Column({ type: 'bigint', nullable: true, transformer: bigintAsNumber }) budget: number | null;
  @Column({ type: 'integer', nullable: true }) quantity: number | null;
  @Column({ type: 'varchar', length: 20 }) field: string;
  @Column({ name: 'selection_reason', type: 'text', nullable: true }) selectionReason: string | null;
  /** Who decided the selection (the operator or the committee) and why, as codes. */
  @Column({ type: 'jsonb', nullable: true }) selection: ChallengeSelectionResult | null;
  /** The CHALLENGE_SOLUTION call that takes this challenge's sealed solutions. */
  @Column({ name: 'solution_call_id', type: 'uuid', nullable: true, unique: true }) solutionCallId: string | null;
  @Column({ name: 'idea_id', type: 'uuid', nullable: true }) ideaId: string | null;
  @Column({ name: 'winner_proposal_id', type: 'uuid', nullable: true }) winnerProposalId: string | null;
  @Column({ type: 'jsonb', nullable: true }) purchase: ChallengePurchase | null;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt: Date | null;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

import type { ConcernKind, ConcernStatus } from '@inno/contracts';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An observer's public comment or formal concern on an entry of the decisions register, and the operator's public answer. */
@Entity({ name: 'concerns' })
@Check('CHK_concern_answer', `("status" = 'ANSWERED') = ("answer" IS NOT NULL AND "answered_by" IS NOT NULL AND "answered_at" IS NOT NULL)`)
export class Concern {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_concerns' }) id: string;
  @Index('IDX_concerns_decision_id') @Column({ name: 'decision_id', type: 'uuid' }) decisionId: string;
  @Column({ name: 'observer_id', type: 'uuid' }) observerId: string;
  @Column({ type: 'varchar', length: 8 }) kind: ConcernKind;
  @Index('IDX_concerns_status') @Column({ type: 'varchar', length: 8 }) status: ConcernStatus;
  @Column({ type: 'text' }) body: string;
  /** The injected clock's time: the answer's due day counts from it. */
  @Column({ name: 'filed_at', type: 'timestamptz' }) filedAt: Date;
  /** Korean day by which a formal concern must be answered (the rule setting when filed); null for a comment. */
  @Column({ name: 'answer_due_on', type: 'date', nullable: true }) answerDueOn: string | null;
  @Column({ type: 'text', nullable: true }) answer: string | null;
  @Column({ name: 'answered_by', type: 'uuid', nullable: true }) answeredBy: string | null;
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true }) answeredAt: Date | null;
}

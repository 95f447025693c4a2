import { DecisionKind, textMessage, type Message } from '@inno/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The public register of decisions: every designation, rejection, extension, suspension, revocation, expiry, sanction. */
@Entity({ name: 'decisions' })
export class Decision {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 24 }) kind: DecisionKind;
  /** Null for a decision about the company itself (a sanction). */
  @Index() @Column({ name: 'product_id', type: 'uuid', nullable: true }) productId: string | null;
  @Index() @Column({ name: 'company_id', type: 'uuid' }) companyId: string;
  @Column({ name: 'proposal_id', type: 'uuid', nullable: true }) proposalId: string | null;
  /** In English, for API users and the log. */
  @Column({ type: 'text', array: true }) reasons: string[];
  /** `reasons` as codes and params, one for one, for the web to word in either language (empty on older rows: see `reasonMessagesOf`). */
  @Column({ name: 'reason_messages', type: 'jsonb', default: () => "'[]'" }) reasonMessages: Message[];
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy: string | null;
  @Index() @CreateDateColumn({ name: 'decided_at', type: 'timestamptz' }) decidedAt: Date;
}

/** A decision's reasons as messages; a row from before they were coded gives its English text as written. */
export function reasonMessagesOf(decision: Pick<Decision, 'reasons' | 'reasonMessages'>): Message[] {
  return decision.reasonMessages?.length === decision.reasons.length ? decision.reasonMessages : decision.reasons.map(textMessage);
}

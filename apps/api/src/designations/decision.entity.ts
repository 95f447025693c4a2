import { DecisionKind } from '@inno/contracts';
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
  @Column({ type: 'text', array: true }) reasons: string[];
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy: string | null;
  @Index() @CreateDateColumn({ name: 'decided_at', type: 'timestamptz' }) decidedAt: Date;
}

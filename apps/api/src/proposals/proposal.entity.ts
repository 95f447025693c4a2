import { ProposalStatus, type ItemDecision, type ProposalContent, type ScreeningItem } from '@inno/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A supplier's proposal of one of its products into a call. */
@Entity({ name: 'proposals' })
// One live proposal per product and call; a withdrawn one may be followed by another.
@Index('uq_proposals_call_product', ['callId', 'productId'], { unique: true, where: `status <> 'WITHDRAWN'` })
export class Proposal {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ name: 'call_id', type: 'uuid' }) callId: string;
  @Column({ name: 'product_id', type: 'uuid' }) productId: string;
  @Index() @Column({ name: 'company_id', type: 'uuid' }) companyId: string;
  @Column({ name: 'sub_area', type: 'varchar', length: 20 }) subArea: string;
  @Index() @Column({ type: 'varchar', length: 24 }) status: ProposalStatus;
  /** For a solution to a challenge, only a blank placeholder: the content is in `sealed`. */
  @Column({ type: 'jsonb' }) content: ProposalContent;
  /** A challenge solution's content, AES-256-GCM under the challenge's key (see sealing/sealing.ts). */
  @Column({ type: 'bytea', nullable: true }) sealed: Buffer | null;
  @Column({ name: 'supplement_draft', type: 'jsonb', nullable: true }) supplementDraft: Partial<ProposalContent> | null;
  @Column({ name: 'supplement_message', type: 'text', nullable: true }) supplementMessage: string | null;
  @Column({ name: 'supplement_deadline', type: 'timestamptz', nullable: true }) supplementDeadline: Date | null;
  @Column({ type: 'jsonb', nullable: true }) screening: ScreeningItem[] | null;
  @Column({ type: 'jsonb', nullable: true }) decision: ItemDecision | null;
  /** Submitted by a company a demo day recommended: screening was waived (domain.md §3.4). */
  @Column({ name: 'screening_waived', type: 'boolean', default: false }) screeningWaived: boolean;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt: Date | null;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

import { PilotStatus, UsageState, type MessageCode, type PilotResultInput } from '@inno/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

const bigintAsNumber = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** An institution's application for a product in a plan, and the pilot it becomes. */
@Entity({ name: 'pilot_applications' })
@Index('uq_pilot_applications_one_per_institution', ['planId', 'productId', 'institutionId'], { unique: true, where: `status <> 'WITHDRAWN'` })
export class PilotApplication {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ name: 'plan_id', type: 'uuid' }) planId: string;
  @Index() @Column({ name: 'product_id', type: 'uuid' }) productId: string;
  @Index() @Column({ name: 'company_id', type: 'uuid' }) companyId: string;
  @Index() @Column({ name: 'institution_id', type: 'uuid' }) institutionId: string;
  @Column({ type: 'varchar', length: 28 }) status: PilotStatus;
  @Column({ type: 'int' }) quantity: number;
  @Column({ type: 'bigint', transformer: bigintAsNumber }) amount: number;
  @Column({ name: 'intended_use', type: 'text' }) intendedUse: string;
  @Column({ type: 'varchar', length: 300 }) place: string;
  @Column({ name: 'use_period_months', type: 'smallint' }) usePeriodMonths: number;
  @Column({ name: 'follow_on_planned', type: 'boolean' }) followOnPlanned: boolean;
  @Column({ name: 'follow_on_budgeted', type: 'boolean' }) followOnBudgeted: boolean;
  @Column({ name: 'follow_on_amount', type: 'bigint', nullable: true, transformer: bigintAsNumber }) followOnAmount: number | null;
  @Column({ type: 'text' }) need: string;
  @Column({ name: 'decision_reason', type: 'text', nullable: true }) decisionReason: string | null;
  /** Set when the platform gave the reason (a matching round): the web words it, `decisionReason` keeps the English. */
  @Column({ name: 'decision_reason_code', type: 'varchar', length: 40, nullable: true }) decisionReasonCode: MessageCode | null;
  @Column({ type: 'jsonb', nullable: true }) result: (PilotResultInput & { reportedAt: string }) | null;
  @Column({ name: 'verdict_reason', type: 'text', nullable: true }) verdictReason: string | null;
  /** When the operator matched it: orders a product's pilots across plans (the repeat rule looks at the first). */
  @Column({ name: 'matched_at', type: 'timestamptz', nullable: true }) matchedAt: Date | null;
  /** The day the institution signed: the fiscal year the pilot purchase counts in toward its target. */
  @Column({ name: 'contracted_on', type: 'date', nullable: true }) contractedOn: string | null;
  @Column({ name: 'use_started_at', type: 'date', nullable: true }) useStartedAt: string | null;
  @Column({ name: 'use_ends_on', type: 'date', nullable: true }) useEndsOn: string | null;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** A usage check-in 3 or 6 months after the pilot: still in use, shelved or returned, and why. */
@Entity({ name: 'pilot_check_ins' })
export class PilotCheckIn {
  @PrimaryColumn({ name: 'application_id', type: 'uuid' }) applicationId: string;
  @PrimaryColumn({ type: 'smallint' }) month: 3 | 6;
  @Column({ type: 'varchar', length: 12 }) state: UsageState;
  @Column({ type: 'text' }) why: string;
  @Column({ name: 'answered_by', type: 'uuid' }) answeredBy: string;
  @CreateDateColumn({ name: 'answered_at', type: 'timestamptz' }) answeredAt: Date;
}

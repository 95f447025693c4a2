import type { Message, PilotUsePlan } from '@inno/contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

const bigintAsNumber = { to: (v: number) => v, from: (v: string) => Number(v) };

/** A year's pilot-purchase plan: its budget, survey window and caps. Matches lock this row. */
@Entity({ name: 'pilot_plans' })
export class PilotPlan {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'smallint' }) year: number;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ type: 'bigint', transformer: bigintAsNumber }) budget: number;
  @Column({ name: 'survey_opens_at', type: 'timestamptz' }) surveyOpensAt: Date;
  @Column({ name: 'survey_closes_at', type: 'timestamptz' }) surveyClosesAt: Date;
  @Column({ name: 'max_institutions_per_product', type: 'smallint' }) maxInstitutionsPerProduct: number;
  @Column({ name: 'max_amount_per_product', type: 'bigint', transformer: bigintAsNumber }) maxAmountPerProduct: number;
  @Column({ name: 'max_use_period_months', type: 'smallint' }) maxUsePeriodMonths: number;
  @Column({ name: 'repeat_pilot_threshold', type: 'bigint', transformer: bigintAsNumber }) repeatPilotThreshold: number;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt: Date | null;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** A product offered in a plan, or excluded from it with the reason; and its supplier's pilot-use plan. */
@Entity({ name: 'pilot_plan_products' })
export class PilotPlanProduct {
  @PrimaryColumn({ name: 'plan_id', type: 'uuid' }) planId: string;
  @PrimaryColumn({ name: 'product_id', type: 'uuid' }) productId: string;
  @Column({ type: 'boolean' }) eligible: boolean;
  /** Why, in English for API users and logs; `exclusionMessage` is what the reader is told. */
  @Column({ type: 'text', nullable: true }) exclusion: string | null;
  @Column({ name: 'exclusion_message', type: 'jsonb', nullable: true }) exclusionMessage: Message | null;
  @Column({ name: 'use_plan', type: 'jsonb', nullable: true }) usePlan: PilotUsePlan | null;
}

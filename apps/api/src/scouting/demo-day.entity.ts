import type { DemoDayStatus } from '@inno/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

const bigintAsNumber = { to: (v: number) => v, from: (v: string) => Number(v) };

/** A demo day: allocations take a share lock on this row, the close an exclusive one. */
@Entity({ name: 'demo_days' })
export class DemoDay {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ name: 'round_id', type: 'uuid' }) roundId: string;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ name: 'held_on', type: 'date' }) heldOn: string;
  @Column({ type: 'varchar', length: 200 }) place: string;
  @Column({ type: 'varchar', length: 12 }) status: DemoDayStatus;
  /** Each panel member's virtual budget (KRW), copied from the rule settings unless set. */
  @Column({ type: 'bigint', transformer: bigintAsNumber }) budget: number;
  @Column({ name: 'recommended_count', type: 'smallint' }) recommendedCount: number;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt: Date | null;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** A member of a demo day's panel; a member's allocations lock this row, one update at a time. */
@Entity({ name: 'demo_day_panelists' })
export class DemoDayPanelist {
  @PrimaryColumn({ name: 'demo_day_id', type: 'uuid' }) demoDayId: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
}

/** What one panel member put into one product; hidden from everyone but the member until the close. */
@Entity({ name: 'demo_day_allocations' })
@Check('CHK_demo_day_allocations_positive', '"amount" > 0')
export class DemoDayAllocation {
  @PrimaryColumn({ name: 'demo_day_id', type: 'uuid' }) demoDayId: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @PrimaryColumn({ name: 'nomination_id', type: 'uuid' }) nominationId: string;
  @Column({ type: 'bigint', transformer: bigintAsNumber }) amount: number;
}

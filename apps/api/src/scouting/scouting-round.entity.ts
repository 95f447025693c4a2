import type { ScoutingRoundStatus } from '@inno/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A round in which scouts nominate companies; nominations lock this row to count a scout's share. */
@Entity({ name: 'scouting_rounds' })
export class ScoutingRound {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ type: 'text' }) description: string;
  @Column({ type: 'varchar', length: 12 }) status: ScoutingRoundStatus;
  /** Copied from the rule settings when the round is opened. */
  @Column({ name: 'nominations_per_scout', type: 'smallint' }) nominationsPerScout: number;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

import { CallKind, type ChallengeSelection, type CriteriaSet, type DesignationRules } from '@inno/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A call (공고): a round that accepts proposals between its opening and closing times. */
@Entity({ name: 'calls' })
export class Call {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ type: 'varchar', length: 24 }) kind: CallKind;
  @Column({ type: 'text' }) description: string;
  @Column({ name: 'sub_areas', type: 'text', array: true }) subAreas: string[];
  @Column({ name: 'opens_at', type: 'timestamptz' }) opensAt: Date;
  @Column({ name: 'closes_at', type: 'timestamptz' }) closesAt: Date;
  @Column({ type: 'jsonb' }) criteria: CriteriaSet;
  /** Validity, extensions and the committee's trimming, as they stood when the call was opened. */
  @Column({ type: 'jsonb' }) rules: DesignationRules;
  /** A call for challenges: who selects them, fixed when it opens. Null for other calls. */
  @Column({ name: 'challenge_selection', type: 'varchar', length: 10, nullable: true }) challengeSelection: ChallengeSelection | null;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

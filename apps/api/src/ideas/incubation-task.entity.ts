import type { IncubationStatus } from '@inno/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** The work behind a selected idea's "incubation" outcome: an owner, a goal and a due date, followed by operators. */
@Entity({ name: 'incubation_tasks' })
@Check('CHK_incubation_task_owner', `num_nonnulls("owner_institution_id", "owner_team") = 1`)
export class IncubationTask {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'idea_id', type: 'uuid', unique: true }) ideaId: string;
  @Index() @Column({ type: 'varchar', length: 12 }) status: IncubationStatus;
  /** An institution carries it, or a team of operators: exactly one. */
  @Column({ name: 'owner_institution_id', type: 'uuid', nullable: true }) ownerInstitutionId: string | null;
  @Column({ name: 'owner_team', type: 'varchar', length: 100, nullable: true }) ownerTeam: string | null;
  @Column({ type: 'text' }) goal: string;
  /** YYYY-MM-DD, Korea time. */
  @Column({ name: 'due_on', type: 'date' }) dueOn: string;
  /** Why it was done or dropped. */
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

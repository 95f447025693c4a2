import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A sanction recorded against a company, kept as history: lifting one early adds to the row, never
 * removes it. `companies.sanctioned_until` is derived from the rows not lifted.
 */
@Entity({ name: 'company_sanctions' })
export class CompanySanction {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ name: 'company_id', type: 'uuid' }) companyId: string;
  @Column({ name: 'starts_on', type: 'date' }) startsOn: string;
  @Column({ name: 'ends_on', type: 'date' }) endsOn: string;
  @Column({ type: 'text' }) reason: string;
  @Column({ name: 'legal_basis', type: 'text' }) legalBasis: string;
  @Column({ name: 'imposed_by', type: 'uuid' }) imposedBy: string;
  @CreateDateColumn({ name: 'imposed_at', type: 'timestamptz' }) imposedAt: Date;
  @Column({ name: 'lifted_on', type: 'date', nullable: true }) liftedOn: string | null;
  @Column({ name: 'lifted_reason', type: 'text', nullable: true }) liftedReason: string | null;
  @Column({ name: 'lifted_by', type: 'uuid', nullable: true }) liftedBy: string | null;
}

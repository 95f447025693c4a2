import { CompanySize } from '@inno/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'companies' })
export class Company {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 200 }) name: string;
  /** Normalised `XXX-XX-XXXXX`, check digit verified. */
  @Column({ name: 'business_number', type: 'char', length: 12, unique: true }) businessNumber: string;
  @Column({ type: 'varchar', length: 8 }) size: CompanySize;
  @Column({ type: 'varchar', length: 40 }) region: string;
  @Column({ type: 'varchar', length: 300, nullable: true }) address: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) representative: string | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) certifications: string[];
  /**
   * Sanctioned through this date (inclusive), from the company's sanctions not lifted: no proposals,
   * extensions or pilot matching while it is today or later. Kept by SanctionsService.
   */
  @Column({ name: 'sanctioned_until', type: 'date', nullable: true }) sanctionedUntil: string | null;
  @Column({ name: 'sanction_reason', type: 'text', nullable: true }) sanctionReason: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

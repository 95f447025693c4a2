import { Role, UserStatus, type Language, type MailKind } from '@inno/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Company } from '../companies/company.entity';
import { Institution } from '../institutions/institution.entity';

@Entity({ name: 'users' })
export class User {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Stored lower-cased; unique. */
  @Index({ unique: true }) @Column({ type: 'varchar', length: 254 }) email: string;
  @Column({ name: 'password_hash', type: 'varchar', length: 200 }) passwordHash: string;
  @Column({ type: 'varchar', length: 100 }) name: string;
  @Column({ type: 'varchar', length: 16 }) role: Role;
  @Column({ type: 'varchar', length: 16 }) status: UserStatus;

  @Column({ name: 'company_id', type: 'uuid', nullable: true }) companyId: string | null;
  @ManyToOne(() => Company, { nullable: true, onDelete: 'RESTRICT' }) @JoinColumn({ name: 'company_id' }) company?: Company | null;
  /** The company's first user administers it (approves later members). */
  @Column({ name: 'company_admin', type: 'boolean', default: false }) companyAdmin: boolean;

  @Column({ name: 'institution_id', type: 'uuid', nullable: true }) institutionId: string | null;
  @ManyToOne(() => Institution, { nullable: true, onDelete: 'RESTRICT' }) @JoinColumn({ name: 'institution_id' }) institution?: Institution | null;

  /** The language of the mails the user receives. */
  @Column({ type: 'varchar', length: 2, default: 'ko' }) language: Language;
  /** Notification kinds the user does not want by e-mail. */
  @Column({ name: 'muted_mail_kinds', type: 'text', array: true, default: () => "'{}'" }) mutedMailKinds: MailKind[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

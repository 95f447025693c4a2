import { Role, UserStatus, type Language, type MailKind } from '@inno/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Company } from '../companies/company.entity';
import { Institution } from '../institutions/institution.entity';

@Entity({ name: 'users' })
@Check(
  'CHK_users_observer_term',
  `("role" = 'OBSERVER') = ("observer_organisation" IS NOT NULL AND "observer_term_from" IS NOT NULL AND "observer_term_to" IS NOT NULL) AND ("observer_term_to" IS NULL OR "observer_term_to" >= "observer_term_from")`,
)
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

  /** An observer's organisation and term (Korean days, both counted): set for observers only, read at every request. */
  @Column({ name: 'observer_organisation', type: 'varchar', length: 200, nullable: true }) observerOrganisation: string | null;
  @Column({ name: 'observer_term_from', type: 'date', nullable: true }) observerTermFrom: string | null;
  @Column({ name: 'observer_term_to', type: 'date', nullable: true }) observerTermTo: string | null;

  /** The language of the mails the user receives. */
  @Column({ type: 'varchar', length: 2, default: 'ko' }) language: Language;
  /** Notification kinds the user does not want by e-mail. */
  @Column({ name: 'muted_mail_kinds', type: 'text', array: true, default: () => "'{}'" }) mutedMailKinds: MailKind[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

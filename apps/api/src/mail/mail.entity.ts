import { MailStatus, type Language } from '@inno/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The transactional outbox: a mail written in the same transaction as the change it tells of,
 * worded in the recipient's language; the queue job that sends it carries its id.
 */
@Entity({ name: 'mails' })
@Index('IDX_mails_created_at', ['createdAt'])
export class Mail {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index('IDX_mails_user_id') @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  /** The address as it was when the mail was written. */
  @Column({ name: 'to_address', type: 'varchar', length: 254 }) toAddress: string;
  /** The notification's title code (MAIL_KINDS). */
  @Column({ type: 'varchar', length: 60 }) kind: string;
  @Column({ type: 'varchar', length: 2 }) language: Language;
  @Column({ type: 'varchar', length: 300 }) subject: string;
  @Column({ type: 'text' }) body: string;
  /** Absolute: the page the mail tells of. */
  @Column({ type: 'varchar', length: 500, nullable: true }) link: string | null;
  @Column({ type: 'varchar', length: 10 }) status: MailStatus;
  @Column({ type: 'int', default: 0 }) attempts: number;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt: Date | null;
}

/** A reminder already sent: one per kind, subject and due date, however often the scheduler runs. */
@Entity({ name: 'reminders_sent' })
export class ReminderSent {
  @Column({ type: 'varchar', length: 60, primary: true }) kind: string;
  @Column({ name: 'subject_id', type: 'uuid', primary: true }) subjectId: string;
  @Column({ name: 'due_on', type: 'date', primary: true }) dueOn: string;
  @CreateDateColumn({ name: 'sent_at', type: 'timestamptz' }) sentAt: Date;
}

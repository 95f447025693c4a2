import type { Message } from '@inno/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'notifications' })
@Index(['userId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ type: 'text' }) body: string;
  /** What the web shows, worded when read in the reader's language; `title` and `body` are the English. */
  @Column({ name: 'title_message', type: 'jsonb' }) titleMessage: Message;
  @Column({ name: 'body_message', type: 'jsonb' }) bodyMessage: Message;
  @Column({ type: 'varchar', length: 300, nullable: true }) link: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true }) readAt: Date | null;
}

import type { Presence } from '@inno/contracts';
import { Column, CreateDateColumn, Entity, Exclusion, PrimaryGeneratedColumn } from 'typeorm';

/** A committee session. The database refuses a second booking of a room for overlapping times. */
@Entity({ name: 'committee_sessions' })
@Exclusion('excl_room_booking', `USING gist ("room_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&)`)
export class CommitteeSession {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt: Date;
  @Column({ name: 'ends_at', type: 'timestamptz' }) endsAt: Date;
  @Column({ name: 'room_id', type: 'uuid', nullable: true }) roomId: string | null;
  @Column({ name: 'online_url', type: 'varchar', length: 500, nullable: true }) onlineUrl: string | null;
  @Column({ name: 'chair_id', type: 'uuid' }) chairId: string;
  @Column({ name: 'member_ids', type: 'uuid', array: true }) memberIds: string[];
  /** Set when the chair opens the session on its date, recording who is present and how. */
  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true }) openedAt: Date | null;
  @Column({ type: 'jsonb', nullable: true }) attendance: Record<string, Presence> | null;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

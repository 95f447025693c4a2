import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An evaluation room (seed 000: the agency's focused rooms for online video evaluations). */
@Entity({ name: 'rooms' })
export class Room {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 100, unique: true }) name: string;
  @Column({ type: 'smallint' }) capacity: number;
  @Column({ name: 'has_video', type: 'boolean' }) hasVideo: boolean;
}

import type { NominationStatus } from '@inno/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A scout's nomination of a company and its product; the company is invited to claim it. */
@Entity({ name: 'nominations' })
// A company is nominated once per round, whichever scout finds it.
@Index('uq_nominations_round_business_number', ['roundId', 'businessNumber'], { unique: true })
export class Nomination {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'round_id', type: 'uuid' }) roundId: string;
  @Index() @Column({ name: 'scout_id', type: 'uuid' }) scoutId: string;
  @Index() @Column({ type: 'varchar', length: 16 }) status: NominationStatus;
  @Column({ name: 'company_name', type: 'varchar', length: 200 }) companyName: string;
  /** Normalised `XXX-XX-XXXXX`: the company is recognised by it when it signs up. */
  @Column({ name: 'business_number', type: 'char', length: 12 }) businessNumber: string;
  /** The company on the platform with that business number, once there is one. */
  @Index() @Column({ name: 'company_id', type: 'uuid', nullable: true }) companyId: string | null;
  @Column({ name: 'contact_name', type: 'varchar', length: 100 }) contactName: string;
  @Column({ name: 'contact_email', type: 'varchar', length: 254 }) contactEmail: string;
  @Column({ name: 'product_name', type: 'varchar', length: 200 }) productName: string;
  @Column({ name: 'product_description', type: 'text' }) productDescription: string;
  @Column({ type: 'text' }) reason: string;
  @Column({ name: 'pre_screening_note', type: 'text', nullable: true }) preScreeningNote: string | null;
  @Index() @Column({ name: 'demo_day_id', type: 'uuid', nullable: true }) demoDayId: string | null;
  /** The proposal the recommended company applied with. */
  @Column({ name: 'proposal_id', type: 'uuid', nullable: true }) proposalId: string | null;
  /** SHA-256 of the invitation token: the token itself is never stored. */
  @Column({ name: 'invitation_hash', type: 'char', length: 64, unique: true }) invitationHash: string;
  @Column({ name: 'invitation_expires_at', type: 'timestamptz' }) invitationExpiresAt: Date;
  @Column({ name: 'invitation_claimed_at', type: 'timestamptz', nullable: true }) invitationClaimedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

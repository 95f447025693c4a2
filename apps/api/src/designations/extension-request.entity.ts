import { ExtensionBasis, type RuleResult } from '@inno/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'extension_requests' })
export class ExtensionRequest {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ name: 'product_id', type: 'uuid' }) productId: string;
  @Column({ type: 'varchar', length: 24 }) basis: ExtensionBasis;
  @Column({ type: 'text' }) evidence: string;
  @Column({ type: 'varchar', length: 12 }) status: 'PENDING' | 'APPROVED' | 'REFUSED';
  @Column({ type: 'jsonb' }) rules: RuleResult[];
  @Column({ type: 'smallint', nullable: true }) years: number | null;
  @Column({ name: 'decided_reason', type: 'text', nullable: true }) decidedReason: string | null;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

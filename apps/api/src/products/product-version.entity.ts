import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The product as it was before an edit of its designated record, and what the edit changed. */
@Entity({ name: 'product_versions' })
export class ProductVersion {
  @PrimaryColumn({ name: 'product_id', type: 'uuid' }) productId: string;
  @PrimaryColumn({ type: 'int' }) version: number;
  @Column({ type: 'jsonb' }) snapshot: Record<string, unknown>;
  @Column({ type: 'jsonb' }) changes: Record<string, { from: unknown; to: unknown }>;
  @Column({ name: 'changed_by', type: 'uuid', nullable: true }) changedBy: string | null;
  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz' }) changedAt: Date;
}

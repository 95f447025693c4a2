import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every asking price a product has had: listed prices are unverified, their history is not. */
@Entity({ name: 'product_prices' })
@Index(['productId', 'changedAt'])
export class ProductPrice {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' }) id: string;
  @Column({ name: 'product_id', type: 'uuid' }) productId: string;
  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } }) price: number;
  @Column({ name: 'changed_by', type: 'uuid', nullable: true }) changedBy: string | null;
  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz' }) changedAt: Date;
}

import { InstitutionType } from '@inno/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'institutions' })
export class Institution {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** The institution's public code (기관코드). */
  @Column({ type: 'varchar', length: 20, unique: true }) code: string;
  @Index() @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ name: 'name_en', type: 'varchar', length: 200 }) nameEn: string;
  @Column({ type: 'varchar', length: 16 }) type: InstitutionType;
  @Column({ type: 'varchar', length: 60 }) sector: string;
  /** Yearly goods purchases in KRW; the base of the purchase target (domain.md §3.7). */
  @Column({ name: 'yearly_goods_purchases', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  yearlyGoodsPurchases: number;
  /** Share of goods purchases to spend on innovative products, e.g. 0.01 for 1%. */
  @Column({ name: 'target_rate', type: 'numeric', precision: 5, scale: 4, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  targetRate: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

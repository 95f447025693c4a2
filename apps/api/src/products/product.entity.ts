import { DesignationStatus, ProductKind, type PatentRef } from '@inno/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Category } from '../categories/category.entity';
import { Company } from '../companies/company.entity';

const bigintAsNumber = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/**
 * An innovative product. Search reads `search_text` (maintained by a trigger: each field compacted, see
 * src/search/text-match.ts), its bigrams `search_grams`, and `filter_tags` (every equality filter as one
 * array), so one partial GIN index serves the words and all filters together; `search_name` ranks.
 */
@Entity({ name: 'products' })
// Created by hand in the migrations (two arrays in one GIN index, partial predicate): TypeORM leaves them be.
@Index('idx_products_catalogue_search', { synchronize: false })
@Index('idx_products_catalogue_newest', { synchronize: false })
@Index('idx_products_catalogue_price', { synchronize: false })
@Index('idx_products_catalogue_region_newest', { synchronize: false })
// One Type 1 record per certificate of a designating body (partial: Type 2 products carry none).
@Index('uq_products_type1_certificate', { synchronize: false })
export class Product {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** 8-digit innovative goods id (혁신제품 번호), from a sequence. */
  @Column({ name: 'goods_id', type: 'char', length: 8, unique: true }) goodsId: string;
  @Index() @Column({ name: 'company_id', type: 'uuid' }) companyId: string;
  @ManyToOne(() => Company, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'company_id' }) company?: Company;
  /** Denormalised for search; kept in step when the company is renamed. */
  @Column({ name: 'company_name', type: 'varchar', length: 200 }) companyName: string;
  @Column({ type: 'varchar', length: 8 }) kind: ProductKind;
  @Column({ type: 'varchar', length: 16 }) status: DesignationStatus;

  @Column({ name: 'name_ko', type: 'varchar', length: 200 }) nameKo: string;
  @Column({ name: 'name_en', type: 'varchar', length: 200 }) nameEn: string;
  @Column({ name: 'model_name', type: 'varchar', length: 100 }) modelName: string;
  @Column({ type: 'text' }) description: string;

  @Column({ name: 'category_code', type: 'varchar', length: 20 }) categoryCode: string;
  @ManyToOne(() => Category, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'category_code' }) category?: Category;
  /** Codes from the large category down to the product's own. */
  @Column({ name: 'category_path', type: 'text', array: true }) categoryPath: string[];
  @Column({ name: 'goods_class_no', type: 'char', length: 8 }) goodsClassNo: string;
  @Column({ name: 'detail_item_no', type: 'char', length: 10 }) detailItemNo: string;
  @Column({ name: 'trading_unit', type: 'varchar', length: 20 }) tradingUnit: string;
  /** KRW including VAT; the supplier's hoped-for price. */
  @Column({ name: 'asking_price', type: 'bigint', transformer: bigintAsNumber }) askingPrice: number;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) certifications: string[];
  @Column({ type: 'jsonb', default: () => "'[]'" }) patents: PatentRef[];
  @Column({ type: 'smallint' }) trl: number;
  @Column({ type: 'varchar', length: 40 }) region: string;

  @Column({ name: 'designating_body', type: 'varchar', length: 100, nullable: true }) designatingBody: string | null;
  @Column({ name: 'certificate_number', type: 'varchar', length: 60, nullable: true }) certificateNumber: string | null;
  @Column({ name: 'designation_number', type: 'varchar', length: 30, nullable: true }) designationNumber: string | null;
  @Column({ name: 'designated_on', type: 'date', nullable: true }) designatedOn: string | null;
  @Column({ name: 'valid_until', type: 'date', nullable: true }) validUntil: string | null;
  @Column({ name: 'extension_stage', type: 'smallint', default: 0 }) extensionStage: number;

  /** Set by the trigger `products_search_text` (one definition, whoever writes the row). */
  @Column({ name: 'search_text', type: 'text', insert: false, update: false, select: false }) searchText?: string;
  @Column({ name: 'search_name', type: 'text', insert: false, update: false, select: false }) searchName?: string;
  @Column({ name: 'search_grams', type: 'text', array: true, insert: false, update: false, select: false }) searchGrams?: string[];
  @Column({ name: 'filter_tags', type: 'text', array: true, select: false }) filterTags: string[];

  /** The status a suspension interrupted, restored on reinstatement. */
  @Column({ name: 'suspended_from', type: 'varchar', length: 16, nullable: true }) suspendedFrom: DesignationStatus | null;
  /** Set when the supplier refused corrective action after an "insufficient" pilot: no extension then. */
  @Column({ name: 'corrective_action_refused', type: 'boolean', default: false }) correctiveActionRefused: boolean;
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

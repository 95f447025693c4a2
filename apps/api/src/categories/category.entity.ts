import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The catalogue's taxonomy: large (level 1), middle (2) and small (3) categories. */
@Entity({ name: 'categories' })
export class Category {
  /** e.g. `SAF`, `SAF-02`, `SAF-02-01`. */
  @PrimaryColumn({ type: 'varchar', length: 20 }) code: string;
  @Index() @Column({ name: 'parent_code', type: 'varchar', length: 20, nullable: true }) parentCode: string | null;
  @Column({ type: 'smallint' }) level: 1 | 2 | 3;
  @Column({ name: 'name_ko', type: 'varchar', length: 100 }) nameKo: string;
  @Column({ name: 'name_en', type: 'varchar', length: 100 }) nameEn: string;
  @Column({ type: 'smallint' }) position: number;
}

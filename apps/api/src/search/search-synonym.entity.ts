import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Words an operator declared equivalent for search (드론 ↔ 무인기): a query for one finds the others. */
@Entity({ name: 'search_synonyms', orderBy: { updatedAt: 'DESC' } })
export class SearchSynonym {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_search_synonyms' }) id: string;
  @Column({ type: 'text', array: true }) words: string[];
  @Column({ name: 'updated_by', type: 'uuid', nullable: true }) updatedBy: string | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

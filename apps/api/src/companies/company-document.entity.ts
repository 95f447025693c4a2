import { CompanyDocumentKind } from '@inno/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { StoredFile } from '../storage/stored-file.entity';

/** A document in the company's locker: kept once, picked by every later application. */
@Entity({ name: 'company_documents' })
export class CompanyDocument {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ name: 'company_id', type: 'uuid' }) companyId: string;
  @Column({ type: 'varchar', length: 20 }) kind: CompanyDocumentKind;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ type: 'varchar', length: 60, nullable: true }) number: string | null;
  @Column({ name: 'expires_on', type: 'date', nullable: true }) expiresOn: string | null;
  @Column({ name: 'file_id', type: 'uuid' }) fileId: string;
  @ManyToOne(() => StoredFile, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'file_id' }) file?: StoredFile;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

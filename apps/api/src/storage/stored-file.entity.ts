import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const FilePurpose = {
  PRODUCT_IMAGE: 'PRODUCT_IMAGE',
  PRODUCT_DOCUMENT: 'PRODUCT_DOCUMENT',
  COMPANY_DOCUMENT: 'COMPANY_DOCUMENT',
  /** A document of an order's step: read only by the order's parties and the agency. */
  ORDER_DOCUMENT: 'ORDER_DOCUMENT',
} as const;
export type FilePurpose = (typeof FilePurpose)[keyof typeof FilePurpose];

/** One uploaded file: its bytes are in FileStorage under `storageKey`. */
@Entity({ name: 'stored_files' })
export class StoredFile {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'storage_key', type: 'varchar', length: 60, unique: true }) storageKey: string;
  @Column({ type: 'varchar', length: 24 }) purpose: FilePurpose;
  /** The name offered on download, cleaned of any path. */
  @Column({ name: 'download_name', type: 'varchar', length: 160 }) downloadName: string;
  @Column({ name: 'content_type', type: 'varchar', length: 40 }) contentType: string;
  @Column({ type: 'int' }) size: number;
  @Column({ type: 'char', length: 64 }) sha256: string;
  @Column({ name: 'company_id', type: 'uuid' }) companyId: string;
  @Index() @Column({ name: 'product_id', type: 'uuid', nullable: true }) productId: string | null;
  @Column({ type: 'int', default: 0 }) position: number;
  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true }) uploadedBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StoredFile } from './stored-file.entity';

/**
 * A file's bytes in PostgreSQL (the `postgres` storage driver), in numbered chunks so a download
 * reads one chunk at a time. Deleting the file's record deletes its chunks in the same transaction.
 */
@Entity({ name: 'stored_file_chunks' })
export class StoredFileChunk {
  @PrimaryColumn({ name: 'storage_key', type: 'varchar', length: 60, primaryKeyConstraintName: 'PK_stored_file_chunks' }) storageKey: string;
  @PrimaryColumn({ type: 'int', primaryKeyConstraintName: 'PK_stored_file_chunks' }) seq: number;
  @Column({ type: 'bytea' }) data: Buffer;
  @ManyToOne(() => StoredFile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'storage_key', referencedColumnName: 'storageKey', foreignKeyConstraintName: 'FK_stored_file_chunks_storage_key' })
  file?: StoredFile;
}

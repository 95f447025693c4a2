import { ImportJobStatus, type ImportRowError, type MessageCode } from '@inno/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One CSV import of Type 1 products; progress is written as it runs, outside the import's transaction. */
@Entity({ name: 'import_jobs' })
export class ImportJob {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 12 }) status: ImportJobStatus;
  @Column({ name: 'file_name', type: 'varchar', length: 160 }) fileName: string;
  @Column({ name: 'total_rows', type: 'int', default: 0 }) totalRows: number;
  @Column({ name: 'processed_rows', type: 'int', default: 0 }) processedRows: number;
  @Column({ name: 'imported_rows', type: 'int', default: 0 }) importedRows: number;
  @Column({ type: 'jsonb', default: () => "'[]'" }) errors: ImportRowError[];
  @Column({ type: 'text', nullable: true }) failure: string | null;
  @Column({ name: 'failure_code', type: 'varchar', length: 40, nullable: true }) failureCode: MessageCode | null;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
  @CreateDateColumn({ name: 'started_at', type: 'timestamptz' }) startedAt: Date;
  /** The uploaded file, kept until the import ends so that a worker can run it again after a stop. */
  @Column({ type: 'text', nullable: true, select: false }) csv: string | null;
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true }) finishedAt: Date | null;
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The `postgres` storage driver's table: every replica reads the same bytes, and backups hold them.
 * Files already on a replica's disk stay there until `npm run storage:migrate` copies them in.
 */
export class StoredFileChunks1795484000000 implements MigrationInterface {
  name = 'StoredFileChunks1795484000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "stored_file_chunks" ("storage_key" character varying(60) NOT NULL, "seq" integer NOT NULL, "data" bytea NOT NULL, CONSTRAINT "PK_stored_file_chunks" PRIMARY KEY ("storage_key", "seq"))`,
    );
    // Images and PDFs are compressed already: store the chunks out of line without trying again.
    await queryRunner.query(`ALTER TABLE "stored_file_chunks" ALTER COLUMN "data" SET STORAGE EXTERNAL`);
    await queryRunner.query(
      `ALTER TABLE "stored_file_chunks" ADD CONSTRAINT "FK_stored_file_chunks_storage_key" FOREIGN KEY ("storage_key") REFERENCES "stored_files"("storage_key") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "stored_file_chunks"`);
  }
}

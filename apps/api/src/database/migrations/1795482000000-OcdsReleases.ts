import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The open-data feed (OCDS): its releases, written with each change and append-only like the audit
 * log, and each process as it stands. Processes that changed before these tables existed get their
 * first release at their next change (OpenDataService.publishUnpublished: a demo database at its start).
 */
export class OcdsReleases1795482000000 implements MigrationInterface {
  name = 'OcdsReleases1795482000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "ocds_releases" ("id" BIGSERIAL NOT NULL, "kind" character varying(16) NOT NULL, "subject_id" uuid NOT NULL, "date" TIMESTAMP WITH TIME ZONE NOT NULL, "tags" text array NOT NULL, "content" jsonb NOT NULL, CONSTRAINT "PK_ocds_releases" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ocds_releases_process" ON "ocds_releases" ("kind", "subject_id", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_ocds_releases_date" ON "ocds_releases" ("date", "id") `);
    await queryRunner.query(
      `CREATE TABLE "ocds_processes" ("kind" character varying(16) NOT NULL, "subject_id" uuid NOT NULL, "compiled" jsonb NOT NULL, "compiled_hash" character(64) NOT NULL, "date" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ocds_processes" PRIMARY KEY ("kind", "subject_id"))`,
    );
    await queryRunner.query(`CREATE FUNCTION ocds_releases_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'ocds_releases is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER ocds_releases_append_only BEFORE UPDATE OR DELETE ON "ocds_releases" FOR EACH ROW EXECUTE FUNCTION ocds_releases_refuse_change()`);
    await queryRunner.query(`CREATE TRIGGER ocds_releases_no_truncate BEFORE TRUNCATE ON "ocds_releases" FOR EACH STATEMENT EXECUTE FUNCTION ocds_releases_refuse_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "ocds_processes"`);
    await queryRunner.query(`DROP TABLE "ocds_releases"`);
    await queryRunner.query(`DROP FUNCTION ocds_releases_refuse_change()`);
  }
}

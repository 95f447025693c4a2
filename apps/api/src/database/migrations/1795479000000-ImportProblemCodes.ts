import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A Type 1 import's line problems and failure become codes the web words in the reader's language.
 * Stored jobs: a failure is matched to its code by its English text; a line kept only in English
 * gets the generic "this line has invalid values" code (its English stays for API users).
 */
export class ImportProblemCodes1795479000000 implements MigrationInterface {
  name = 'ImportProblemCodes1795479000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "import_jobs" ADD "failure_code" character varying(40)`);
    await queryRunner.query(
      `UPDATE "import_jobs" SET "failure_code" = CASE WHEN "failure" LIKE '%database error%' THEN 'IMPORT_DATABASE_ERROR' ELSE 'IMPORT_INTERRUPTED' END WHERE "failure" IS NOT NULL`,
    );
    await queryRunner.query(
      `UPDATE "import_jobs" SET "errors" = (
         SELECT jsonb_agg(CASE WHEN line ? 'problems' THEN line ELSE line || '{"problems":[{"column":"","code":"IMPORT_ROW_INVALID"}]}'::jsonb END ORDER BY n)
           FROM jsonb_array_elements("errors") WITH ORDINALITY AS lines(line, n))
       WHERE jsonb_array_length("errors") > 0`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "import_jobs" SET "errors" = (SELECT jsonb_agg(line - 'problems' ORDER BY n) FROM jsonb_array_elements("errors") WITH ORDINALITY AS lines(line, n))
        WHERE jsonb_array_length("errors") > 0`,
    );
    await queryRunner.query(`ALTER TABLE "import_jobs" DROP COLUMN "failure_code"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When each pilot was matched (which of a product's pilots came first), and one Type 1 record per
 * certificate of a designating body.
 */
export class PilotRechecksImportChecks1795466000000 implements MigrationInterface {
  name = 'PilotRechecksImportChecks1795466000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pilot_applications" ADD "matched_at" TIMESTAMP WITH TIME ZONE`);
    // Pilots matched before this column: the last change is the best date known (a later move only makes it later).
    await queryRunner.query(
      `UPDATE "pilot_applications" SET "matched_at" = "updated_at" WHERE "status" NOT IN ('APPLIED', 'NOT_MATCHED', 'WITHDRAWN')`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_products_type1_certificate" ON "products" ("designating_body", "certificate_number") WHERE "kind" = 'TYPE1'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_products_type1_certificate"`);
    await queryRunner.query(`ALTER TABLE "pilot_applications" DROP COLUMN "matched_at"`);
  }
}

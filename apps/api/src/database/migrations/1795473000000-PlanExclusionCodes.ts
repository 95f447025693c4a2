import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why a product is excluded from a pilot plan is kept as a code and params, worded when read.
 * Rows written before keep only the general code: their English text is not the reader's sentence.
 */
export class PlanExclusionCodes1795473000000 implements MigrationInterface {
  name = 'PlanExclusionCodes1795473000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pilot_plan_products" ADD "exclusion_message" jsonb`);
    await queryRunner.query(`UPDATE "pilot_plan_products" SET "exclusion_message" = jsonb_build_object('code', 'EXCLUDED') WHERE NOT "eligible"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pilot_plan_products" DROP COLUMN "exclusion_message"`);
  }
}

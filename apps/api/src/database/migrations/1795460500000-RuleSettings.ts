import type { MigrationInterface, QueryRunner } from 'typeorm';

// The defaults as they stood when this migration was written (domain.md): existing calls and plans get them.
const DESIGNATION_RULES = { validityYears: 3, extensionYears: [1, 2], maxTotalYears: 6, trimmedMeanMinSheets: 5 };
const REPEAT_PILOT_THRESHOLD = 50_000_000;

/** Rule defaults kept as data: one settings record, and the copy each call and plan was opened with. */
export class RuleSettings1795460500000 implements MigrationInterface {
  name = 'RuleSettings1795460500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "rule_settings" ("id" smallint NOT NULL, "settings" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE, "updated_by" uuid, CONSTRAINT "PK_rule_settings" PRIMARY KEY ("id"), CONSTRAINT "CHK_rule_settings_single" CHECK ("id" = 1))`,
    );
    await queryRunner.query(`ALTER TABLE "calls" ADD "rules" jsonb NOT NULL DEFAULT '${JSON.stringify(DESIGNATION_RULES)}'::jsonb`);
    await queryRunner.query(`ALTER TABLE "calls" ALTER COLUMN "rules" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "pilot_plans" ADD "repeat_pilot_threshold" bigint NOT NULL DEFAULT ${REPEAT_PILOT_THRESHOLD}`);
    await queryRunner.query(`ALTER TABLE "pilot_plans" ALTER COLUMN "repeat_pilot_threshold" DROP DEFAULT`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pilot_plans" DROP COLUMN "repeat_pilot_threshold"`);
    await queryRunner.query(`ALTER TABLE "calls" DROP COLUMN "rules"`);
    await queryRunner.query(`DROP TABLE "rule_settings"`);
  }
}

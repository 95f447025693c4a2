import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why a product is excluded from a pilot plan is kept as a code and params, worded when read.
 * Rows written before keep only the general code: their English text is not the reader's sentence.
 * Sanctions on the decisions register get their legal basis and period as codes too, read back
 * from the text they were written with.
 */
export class PublishedReasonCodes1795473000000 implements MigrationInterface {
  name = 'PublishedReasonCodes1795473000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pilot_plan_products" ADD "exclusion_message" jsonb`);
    await queryRunner.query(`UPDATE "pilot_plan_products" SET "exclusion_message" = jsonb_build_object('code', 'EXCLUDED') WHERE NOT "eligible"`);
    const text = (at: number) => `jsonb_build_object('code', 'TEXT', 'params', jsonb_build_object('text', "reasons"[${at}]))`;
    await queryRunner.query(
      `UPDATE "decisions" SET "reason_messages" = jsonb_build_array(${text(1)},
         jsonb_build_object('code', 'SANCTION_LEGAL_BASIS', 'params', jsonb_build_object('basis', substring("reasons"[2] FROM '^[^:]*: (.*)$'))),
         jsonb_build_object('code', 'SANCTION_PERIOD', 'params', jsonb_build_object('startsOn', split_part("reasons"[3], ' – ', 1), 'endsOn', split_part("reasons"[3], ' – ', 2))))
       WHERE "kind" = 'SANCTION' AND cardinality("reasons") = 3 AND "reasons"[2] ~ '^[^:]*: ' AND "reasons"[3] ~ '^\\d{4}-\\d{2}-\\d{2} – \\d{4}-\\d{2}-\\d{2}$'`,
    );
    await queryRunner.query(
      `UPDATE "decisions" SET "reason_messages" = jsonb_build_array(${text(1)},
         jsonb_build_object('code', 'SANCTION_PERIOD_LIFTED', 'params', jsonb_build_object('startsOn', m[1], 'endsOn', m[2], 'liftedOn', m[3])))
         FROM (SELECT "id" AS lifted, regexp_match("reasons"[2], '^(\\d{4}-\\d{2}-\\d{2}) – (\\d{4}-\\d{2}-\\d{2}), lifted on (\\d{4}-\\d{2}-\\d{2})$') AS m
                 FROM "decisions" WHERE "kind" = 'SANCTION_LIFTED' AND cardinality("reasons") = 2) AS parsed
       WHERE "id" = parsed.lifted AND parsed.m IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "decisions" SET "reason_messages" = '[]' WHERE "kind" IN ('SANCTION', 'SANCTION_LIFTED')`);
    await queryRunner.query(`ALTER TABLE "pilot_plan_products" DROP COLUMN "exclusion_message"`);
  }
}

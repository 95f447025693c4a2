import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the platform writes to people is kept as codes and params, worded when read: notifications,
 * decision reasons, the matching round's reason. Rows written before keep their text, as a person's
 * words (`TEXT`) or, for a notification, as the text it was (`LEGACY_TEXT`).
 */
export class MessageCodes1795469000000 implements MigrationInterface {
  name = 'MessageCodes1795469000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" ADD "title_message" jsonb`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD "body_message" jsonb`);
    await queryRunner.query(
      `UPDATE "notifications" SET "title_message" = jsonb_build_object('code', 'LEGACY_TEXT', 'params', jsonb_build_object('text', "title")),
                                  "body_message" = jsonb_build_object('code', 'LEGACY_TEXT', 'params', jsonb_build_object('text', "body"))`,
    );
    await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "title_message" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "body_message" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "decisions" ADD "reason_messages" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(
      `UPDATE "decisions" d SET "reason_messages" = (
         SELECT jsonb_agg(jsonb_build_object('code', 'TEXT', 'params', jsonb_build_object('text', r.reason)) ORDER BY r.n)
           FROM unnest(d."reasons") WITH ORDINALITY AS r(reason, n))
       WHERE cardinality(d."reasons") > 0`,
    );
    await queryRunner.query(`ALTER TABLE "pilot_applications" ADD "decision_reason_code" character varying(40)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pilot_applications" DROP COLUMN "decision_reason_code"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP COLUMN "reason_messages"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "body_message"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "title_message"`);
  }
}

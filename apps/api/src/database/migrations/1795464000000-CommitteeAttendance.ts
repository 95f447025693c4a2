import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Committee rules of domain.md §3.6: attendance recorded when the chair opens a session, a vote
 * after scoring where the call asks for it, scores in whole points.
 */
export class CommitteeAttendance1795464000000 implements MigrationInterface {
  name = 'CommitteeAttendance1795464000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "committee_sessions" ADD "opened_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "committee_sessions" ADD "attendance" jsonb`);
    await queryRunner.query(
      `CREATE TABLE "item_votes" ("item_id" uuid NOT NULL, "member_id" uuid NOT NULL, "choice" character varying(8) NOT NULL, "voted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_59a843da81eef661bae608f4b73" PRIMARY KEY ("item_id", "member_id"))`,
    );
    // Scores were validated against whole-point criteria but stored as numeric: whole points from now on.
    await queryRunner.query(`ALTER TABLE "item_scores" ALTER COLUMN "total" TYPE integer USING round("total")::integer`);
    // Calls and the settings opened before there was a vote do not ask for one.
    await queryRunner.query(`UPDATE "calls" SET "rules" = "rules" || '{"committeeVote": false}'::jsonb WHERE NOT "rules" ? 'committeeVote'`);
    await queryRunner.query(
      `UPDATE "rule_settings" SET "settings" = jsonb_set("settings", '{designation,committeeVote}', 'false'::jsonb) WHERE NOT "settings"->'designation' ? 'committeeVote'`,
    );
    // Decisions made before attendance was recorded: those who scored were those present, and there was no vote.
    for (const table of ['agenda_items', 'proposals']) {
      await queryRunner.query(
        `UPDATE "${table}" SET "decision" = "decision" || jsonb_build_object('present', "decision"->'scoredBy', 'votes', null) WHERE "decision" IS NOT NULL AND NOT "decision" ? 'present'`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "item_scores" ALTER COLUMN "total" TYPE numeric(6,2)`);
    await queryRunner.query(`DROP TABLE "item_votes"`);
    await queryRunner.query(`ALTER TABLE "committee_sessions" DROP COLUMN "attendance"`);
    await queryRunner.query(`ALTER TABLE "committee_sessions" DROP COLUMN "opened_at"`);
  }
}

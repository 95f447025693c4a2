import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Observers (issue 15 §3): an observer account carries its organisation and term on the user row
 * (every observer has both, no one else has either); comments and concerns on the decisions
 * register, each answered once by an operator.
 */
export class Observers1795483000000 implements MigrationInterface {
  name = 'Observers1795483000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "observer_organisation" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "users" ADD "observer_term_from" date`);
    await queryRunner.query(`ALTER TABLE "users" ADD "observer_term_to" date`);
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "CHK_users_observer_term" CHECK (("role" = 'OBSERVER') = ("observer_organisation" IS NOT NULL AND "observer_term_from" IS NOT NULL AND "observer_term_to" IS NOT NULL) AND ("observer_term_to" IS NULL OR "observer_term_to" >= "observer_term_from"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "concerns" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "decision_id" uuid NOT NULL, "observer_id" uuid NOT NULL, "kind" character varying(8) NOT NULL, "status" character varying(8) NOT NULL, "body" text NOT NULL, "filed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "answer_due_on" date, "answer" text, "answered_by" uuid, "answered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_concern_answer" CHECK (("status" = 'ANSWERED') = ("answer" IS NOT NULL AND "answered_by" IS NOT NULL AND "answered_at" IS NOT NULL)), CONSTRAINT "PK_concerns" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_concerns_decision_id" ON "concerns" ("decision_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_concerns_status" ON "concerns" ("status")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "concerns"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "CHK_users_observer_term"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "observer_term_to"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "observer_term_from"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "observer_organisation"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who selects a call for challenges' challenges (existing calls keep the operator), the committee's
 * agenda items for challenges, who decided a challenge's selection, and incubation tasks.
 */
export class ChallengeCommitteeIncubation1795476000000 implements MigrationInterface {
  name = 'ChallengeCommitteeIncubation1795476000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "calls" ADD "challenge_selection" character varying(10)`);
    await queryRunner.query(`UPDATE "calls" SET "challenge_selection" = 'OPERATOR' WHERE "kind" = 'CALL_FOR_CHALLENGES'`);
    await queryRunner.query(`ALTER TABLE "challenges" ADD "selection" jsonb`);
    await queryRunner.query(
      `UPDATE "challenges" SET "selection" = jsonb_build_object('by', 'OPERATOR', 'reasons', jsonb_build_array(jsonb_build_object('code', 'TEXT', 'params', jsonb_build_object('text', "selection_reason"))), 'sessionId', NULL, 'decidedAt', to_jsonb("updated_at")) WHERE "selection_reason" IS NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "agenda_items" ALTER COLUMN "proposal_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD "challenge_id" uuid`);
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD CONSTRAINT "UQ_870466026d464faf6a7049ee90a" UNIQUE ("challenge_id")`);
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD CONSTRAINT "CHK_agenda_item_subject" CHECK (num_nonnulls("proposal_id", "challenge_id") = 1)`);
    await queryRunner.query(
      `CREATE TABLE "incubation_tasks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "idea_id" uuid NOT NULL, "status" character varying(12) NOT NULL, "owner_institution_id" uuid, "owner_team" character varying(100), "goal" text NOT NULL, "due_on" date NOT NULL, "reason" text, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_ab0ec8e54d4f176ab7c5dfe4e70" UNIQUE ("idea_id"), CONSTRAINT "CHK_incubation_task_owner" CHECK (num_nonnulls("owner_institution_id", "owner_team") = 1), CONSTRAINT "PK_ff13b9676bccc97627dc18e6dbb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_004b8a6bfd59cf516eb40e1c3d" ON "incubation_tasks" ("status")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "incubation_tasks"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "CHK_agenda_item_subject"`);
    await queryRunner.query(`DELETE FROM "agenda_items" WHERE "challenge_id" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP COLUMN "challenge_id"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" ALTER COLUMN "proposal_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "challenges" DROP COLUMN "selection"`);
    await queryRunner.query(`ALTER TABLE "calls" DROP COLUMN "challenge_selection"`);
  }
}

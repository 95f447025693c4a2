import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Institutions' challenges with sealed solutions (a sealed column on proposals), citizens' ideas, supports and monthly reviews. */
export class ChallengesIdeas1795470000000 implements MigrationInterface {
  name = 'ChallengesIdeas1795470000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "challenges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "call_id" uuid, "institution_id" uuid NOT NULL, "status" character varying(24) NOT NULL, "title" character varying(200) NOT NULL, "need" text NOT NULL, "current_method" text NOT NULL, "current_cost" bigint, "expected_effect" text NOT NULL, "budget" bigint, "quantity" integer, "field" character varying(20) NOT NULL, "selection_reason" text, "solution_call_id" uuid, "idea_id" uuid, "winner_proposal_id" uuid, "purchase" jsonb, "submitted_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_793d8f71d9c48a2367b2861f261" UNIQUE ("solution_call_id"), CONSTRAINT "PK_1e664e93171e20fe4d6125466af" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_59a3b46cb609537be0722d23f0" ON "challenges" ("call_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_ac5e9a626e222b26fe4d37212a" ON "challenges" ("institution_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_9c2c432d50b1ea7990e911a621" ON "challenges" ("status")`);
    await queryRunner.query(
      `CREATE TABLE "ideas" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "author_id" uuid NOT NULL, "status" character varying(16) NOT NULL, "title" character varying(200) NOT NULL, "problem" text NOT NULL, "affected" text NOT NULL, "idea" text NOT NULL, "where_used" text NOT NULL, "month" character(7) NOT NULL, "support_count" integer NOT NULL DEFAULT '0', "review_id" uuid, "scores" jsonb, "route" character varying(16), "outcome_reason" text, "challenge_id" uuid, "hidden_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6ab43f1e9b1cef0d8f3e56ce3a3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_87e0014ad0cca8cfee604dfbcd" ON "ideas" ("author_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_a073248a59e794d7485d29d7c6" ON "ideas" ("status")`);
    await queryRunner.query(`CREATE INDEX "IDX_fa8138bfffd721fc9ecf1693fb" ON "ideas" ("month")`);
    await queryRunner.query(
      `CREATE TABLE "idea_supports" ("idea_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3a15f5ee248085a9309d1fca97" PRIMARY KEY ("idea_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "idea_reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "month" character(7) NOT NULL, "status" character varying(8) NOT NULL, "max_selected" integer NOT NULL, "opened_by" uuid NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_3badff3df083098b6cebabd2b11" UNIQUE ("month"), CONSTRAINT "PK_15a684adffad30e90d15d6eceaf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`ALTER TABLE "proposals" ADD "sealed" bytea`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "proposals" DROP COLUMN "sealed"`);
    await queryRunner.query(`DROP TABLE "idea_reviews"`);
    await queryRunner.query(`DROP TABLE "idea_supports"`);
    await queryRunner.query(`DROP TABLE "ideas"`);
    await queryRunner.query(`DROP TABLE "challenges"`);
  }
}

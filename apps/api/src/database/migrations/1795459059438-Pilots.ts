import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Pilots1795459059438 implements MigrationInterface {
  name = 'Pilots1795459059438';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "pilot_applications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "product_id" uuid NOT NULL, "company_id" uuid NOT NULL, "institution_id" uuid NOT NULL, "status" character varying(28) NOT NULL, "quantity" integer NOT NULL, "amount" bigint NOT NULL, "intended_use" text NOT NULL, "place" character varying(300) NOT NULL, "use_period_months" smallint NOT NULL, "follow_on_planned" boolean NOT NULL, "follow_on_budgeted" boolean NOT NULL, "follow_on_amount" bigint, "need" text NOT NULL, "decision_reason" text, "result" jsonb, "verdict_reason" text, "use_started_at" date, "use_ends_on" date, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_42d7f9927ecc7fd773d82346227" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_83d82a67488f706af498572567" ON "pilot_applications"  ("plan_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_7095d44a2e4191eb7e3a6b9730" ON "pilot_applications"  ("product_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_a52a21bbcf298cdc3762e63503" ON "pilot_applications"  ("company_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_b3db7029c856a8eeea78d7de2f" ON "pilot_applications"  ("institution_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_pilot_applications_one_per_institution" ON "pilot_applications"  ("plan_id", "product_id", "institution_id") WHERE status <> 'WITHDRAWN'`);
    await queryRunner.query(`CREATE TABLE "pilot_check_ins" ("application_id" uuid NOT NULL, "month" smallint NOT NULL, "state" character varying(12) NOT NULL, "why" text NOT NULL, "answered_by" uuid NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9238f49e92a15e983c22d34f714" PRIMARY KEY ("application_id", "month"))`);
    await queryRunner.query(`CREATE TABLE "pilot_plans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "year" smallint NOT NULL, "title" character varying(200) NOT NULL, "budget" bigint NOT NULL, "survey_opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "survey_closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "max_institutions_per_product" smallint NOT NULL, "max_amount_per_product" bigint NOT NULL, "max_use_period_months" smallint NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e5bd66fcc648030276bbb7e135f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "pilot_plan_products" ("plan_id" uuid NOT NULL, "product_id" uuid NOT NULL, "eligible" boolean NOT NULL, "exclusion" text, "use_plan" jsonb, CONSTRAINT "PK_3b9118ca314849696a93875dd92" PRIMARY KEY ("plan_id", "product_id"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "pilot_plan_products"`);
    await queryRunner.query(`DROP TABLE "pilot_plans"`);
    await queryRunner.query(`DROP TABLE "pilot_check_ins"`);
    await queryRunner.query(`DROP INDEX "public"."uq_pilot_applications_one_per_institution"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b3db7029c856a8eeea78d7de2f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a52a21bbcf298cdc3762e63503"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7095d44a2e4191eb7e3a6b9730"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_83d82a67488f706af498572567"`);
    await queryRunner.query(`DROP TABLE "pilot_applications"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Scouting: rounds, nominations with their hashed invitations, demo days with panels and allocations; proposals whose screening was waived. */
export class Scouting1795471000000 implements MigrationInterface {
  name = 'Scouting1795471000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "demo_days" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "held_on" date NOT NULL, "place" character varying(200) NOT NULL, "status" character varying(12) NOT NULL, "budget" bigint NOT NULL, "recommended_count" smallint NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c6f87e2a8d829afb5498019d02c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_79531ceac35a8d4ae81b300506" ON "demo_days"  ("round_id")`);
    await queryRunner.query(`CREATE TABLE "demo_day_panelists" ("demo_day_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_fdae1b61cca501f2e05865435de" PRIMARY KEY ("demo_day_id", "user_id"))`);
    await queryRunner.query(`CREATE TABLE "demo_day_allocations" ("demo_day_id" uuid NOT NULL, "user_id" uuid NOT NULL, "nomination_id" uuid NOT NULL, "amount" bigint NOT NULL, CONSTRAINT "CHK_demo_day_allocations_positive" CHECK ("amount" > 0), CONSTRAINT "PK_b1feea8c84156d3cbbcf73bc988" PRIMARY KEY ("demo_day_id", "user_id", "nomination_id"))`);
    await queryRunner.query(`CREATE TABLE "nominations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid NOT NULL, "scout_id" uuid NOT NULL, "status" character varying(16) NOT NULL, "company_name" character varying(200) NOT NULL, "business_number" character(12) NOT NULL, "company_id" uuid, "contact_name" character varying(100) NOT NULL, "contact_email" character varying(254) NOT NULL, "product_name" character varying(200) NOT NULL, "product_description" text NOT NULL, "reason" text NOT NULL, "pre_screening_note" text, "demo_day_id" uuid, "proposal_id" uuid, "invitation_hash" character(64) NOT NULL, "invitation_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "invitation_claimed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_13513f0f0a4d42e4af4066d18a7" UNIQUE ("invitation_hash"), CONSTRAINT "PK_94d2a23f18ea8e3b22d1ec6e972" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a9624cb68a68235cefc4117277" ON "nominations"  ("scout_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_9b557733e912c71a1fb3077b80" ON "nominations"  ("status")`);
    await queryRunner.query(`CREATE INDEX "IDX_f58b838ad9ed78c05fbc225e7b" ON "nominations"  ("company_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_de7a2583673a1a3995397df179" ON "nominations"  ("demo_day_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_nominations_round_business_number" ON "nominations"  ("round_id", "business_number")`);
    await queryRunner.query(`CREATE TABLE "scouting_rounds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "description" text NOT NULL, "status" character varying(12) NOT NULL, "nominations_per_scout" smallint NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4f8b135397df429e889b650fbfe" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "proposals" ADD "screening_waived" boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "proposals" DROP COLUMN "screening_waived"`);
    await queryRunner.query(`DROP TABLE "scouting_rounds"`);
    await queryRunner.query(`DROP TABLE "nominations"`);
    await queryRunner.query(`DROP TABLE "demo_day_allocations"`);
    await queryRunner.query(`DROP TABLE "demo_day_panelists"`);
    await queryRunner.query(`DROP TABLE "demo_days"`);
  }
}

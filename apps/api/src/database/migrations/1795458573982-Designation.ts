import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Designation1795458573982 implements MigrationInterface {
  name = 'Designation1795458573982';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Room bookings exclude overlaps with a GiST index over (room, time range); btree_gist gives "=" on uuid.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    // Type 2 designation numbers, in order.
    await queryRunner.query(`CREATE SEQUENCE "designation_number_seq" AS integer START 1`);
    await queryRunner.query(`CREATE TABLE "calls" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "kind" character varying(24) NOT NULL, "description" text NOT NULL, "sub_areas" text array NOT NULL, "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "criteria" jsonb NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d9171d91f8dd1a649659f1b6a20" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "agenda_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "proposal_id" uuid NOT NULL, "status" character varying(8) NOT NULL, "criteria" jsonb NOT NULL, "frozen" boolean NOT NULL DEFAULT false, "decision" jsonb, "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_c978123415807be2f79007fb009" UNIQUE ("proposal_id"), CONSTRAINT "PK_7274c40301175b4b4b347820d0c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_347b260ad84c70d36b0482d4ae" ON "agenda_items"  ("session_id") `);
    await queryRunner.query(`CREATE TABLE "item_declarations" ("item_id" uuid NOT NULL, "member_id" uuid NOT NULL, "conflict" boolean NOT NULL, "reason" text, "declared_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b456d3d9b666e74cd2a7cb1d1ad" PRIMARY KEY ("item_id", "member_id"))`);
    await queryRunner.query(`CREATE TABLE "item_scores" ("item_id" uuid NOT NULL, "member_id" uuid NOT NULL, "sheet" jsonb NOT NULL, "total" numeric(6,2) NOT NULL, "scored_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6bb5846e70662b5287a78a8bf2b" PRIMARY KEY ("item_id", "member_id"))`);
    await queryRunner.query(`CREATE TABLE "committee_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "room_id" uuid, "online_url" character varying(500), "chair_id" uuid NOT NULL, "member_ids" uuid array NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "excl_room_booking" EXCLUDE USING gist ("room_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&), CONSTRAINT "PK_f475f2f0e6759aab9551dead680" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "rooms" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "capacity" smallint NOT NULL, "has_video" boolean NOT NULL, CONSTRAINT "UQ_48b79438f8707f3d9ca83d85ea0" UNIQUE ("name"), CONSTRAINT "PK_0368a2d7c215f2d0458a54933f2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(24) NOT NULL, "product_id" uuid NOT NULL, "proposal_id" uuid, "reasons" text array NOT NULL, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_48eee6fa229cd5e43648f6a2ec3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_1ce9cc5928dcc2dd23a4b1a5c2" ON "decisions"  ("product_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c51dbc805f7cdaced6df60d306" ON "decisions"  ("decided_at") `);
    await queryRunner.query(`CREATE TABLE "extension_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "product_id" uuid NOT NULL, "basis" character varying(24) NOT NULL, "evidence" text NOT NULL, "status" character varying(12) NOT NULL, "rules" jsonb NOT NULL, "years" smallint, "decided_reason" text, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cf652cfbd6bc847a21929fd703f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_5f723e6fa8d1caa559cc1aa167" ON "extension_requests"  ("product_id") `);
    await queryRunner.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "link" character varying(300), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_310667f935698fcd8cb319113a" ON "notifications"  ("user_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "proposals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "call_id" uuid NOT NULL, "product_id" uuid NOT NULL, "company_id" uuid NOT NULL, "sub_area" character varying(20) NOT NULL, "status" character varying(24) NOT NULL, "content" jsonb NOT NULL, "supplement_draft" jsonb, "supplement_message" text, "supplement_deadline" TIMESTAMP WITH TIME ZONE, "screening" jsonb, "decision" jsonb, "submitted_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_db524c8db8e126a38a2f16d8cac" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_5cd4467065e4741a1d826e1439" ON "proposals"  ("call_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_abccf2b6257e334690d894d706" ON "proposals"  ("company_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_09d2319018bf917d600ba742c5" ON "proposals"  ("status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_proposals_call_product" ON "proposals"  ("call_id", "product_id") WHERE status <> 'WITHDRAWN'`);
    await queryRunner.query(`ALTER TABLE "companies" ADD "sanctioned_until" date`);
    await queryRunner.query(`ALTER TABLE "companies" ADD "sanction_reason" text`);
    await queryRunner.query(`ALTER TABLE "products" ADD "suspended_from" character varying(16)`);
    await queryRunner.query(`ALTER TABLE "products" ADD "corrective_action_refused" boolean NOT NULL DEFAULT false`);
    for (const [name, capacity, hasVideo] of [
      ['집중평가실 1 (Focus evaluation room 1)', 8, true],
      ['집중평가실 2 (Focus evaluation room 2)', 8, true],
      ['화상평가실 (Video evaluation room)', 12, true],
      ['대회의실 (Main conference room)', 30, false],
    ] as const) {
      await queryRunner.query(`INSERT INTO "rooms" ("name", "capacity", "has_video") VALUES ($1, $2, $3)`, [name, capacity, hasVideo]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SEQUENCE "designation_number_seq"`);
    await queryRunner.query(`ALTER TABLE "products" DROP COLUMN "corrective_action_refused"`);
    await queryRunner.query(`ALTER TABLE "products" DROP COLUMN "suspended_from"`);
    await queryRunner.query(`ALTER TABLE "companies" DROP COLUMN "sanction_reason"`);
    await queryRunner.query(`ALTER TABLE "companies" DROP COLUMN "sanctioned_until"`);
    await queryRunner.query(`DROP INDEX "public"."uq_proposals_call_product"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_09d2319018bf917d600ba742c5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_abccf2b6257e334690d894d706"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5cd4467065e4741a1d826e1439"`);
    await queryRunner.query(`DROP TABLE "proposals"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_310667f935698fcd8cb319113a"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5f723e6fa8d1caa559cc1aa167"`);
    await queryRunner.query(`DROP TABLE "extension_requests"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c51dbc805f7cdaced6df60d306"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1ce9cc5928dcc2dd23a4b1a5c2"`);
    await queryRunner.query(`DROP TABLE "decisions"`);
    await queryRunner.query(`DROP TABLE "rooms"`);
    await queryRunner.query(`DROP TABLE "committee_sessions"`);
    await queryRunner.query(`DROP TABLE "item_scores"`);
    await queryRunner.query(`DROP TABLE "item_declarations"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_347b260ad84c70d36b0482d4ae"`);
    await queryRunner.query(`DROP TABLE "agenda_items"`);
    await queryRunner.query(`DROP TABLE "calls"`);
  }
}

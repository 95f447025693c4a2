import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Orders by negotiated contract and their step documents; each institution's goods purchases per
 * year and the operators' target rates per sector; the day a pilot was contracted (the year it
 * counts toward the target), for pilots signed before it was kept: the day they were matched,
 * the nearest day known before the signature.
 */
export class OrdersPurchaseTargets1795477000000 implements MigrationInterface {
  name = 'OrdersPurchaseTargets1795477000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "orders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "product_id" uuid NOT NULL, "company_id" uuid NOT NULL, "institution_id" uuid NOT NULL, "status" character varying(16) NOT NULL, "quantity" integer NOT NULL, "asking_price" bigint NOT NULL, "unit_price" bigint NOT NULL, "amount" bigint NOT NULL, "delivery_place" character varying(300) NOT NULL, "delivery_due_on" date NOT NULL, "note" text, "legal_basis" character varying(40) NOT NULL, "designation_number" character varying(30), "valid_until" date, "ordered_on" date NOT NULL, "contracted_on" date, "delivered_on" date, "inspected_on" date, "paid_on" date, "step_notes" jsonb NOT NULL DEFAULT '{}', "reason" text, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_orders_amount" CHECK ("amount" = "quantity" * "unit_price"), CONSTRAINT "PK_710e2d4957aa5878dfe94e4ac2f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ac832121b6c331b084ecc4121f" ON "orders" ("product_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_f5d519a61e918f7efb299de31a" ON "orders" ("company_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_d7c56ab3d6d290853057df00f2" ON "orders" ("institution_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_775c9f06fc27ae3ff8fb26f2c4" ON "orders" ("status")`);
    await queryRunner.query(`CREATE INDEX "IDX_cbc8aabee46ea59d1696073cd2" ON "orders" ("contracted_on")`);
    await queryRunner.query(`CREATE TABLE "order_documents" ("file_id" uuid NOT NULL, "order_id" uuid NOT NULL, "step" character varying(16) NOT NULL, CONSTRAINT "PK_99cee6287f1c4e61d9c8376ca5d" PRIMARY KEY ("file_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_d276d5bce4b3b947534b4a4e03" ON "order_documents" ("order_id")`);
    await queryRunner.query(`CREATE TABLE "institution_goods_purchases" ("institution_id" uuid NOT NULL, "year" smallint NOT NULL, "amount" bigint NOT NULL, "updated_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_24a303ecc2e1fae404cedadffeb" PRIMARY KEY ("institution_id", "year"))`);
    await queryRunner.query(`CREATE TABLE "sector_target_rates" ("year" smallint NOT NULL, "sector" character varying(60) NOT NULL, "rate" numeric(5,4) NOT NULL, "updated_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_sector_target_rates_rate" CHECK ("rate" > 0 AND "rate" <= 0.1), CONSTRAINT "PK_eb35675988f5ea22ec72bf0178b" PRIMARY KEY ("year", "sector"))`);
    await queryRunner.query(`ALTER TABLE "pilot_applications" ADD "contracted_on" date`);
    await queryRunner.query(
      `UPDATE "pilot_applications" SET "contracted_on" = (coalesce("matched_at", "created_at") AT TIME ZONE 'Asia/Seoul')::date
        WHERE "status" NOT IN ('APPLIED', 'MATCHED', 'NOT_MATCHED', 'WITHDRAWN')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pilot_applications" DROP COLUMN "contracted_on"`);
    await queryRunner.query(`DROP TABLE "sector_target_rates"`);
    await queryRunner.query(`DROP TABLE "institution_goods_purchases"`);
    await queryRunner.query(`DROP TABLE "order_documents"`);
    await queryRunner.query(`DROP TABLE "orders"`);
  }
}

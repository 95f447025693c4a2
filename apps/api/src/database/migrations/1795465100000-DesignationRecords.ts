import type { MigrationInterface, QueryRunner } from 'typeorm';

// The terms every existing designation ran under: the defaults as they stood (domain.md).
const TERMS = { validityYears: 3, extensionYears: [1, 2], maxTotalYears: 6 };

/**
 * A record per designation (terms, patents as designated, how it ended; one in force per product),
 * a history of company sanctions, and decisions about a company (a sanction) with no product.
 */
export class DesignationRecords1795465100000 implements MigrationInterface {
  name = 'DesignationRecords1795465100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "company_sanctions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "reason" text NOT NULL, "legal_basis" text NOT NULL, "imposed_by" uuid NOT NULL, "imposed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lifted_on" date, "lifted_reason" text, "lifted_by" uuid, CONSTRAINT "PK_27ce9e5707e9c7202864ae535ae" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a8bfb16bf0bd6d691db9b77d83" ON "company_sanctions"  ("company_id") `);
    await queryRunner.query(`CREATE TABLE "designations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "product_id" uuid NOT NULL, "proposal_id" uuid, "call_id" uuid, "designated_on" date NOT NULL, "valid_until" date NOT NULL, "years" smallint NOT NULL, "extension_stage" smallint NOT NULL DEFAULT '0', "terms" jsonb NOT NULL, "patents" jsonb NOT NULL, "certifications" text array NOT NULL, "ended_as" character varying(16), "ended_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a0f024b99b1491a03fc421858ea" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_1152d512918ae61852fc45e66e" ON "designations"  ("product_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_designations_in_force" ON "designations"  ("product_id") WHERE "ended_as" IS NULL`);
    // Existing designated products: one record each, under the default terms, with the patents they have now.
    await queryRunner.query(
      `INSERT INTO "designations" ("product_id", "designated_on", "valid_until", "years", "extension_stage", "terms", "patents", "certifications", "ended_as", "ended_on")
       SELECT p.id, p.designated_on, p.valid_until,
              3 + CASE WHEN p.extension_stage >= 1 THEN 1 ELSE 0 END + CASE WHEN p.extension_stage >= 2 THEN 2 ELSE 0 END,
              p.extension_stage, $1::jsonb, p.patents, p.certifications,
              CASE WHEN p.status IN ('EXPIRED', 'REVOKED') THEN p.status END,
              CASE p.status WHEN 'EXPIRED' THEN p.valid_until + 1 WHEN 'REVOKED' THEN (p.updated_at AT TIME ZONE 'Asia/Seoul')::date END
         FROM "products" p WHERE p.designated_on IS NOT NULL AND p.valid_until IS NOT NULL`,
      [JSON.stringify(TERMS)],
    );
    await queryRunner.query(`ALTER TABLE "decisions" ADD "company_id" uuid`);
    await queryRunner.query(`UPDATE "decisions" d SET "company_id" = p.company_id FROM "products" p WHERE p.id = d.product_id`);
    await queryRunner.query(`ALTER TABLE "decisions" ALTER COLUMN "company_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "decisions" ALTER COLUMN "product_id" DROP NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_d5712baf6226246afcbd1ec161" ON "decisions"  ("company_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_d5712baf6226246afcbd1ec161"`);
    await queryRunner.query(`DELETE FROM "decisions" WHERE "product_id" IS NULL`);
    await queryRunner.query(`ALTER TABLE "decisions" ALTER COLUMN "product_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP COLUMN "company_id"`);
    await queryRunner.query(`DROP INDEX "public"."uq_designations_in_force"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1152d512918ae61852fc45e66e"`);
    await queryRunner.query(`DROP TABLE "designations"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a8bfb16bf0bd6d691db9b77d83"`);
    await queryRunner.query(`DROP TABLE "company_sanctions"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit chain becomes keyed and anchored: each link carries a MAC (under a key the database
 * never sees) and signed checkpoints record the head. Links written before this migration keep a
 * null MAC; from now on the database refuses a link without one.
 */
export class AuditMac1795461000000 implements MigrationInterface {
  name = 'AuditMac1795461000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "mac" character(64)`);
    await queryRunner.query(`CREATE FUNCTION audit_events_require_mac() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.mac IS NULL THEN RAISE EXCEPTION 'audit_events: a link needs its MAC' USING ERRCODE = 'not_null_violation'; END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_events_mac_required BEFORE INSERT ON "audit_events" FOR EACH ROW EXECUTE FUNCTION audit_events_require_mac()`);
    await queryRunner.query(
      `CREATE TABLE "audit_checkpoints" ("id" BIGSERIAL NOT NULL, "chain_id" character(64), "link_count" bigint NOT NULL, "head_id" bigint, "head_hash" character(64) NOT NULL, "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "key_id" character varying(16) NOT NULL, "signature" character varying(100) NOT NULL, CONSTRAINT "PK_audit_checkpoints" PRIMARY KEY ("id"))`,
    );
    // One refusal for both append-only tables, naming the table.
    await queryRunner.query(`CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON "audit_checkpoints" FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change()`);
    await queryRunner.query(`CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON "audit_checkpoints" FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_checkpoints"`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`DROP TRIGGER audit_events_mac_required ON "audit_events"`);
    await queryRunner.query(`DROP FUNCTION audit_events_require_mac()`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "mac"`);
  }
}

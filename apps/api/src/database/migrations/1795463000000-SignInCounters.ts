import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in throttling moves to counters every API replica shares; the per-account lockout
 * (which let anyone lock any account, and told which e-mails exist) goes.
 */
export class SignInCounters1795463000000 implements MigrationInterface {
  name = 'SignInCounters1795463000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sign_in_counters" ("scope" character varying(16) NOT NULL, "key" character(64) NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "hits" integer NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_19806f43f97c822ad4dd989d687" PRIMARY KEY ("scope", "key", "window_start"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_05b51a2b217a23010cf0069ee6" ON "sign_in_counters" ("expires_at")`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "failed_logins"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "locked_until"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "locked_until" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "users" ADD "failed_logins" integer NOT NULL DEFAULT 0`);
    await queryRunner.query(`DROP TABLE "sign_in_counters"`);
  }
}

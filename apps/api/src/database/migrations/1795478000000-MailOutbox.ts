import PgBoss from 'pg-boss';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { JOB_QUEUES, QUEUE_SCHEMA } from '../../queue/queues';

/**
 * Mail by a transactional outbox, and the durable queue that sends it and runs the platform's
 * background work: pg-boss's schema on the same database. The owner creates it here, and each
 * queue (a queue is a partition of pg-boss's job table: DDL), so the API's least-privilege role
 * only reads and writes rows in it (roles.ts grants them after every migration run).
 */
export class MailOutbox1795478000000 implements MigrationInterface {
  name = 'MailOutbox1795478000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "language" character varying(2) NOT NULL DEFAULT 'ko'`);
    await queryRunner.query(`ALTER TABLE "users" ADD "muted_mail_kinds" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `CREATE TABLE "mails" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "to_address" character varying(254) NOT NULL, "kind" character varying(60) NOT NULL, "language" character varying(2) NOT NULL, "subject" character varying(300) NOT NULL, "body" text NOT NULL, "link" character varying(500), "status" character varying(10) NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_mails" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_mails_user_id" ON "mails" ("user_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_mails_created_at" ON "mails" ("created_at")`);
    await queryRunner.query(
      `CREATE TABLE "reminders_sent" ("kind" character varying(60) NOT NULL, "subject_id" uuid NOT NULL, "due_on" date NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_reminders_sent" PRIMARY KEY ("kind", "subject_id", "due_on"))`,
    );
    // Type 1 imports run from the queue with their file kept; those left RUNNING before it are ended.
    await queryRunner.query(`ALTER TABLE "import_jobs" ADD "csv" text`);
    await queryRunner.query(
      `UPDATE "import_jobs" SET "status" = 'FAILED', "imported_rows" = 0, "finished_at" = now(), "failure" = 'The import was interrupted when the service stopped; nothing was imported. Upload the file again.' WHERE "status" = 'RUNNING'`,
    );
    // pg-boss's own SQL for its schema (it takes its advisory lock and commits itself: run it whole).
    const plans = PgBoss.getConstructionPlans(QUEUE_SCHEMA).replace(/^\s*BEGIN;|COMMIT;\s*$/g, '');
    await queryRunner.query(plans);
    for (const name of JOB_QUEUES) {
      await queryRunner.query(`SELECT ${QUEUE_SCHEMA}.create_queue($1, $2)`, [name, JSON.stringify({ policy: 'standard' })]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SCHEMA ${QUEUE_SCHEMA} CASCADE`);
    await queryRunner.query(`ALTER TABLE "import_jobs" DROP COLUMN "csv"`);
    await queryRunner.query(`DROP TABLE "reminders_sent"`);
    await queryRunner.query(`DROP TABLE "mails"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "muted_mail_kinds"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "language"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The seeded rooms carried an English gloss in their names ("대회의실 (Main conference room)"), which
 * then showed inside the Korean UI. Room names are data people type: Korean only, like the rest.
 */
export class KoreanRoomNames1795472000000 implements MigrationInterface {
  name = 'KoreanRoomNames1795472000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "rooms" SET "name" = regexp_replace("name", ' \\([A-Za-z][A-Za-z0-9 ]*\\)$', '') WHERE "name" ~ ' \\([A-Za-z][A-Za-z0-9 ]*\\)$'`);
  }

  async down(): Promise<void> {
    // The glosses are not restored: nothing depends on them.
  }
}

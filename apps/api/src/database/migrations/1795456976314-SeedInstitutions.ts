import type { MigrationInterface, QueryRunner } from 'typeorm';
import { INSTITUTIONS_2026 } from '../reference/institutions-2026';

/** Public institutions are reference data every installation needs (buyers pick one at sign-up). */
export class SeedInstitutions1795456976314 implements MigrationInterface {
  name = 'SeedInstitutions1795456976314';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const i of INSTITUTIONS_2026) {
      await queryRunner.query(
        `INSERT INTO "institutions" ("code", "name", "name_en", "type", "sector", "yearly_goods_purchases", "target_rate")
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT ("code") DO NOTHING`,
        [i.code, i.name, i.nameEn, i.type, i.sector, i.yearlyGoodsPurchases, i.targetRate],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "institutions" WHERE "code" = ANY($1)`, [INSTITUTIONS_2026.map((i) => i.code)]);
  }
}

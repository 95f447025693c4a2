import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Newest first within a region, for the catalogue's walks (catalogue-search.ts): a search with a
 * region filter walks that region's products only, not every listed product.
 */
export class CatalogueRegionWalk1795460000000 implements MigrationInterface {
  name = 'CatalogueRegionWalk1795460000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "idx_products_catalogue_region_newest" ON "products" ("region", "designated_on" DESC, "id" DESC) WHERE status IN ('DESIGNATED', 'EXTENDED')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_products_catalogue_region_newest"`);
  }
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { CatalogSort, PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX, PRICE_MAX_KRW, ProductKind, type CatalogQuery } from '@inno/contracts';

/** GET /api/v1/products's query for OpenAPI; parseCatalogQuery (catalogue-query.ts) reads and checks it. */
export class CatalogQueryDto implements CatalogQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, default: 1 })
  page?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: PAGE_SIZE_MAX, default: PAGE_SIZE_DEFAULT })
  pageSize?: number;

  @ApiPropertyOptional({ type: String, description: 'Words (Korean or English, or parts of words) that must all appear', maxLength: 100 })
  q?: string;

  @ApiPropertyOptional({ enum: Object.values(ProductKind) })
  kind?: ProductKind;

  @ApiPropertyOptional({ type: String, description: 'A category code of any level', maxLength: 20 })
  category?: string;

  @ApiPropertyOptional({ type: String, maxLength: 60 }) certification?: string;
  @ApiPropertyOptional({ type: String, maxLength: 100 }) designatingBody?: string;
  @ApiPropertyOptional({ type: String, maxLength: 40 }) region?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: PRICE_MAX_KRW, type: 'integer' }) minPrice?: number;
  @ApiPropertyOptional({ minimum: 0, maximum: PRICE_MAX_KRW, type: 'integer' }) maxPrice?: number;

  @ApiPropertyOptional({ enum: Object.values(CatalogSort), default: CatalogSort.RELEVANCE })
  sort?: CatalogSort;
}
